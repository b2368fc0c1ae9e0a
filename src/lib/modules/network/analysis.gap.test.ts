import { describe, expect, it } from 'vitest';
import {
	compareKinds,
	computeGaps,
	gapStatus,
	populationOf,
	type GapInput
} from './analysis.gap.ts';

const entry = (name: string, amount: number) => ({
	entryId: name,
	name,
	amount,
	sharePercent: 100
});

// Hand-checked: 65+ = 5 200 + 1 300 = 6 500; 80+ = 1 300.
const input: GapInput = {
	population: { '0-14': 5000, '15-64': 20000, '65-79': 5200, '80+': 1300 },
	norms: [
		// § 49: 20 beds per 1 000 aged 65+ → 6 500 / 1 000 × 20 = 130 beds.
		{
			id: 'n49',
			kindCode: '49',
			unit: 'beds',
			perThousand: 20,
			ageBands: ['65-79', '80+'],
			label: 'DS'
		},
		// § 50: 5 beds per 1 000 aged 80+ → 1,3 × 5 = 6,5 beds.
		{ id: 'n50', kindCode: '50', unit: 'beds', perThousand: 5, ageBands: ['80+'], label: 'DZR' },
		// § 40: 10 FTE per 1 000 aged 80+ → 13 FTE.
		{ id: 'n40', kindCode: '40', unit: 'fte', perThousand: 10, ageBands: ['80+'], label: 'PS' }
	],
	network: [
		{ kindCode: '49', unit: 'beds', amount: 60, entries: [entry('DS Zašová', 60)] },
		{ kindCode: '50', unit: 'beds', amount: 20, entries: [entry('DZR Krhová', 20)] },
		{
			kindCode: '40',
			unit: 'fte',
			amount: 12.5,
			entries: [entry('PS Město', 10), entry('PS Charita', 2.5)]
		}
	],
	registry: { '49': { luzka: 72 }, '65': { klient: 40 }, '67': { klient: 12 } },
	demand: [
		{ id: 'd1', kindCode: '49', indicator: 'refused', count: 86 },
		{ id: 'd2', kindCode: '49', indicator: 'unmet', count: 14 },
		{ id: 'd3', kindCode: '49', indicator: 'refused', count: 4 },
		{ id: 'd4', kindCode: '65', indicator: 'refused', count: 3 }
	],
	groups: [{ id: 'g1', name: 'Pobytové služby pro seniory', kinds: ['49', '50', '44'] }]
};

describe('computeGaps', () => {
	const result = computeGaps(input);
	const row = (kind: string) => result.rows.find((r) => r.kindCode === kind)!;

	it('computes expected capacity, gap and status per kind', () => {
		expect(row('49')).toMatchObject({
			population: 6500,
			expected: 130,
			network: 60,
			gap: 70,
			status: 'deficit',
			refused: 90,
			unmet: 14,
			registry: { luzka: 72 }
		});
		expect(row('49').demandIds).toEqual(['d1', 'd2', 'd3']);
		expect(row('50')).toMatchObject({
			population: 1300,
			expected: 6.5,
			gap: -13.5,
			status: 'surplus'
		});
		// gap 0,5 is within 5 % of 13 (0,65) → ok
		expect(row('40')).toMatchObject({ expected: 13, network: 12.5, gap: 0.5, status: 'ok' });
		expect(row('40').networkEntries).toHaveLength(2);
	});

	it('shows kinds with demand records but no norm as "no norm"; registry-only kinds get no row', () => {
		expect(row('65')).toMatchObject({
			unit: 'fte',
			expected: null,
			gap: null,
			status: 'no_norm',
			refused: 3
		});
		expect(row('67')).toBeUndefined();
	});

	it('adds the substitution group totals in the same unit', () => {
		expect(result.groups).toEqual([
			{
				id: 'g1',
				name: 'Pobytové služby pro seniory',
				unit: 'beds',
				kinds: ['49', '50'],
				expected: 136.5,
				network: 80,
				gap: 56.5,
				status: 'deficit'
			}
		]);
		expect(row('49').group?.gap).toBe(56.5);
		expect(row('50').group?.status).toBe('deficit');
		expect(row('40').group).toBeNull();
	});

	it('marks a norm without population of its age bands as "no data"', () => {
		const noPeople = computeGaps({ ...input, population: { '0-14': 100 } });
		expect(noPeople.rows.find((r) => r.kindCode === '49')).toMatchObject({
			population: 0,
			expected: null,
			gap: null,
			status: 'no_data'
		});
		expect(noPeople.groups).toEqual([]);
	});

	it('orders rows by § number', () => {
		expect(result.rows.map((r) => r.kindCode)).toEqual(['40', '49', '50', '65']);
	});

	it('a group surplus can cover a member deficit', () => {
		const covered = computeGaps({
			...input,
			network: [
				{ kindCode: '49', unit: 'beds', amount: 100, entries: [] },
				{ kindCode: '50', unit: 'beds', amount: 37, entries: [] }
			]
		});
		expect(covered.rows.find((r) => r.kindCode === '49')?.status).toBe('deficit');
		expect(covered.groups[0]).toMatchObject({ expected: 136.5, network: 137, status: 'ok' });
	});
});

describe('helpers', () => {
	it('gapStatus uses ±5 % (at least half a unit)', () => {
		expect(gapStatus(100, 94)).toBe('deficit');
		expect(gapStatus(100, 95)).toBe('ok');
		expect(gapStatus(100, 106)).toBe('surplus');
		expect(gapStatus(2, 1.6)).toBe('ok');
		expect(gapStatus(0, 0)).toBe('ok');
	});
	it('populationOf sums the bands', () => {
		expect(populationOf(input.population, ['65-79', '80+'])).toBe(6500);
		expect(populationOf({}, ['80+'])).toBe(0);
	});
	it('compareKinds orders by paragraph', () => {
		expect(['60a', '49', '108', '60', 'cdz'].sort(compareKinds)).toEqual([
			'49',
			'60',
			'60a',
			'108',
			'cdz'
		]);
	});
});
