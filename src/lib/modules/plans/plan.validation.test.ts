import { describe, expect, it } from 'vitest';
import {
	measureFieldsInput,
	measureInput,
	measurePeriodErrors,
	parseCzechNumber,
	planInput,
	costLineInput,
	indicatorInput,
	CAPACITY_NEGATIVE_MESSAGE
} from './plan.validation.ts';
import { planKindLabel } from './plan.kinds.ts';

const area = '0b7c2c4e-4a53-4c3e-9f0c-0d3a7a0a0a01';
const base = { title: 'Opatření', startYear: '2022', endYear: '2024' };

describe('Czech numbers', () => {
	it('accepts spaces, comma decimals, NBSP and Kč; rejects words', () => {
		expect(parseCzechNumber('1 234,50')).toBe(1234.5);
		expect(parseCzechNumber('1\u00a0234,5 Kč')).toBe(1234.5);
		expect(parseCzechNumber('1.234,50')).toBe(1234.5);
		expect(parseCzechNumber('2.5')).toBe(2.5);
		expect(parseCzechNumber('−6')).toBe(-6);
		expect(parseCzechNumber('')).toBeNull();
		expect(parseCzechNumber('hodně')).toBeUndefined();
		expect(parseCzechNumber('1,2,3')).toBeUndefined();
		const r = costLineInput.safeParse({ year: 2023, source: 'region', amount: '12,345' });
		expect(r.success).toBe(false);
		expect(r.error?.issues[0].message).toBe('Zadejte nejvýše dvě desetinná místa.');
		expect(costLineInput.safeParse({ year: 2023, source: 'region', amount: '-1' }).success).toBe(
			false
		);
		const words = costLineInput.safeParse({ year: 2023, source: 'region', amount: 'sto' });
		expect(words.error?.issues[0].message).toBe('Zadejte číslo, např. 1 234,50.');
	});
});

describe('plan period', () => {
	it('from ≤ to, at most 15 years, sensible years', () => {
		const ok = planInput.safeParse({
			areaId: area,
			kind: 'sprss_kraj',
			title: 'P',
			periodFrom: '2024',
			periodTo: '2026'
		});
		expect(ok.success).toBe(true);
		const back = planInput.safeParse({
			areaId: area,
			kind: 'sprss_kraj',
			title: 'P',
			periodFrom: '2026',
			periodTo: '2024'
		});
		expect(back.error?.issues[0]).toMatchObject({
			path: ['periodTo'],
			message: 'Konec období nemůže být dříve než jeho začátek.'
		});
		const long = planInput.safeParse({
			areaId: area,
			kind: 'other',
			title: 'P',
			periodFrom: 2020,
			periodTo: 2040
		});
		expect(long.error?.issues[0].message).toContain('15 let');
		const year = planInput.safeParse({
			areaId: area,
			kind: 'other',
			title: 'P',
			periodFrom: '20x4',
			periodTo: 2026
		});
		expect(year.error?.issues[0].message).toContain('Zadejte rok');
		expect(
			planInput.safeParse({
				areaId: area,
				kind: 'neznamy',
				title: 'P',
				periodFrom: 2024,
				periodTo: 2024
			}).success
		).toBe(false);
		expect(planKindLabel('sprss_obec')).toBe('SPRSS obce / ORP');
		expect(planKindLabel('zrusene_2027')).toBe('zrusene_2027');
	});

	it('measure years and child years inside the plan period', () => {
		const plan = { periodFrom: 2022, periodTo: 2024 };
		expect(measurePeriodErrors({ startYear: 2022, endYear: 2024 }, plan)).toEqual({});
		const e = measurePeriodErrors(
			{
				startYear: 2021,
				endYear: 2023,
				costs: [{ year: 2024, source: 'region', amount: 1 }],
				indicators: [{ baselineYear: 2025, targets: [{ year: 2026 }] }],
				activities: [{ dueYear: 2024 }]
			},
			plan
		);
		expect(e.startYear[0]).toBe('Opatření musí začít v období plánu (2022–2024).');
		expect(Object.keys(e).sort()).toEqual([
			'activities.0.dueYear',
			'costs.region.2024',
			'indicators.0.baselineYear',
			'indicators.0.targets.2026',
			'startYear'
		]);
	});
});

describe('capacity change', () => {
	it('negative without the decrease flag is a Czech error; the flag stores a negative value', () => {
		const neg = measureFieldsInput.safeParse({
			...base,
			capacityChange: '-30',
			capacityUnit: 'beds'
		});
		expect(neg.error?.issues[0]).toMatchObject({
			path: ['capacityChange'],
			message: CAPACITY_NEGATIVE_MESSAGE
		});
		const dec = measureFieldsInput.parse({
			...base,
			capacityChange: '6',
			capacityUnit: 'clients',
			capacityDecrease: 'on'
		});
		expect(dec.capacityChange).toBe(-6);
		const noUnit = measureFieldsInput.safeParse({ ...base, capacityChange: '2,5' });
		expect(noUnit.error?.issues[0].path).toEqual(['capacityUnit']);
		expect(
			measureFieldsInput.parse({ ...base, capacityChange: '2,5', capacityUnit: 'fte' })
				.capacityChange
		).toBe(2.5);
		const end = measureFieldsInput.safeParse({ ...base, startYear: '2024', endYear: '2023' });
		expect(end.error?.issues[0].path).toEqual(['endYear']);
	});

	it('service kinds from the catalogue, municipality codes with 6 digits, numbering like 2.3', () => {
		expect(
			measureFieldsInput.safeParse({ ...base, serviceKinds: ['49', '60a', 'cdz'] }).success
		).toBe(true);
		expect(measureFieldsInput.safeParse({ ...base, serviceKinds: '999' }).success).toBe(false);
		expect(measureFieldsInput.safeParse({ ...base, municipalityCodes: ['12345'] }).success).toBe(
			false
		);
		expect(measureFieldsInput.safeParse({ ...base, number: '2.3' }).success).toBe(true);
		expect(measureFieldsInput.safeParse({ ...base, number: '2' }).success).toBe(false);
	});

	it('a whole measure: duplicate cost cells and indicator target years are refused', () => {
		const dup = measureInput.safeParse({
			...base,
			costs: [
				{ year: 2023, source: 'region', amount: 1 },
				{ year: 2023, source: 'region', amount: 2 }
			]
		});
		expect(dup.success).toBe(false);
		const ind = indicatorInput.safeParse({
			name: 'Lůžka',
			unit: 'lůžka',
			baseline: '120',
			targets: [
				{ year: 2023, target: 1 },
				{ year: 2023, target: 2 }
			]
		});
		expect(ind.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
			'baselineYear',
			'targets.1.year'
		]);
	});
});
