import { describe, expect, it } from 'vitest';
import { type ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import {
	formErrorKeys,
	measureMonitoringInput,
	monitoringFormToInput
} from './monitoring.validation.ts';

const ID = '00000000-0000-4000-8000-000000000001';

function errorsOf(input: unknown): Record<string, string[]> {
	try {
		parseInput(measureMonitoringInput, input);
	} catch (e) {
		return (e as ValidationError).fields;
	}
	throw new Error('expected errors');
}

describe('measureMonitoringInput', () => {
	it('accepts Czech numbers and defaults the lists', () => {
		const data = parseInput(measureMonitoringInput, {
			status: 'in_progress',
			progress: '35',
			actualCosts: [{ source: 'region', amount: '1 234,50' }]
		});
		expect(data.progress).toBe(35);
		expect(data.actualCosts).toEqual([{ source: 'region', amount: 1234.5 }]);
		expect(data.indicators).toEqual([]);
		expect(data.version).toBeUndefined();
	});

	it('checks the progress range and its consistency with the status', () => {
		expect(errorsOf({ status: 'in_progress', progress: 101 }).progress).toEqual([
			'Plnění musí být od 0 do 100 %.'
		]);
		expect(errorsOf({ status: 'in_progress', progress: -1 }).progress).toEqual([
			'Plnění musí být od 0 do 100 %.'
		]);
		expect(errorsOf({ status: 'in_progress', progress: '12,5' }).progress).toEqual([
			'Zadejte celé číslo od 0 do 100.'
		]);
		expect(errorsOf({ status: 'done', progress: 90 }).progress).toEqual([
			'Splněné opatření má plnění 100 %.'
		]);
		expect(errorsOf({ status: 'not_started', progress: 10 }).progress).toEqual([
			'Nezahájené opatření má plnění 0 %.'
		]);
		expect(errorsOf({ status: 'in_progress', progress: 100 }).progress[0]).toContain('„splněno“');
		expect(errorsOf({ status: 'hotovo', progress: 0 }).status).toBeDefined();
	});

	it('refuses negative costs, duplicate sources and bad links', () => {
		const e = errorsOf({
			status: 'in_progress',
			progress: 10,
			actualCosts: [
				{ source: 'region', amount: '-5' },
				{ source: 'region', amount: '5' }
			],
			links: [{ label: 'Web', url: 'javascript:alert(1)' }]
		});
		expect(e['actualCosts.0.amount']).toBeDefined();
		expect(e['actualCosts.1.source']).toEqual(['Každý zdroj financování uveďte jen jednou.']);
		expect(e['links.0.url']).toBeDefined();
	});
});

describe('monitoringFormToInput and formErrorKeys', () => {
	it('turns the flat form into the input and maps errors back to form fields', () => {
		const input = monitoringFormToInput({
			status: 'in_progress',
			progress: '40',
			comment: 'Text',
			version: '3',
			[`indicator.${ID}.actual`]: '12,5',
			[`indicator.${ID}.unit`]: 'lůžka',
			[`indicator.${ID}.note`]: '',
			'cost.region': '1 000',
			'cost.other': '',
			'link.label': ['Zpráva', ''],
			'link.url': ['https://example.org', ''],
			meetingIds: [ID]
		}) as Record<string, unknown>;
		expect(input.indicators).toEqual([
			{ indicatorId: ID, actual: '12,5', unit: 'lůžka', note: '' }
		]);
		expect(input.actualCosts).toEqual([{ source: 'region', amount: '1 000' }]);
		expect(input.links).toEqual([{ label: 'Zpráva', url: 'https://example.org' }]);
		expect(input.meetingIds).toEqual([ID]);
		const data = parseInput(measureMonitoringInput, input);
		expect(data.version).toBe(3);
		expect(data.indicators[0].actual).toBe(12.5);

		expect(
			formErrorKeys(
				{
					'indicators.0.unit': ['x'],
					'actualCosts.0.amount': ['y'],
					'links.1.url': ['z'],
					progress: ['p']
				},
				input
			)
		).toEqual({
			[`indicator.${ID}.unit`]: ['x'],
			'cost.region': ['y'],
			'link.1.url': ['z'],
			progress: ['p']
		});
	});
});
