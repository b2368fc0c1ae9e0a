import { describe, expect, it } from 'vitest';
import { parseInput } from '#lib/platform/http/validation.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import {
	consultationCreateInput,
	daysBetween,
	publicCommentInput,
	settlementInput,
	splitSections
} from './consultation.validation.ts';
import { phaseOf, publicAuthor, sectionLabel } from './consultation.service.server.ts';

const fieldsOf = (fn: () => unknown): Record<string, string[]> => {
	try {
		fn();
	} catch (error) {
		if (error instanceof ValidationError) return error.fields;
		throw error;
	}
	return {};
};

describe('consultation validation', () => {
	it('splits pasted text into sections by # headings', () => {
		expect(splitSections('Úvodní text\n\n# Senioři\nA\nB\n## Financování\nC')).toEqual([
			{ title: 'Úvod', body: 'Úvodní text' },
			{ title: 'Senioři', body: 'A\nB' },
			{ title: 'Financování', body: 'C' }
		]);
		expect(splitSections('Jen text')).toEqual([{ title: 'Úvod', body: 'Jen text' }]);
		expect(splitSections('  ')).toEqual([]);
	});

	it('needs a window of at least 14 days', () => {
		expect(daysBetween('2026-01-01', '2026-01-15')).toBe(14);
		const base = {
			source: 'document',
			areaId: '7d0f4f7e-8a43-4c5e-9a53-0a0a0a0a0a0a',
			sections: '# A\nB',
			title: 'X'
		};
		expect(
			fieldsOf(() =>
				parseInput(consultationCreateInput, {
					...base,
					opensOn: '2026-01-01',
					closesOn: '2026-01-10'
				})
			).closesOn[0]
		).toMatch(/alespoň 2 týdny/);
		expect(
			fieldsOf(() =>
				parseInput(consultationCreateInput, {
					...base,
					opensOn: '2026-01-10',
					closesOn: '2026-01-01'
				})
			).closesOn[0]
		).toMatch(/po jeho zahájení/);
		expect(
			parseInput(consultationCreateInput, {
				...base,
				opensOn: '2026-01-01',
				closesOn: '2026-01-15'
			}).identityRequired
		).toBe(false);
	});

	it('refuses empty, oversized and link-spam comments in Czech', () => {
		expect(fieldsOf(() => parseInput(publicCommentInput, { text: ' ' })).text).toEqual([
			'Napište text připomínky.'
		]);
		expect(
			fieldsOf(() => parseInput(publicCommentInput, { text: 'x'.repeat(5001) })).text[0]
		).toMatch(/nejvýše 5000 znaků/);
		expect(
			fieldsOf(() => parseInput(publicCommentInput, { text: 'www.a.cz http://b.cz https://c.cz' }))
				.text[0]
		).toMatch(/odkazů/);
		expect(
			parseInput(publicCommentInput, { text: 'viz https://obec.cz', publishName: 'on' })
		).toMatchObject({ text: 'viz https://obec.cz', publishName: true, sectionId: null });
	});

	it('requires the settlement justification', () => {
		expect(
			fieldsOf(() =>
				parseInput(settlementInput, { status: 'accepted', justification: '', version: '1' })
			).justification[0]
		).toMatch(/bez něj nelze připomínku vypořádat/);
		expect(
			fieldsOf(() => parseInput(settlementInput, { justification: 'x', version: '1' })).status
		).toEqual(['Vyberte způsob vypořádání.']);
	});
});

describe('consultation helpers', () => {
	it('derives the phase from the window and publication', () => {
		const c = { opensOn: '2026-01-01', closesOn: '2026-01-20', settlementPublishedAt: null };
		expect(phaseOf(c, '2025-12-31')).toBe('upcoming');
		expect(phaseOf(c, '2026-01-01')).toBe('open');
		expect(phaseOf(c, '2026-01-20')).toBe('open');
		expect(phaseOf(c, '2026-01-21')).toBe('closed');
		expect(phaseOf({ ...c, settlementPublishedAt: new Date() }, '2026-01-21')).toBe('settled');
	});

	it('publishes a name only with consent or for organisations', () => {
		expect(publicAuthor({ authorName: 'Eva', organisationName: null, publishName: false })).toBe(
			'Fyzická osoba'
		);
		expect(publicAuthor({ authorName: 'Eva', organisationName: null, publishName: true })).toBe(
			'Eva'
		);
		expect(
			publicAuthor({ authorName: 'Eva', organisationName: 'Obec Kelč', publishName: false })
		).toBe('Obec Kelč');
		expect(sectionLabel(null)).toBe('Celý dokument');
		expect(sectionLabel({ number: '2.3', title: 'Noclehárna' })).toBe('2.3 Noclehárna');
	});
});
