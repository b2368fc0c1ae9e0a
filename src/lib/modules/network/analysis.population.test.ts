import { describe, expect, it } from 'vitest';
import { normaliseAgeBand, parsePopulationCsv } from './analysis.population.ts';

describe('parsePopulationCsv', () => {
	it('reads the ČSÚ-style layout with BOM, spaces in numbers and column order of its own', () => {
		const text =
			'\uFEFFnázev;kód obce;rok;věková skupina;počet\r\nKelč;918001;2023;65 - 79 let;1 234\r\n"Lešná";918006;2023;80 a více;95\r\n';
		expect(parsePopulationCsv(text)).toEqual({
			errors: [],
			rows: [
				{
					line: 2,
					municipalityCode: '918001',
					municipalityName: 'Kelč',
					year: 2023,
					ageBand: '65-79',
					count: 1234
				},
				{
					line: 3,
					municipalityCode: '918006',
					municipalityName: 'Lešná',
					year: 2023,
					ageBand: '80+',
					count: 95
				}
			]
		});
	});

	it('reports every bad line in Czech', () => {
		const text = [
			'kód obce;název;rok;věková skupina;počet',
			'12345;Krátký;2023;0–14;10',
			'918001;Kelč;23;0–14;10',
			'918001;Kelč;2023;dospělí;10',
			'918001;Kelč;2023;0–14;-4',
			'918001;Kelč;2023;0–14;1,5',
			'918001;Kelč;2023;15–64;10',
			'918001;Kelč;2023;15-64;11'
		].join('\n');
		expect(parsePopulationCsv(text).errors).toEqual([
			'Řádek 2: kód obce musí mít 6 číslic.',
			'Řádek 3: rok musí být čtyřmístné číslo (1990–2100).',
			'Řádek 4: neznámá věková skupina „dospělí“ (povolené: 0–14, 15–64, 65–79, 80+).',
			'Řádek 5: počet nesmí být záporný.',
			'Řádek 6: počet musí být celé číslo.',
			'Řádek 8: obec 918001, rok 2023 a skupina 15-64 už jsou na řádku 7.'
		]);
	});

	it('refuses wrong columns and empty files', () => {
		expect(parsePopulationCsv('obec,rok,počet\n1,2,3').errors[0]).toContain(
			'chybí: kód obce, název, věková skupina'
		);
		expect(parsePopulationCsv('').errors).toEqual(['Soubor je prázdný.']);
		expect(parsePopulationCsv('kód obce;název;rok;věková skupina;počet\n').errors).toEqual([
			'Soubor neobsahuje žádné řádky s údaji.'
		]);
	});

	it('normalises age bands', () => {
		expect(normaliseAgeBand('0 – 14')).toBe('0-14');
		expect(normaliseAgeBand('80 +')).toBe('80+');
		expect(normaliseAgeBand('65+')).toBeNull();
	});
});
