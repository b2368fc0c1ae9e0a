import ExcelJS from 'exceljs';
import { MEASURE_HEADERS, workbook } from './import.testing.ts';
import { describe, expect, it } from 'vitest';
import { buildPlanTemplate } from './import.template.server.ts';
import {
	matchServiceKind,
	parseNumber,
	parsePlanWorkbook,
	type ImportContext
} from './import.parse.server.ts';

const SENIORI = { id: '00000000-0000-4000-8000-000000000001', name: 'Senioři' };
const RODINY = { id: '00000000-0000-4000-8000-000000000002', name: 'Rodiny s dětmi' };
const PS = { id: '00000000-0000-4000-8000-0000000000b1', name: 'Pracovní skupina Senioři' };

const ctx = (extra: Partial<ImportContext> = {}): ImportContext => ({
	periodFrom: 2022,
	periodTo: 2024,
	targetGroups: [SENIORI, RODINY],
	bodies: [PS],
	existingPriorities: [],
	existingMeasureNumbers: [],
	...extra
});

describe('parsePlanWorkbook', () => {
	it('reads a good file: names mapped, Czech numbers, decrease, costs, indicators, activities', async () => {
		const result = await parsePlanWorkbook(await workbook(), ctx());
		expect(result.errors).toEqual([]);
		expect(result.priorities).toMatchObject([
			{ number: '1', targetGroup: SENIORI, responsibleBody: PS, description: 'Popis' },
			{ number: '2', targetGroup: RODINY, responsibleBody: null, description: null }
		]);
		const [m1, m2] = result.measures;
		expect(m1).toMatchObject({
			number: '1.1',
			priorityNumber: '1',
			startYear: 2022,
			endYear: 2023,
			serviceKinds: ['49', '50'],
			targetGroups: [SENIORI],
			capacityChange: 30,
			capacityUnit: 'beds',
			capacityDecrease: false,
			responsibleText: 'Město Valašské Meziříčí',
			costs: [
				{ year: 2022, source: 'state_101a', amount: 4500000 },
				{ year: 2023, source: 'state_101a', amount: 1200000.5 },
				{ year: 2023, source: 'region', amount: 300000 }
			],
			indicators: [
				{
					name: 'Počet lůžek',
					unit: 'lůžka',
					baseline: 120,
					baselineYear: 2021,
					direction: 'increase',
					targets: [
						{ year: 2022, target: 135 },
						{ year: 2023, target: 150 }
					]
				}
			],
			activities: [{ number: '1.1.1', title: 'Projektová dokumentace', dueYear: 2022 }]
		});
		expect(m2).toMatchObject({
			serviceKinds: ['65'],
			capacityChange: -1.5,
			capacityUnit: 'fte',
			capacityDecrease: true
		});
	});

	it('reads back its own template with the examples refused as example rows', async () => {
		const bytes = await buildPlanTemplate({
			periodFrom: 2025,
			periodTo: 2027,
			targetGroups: ['Senioři'],
			bodies: []
		});
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
		expect(wb.worksheets.map((w) => w.name)).toEqual([
			'Návod',
			'Seznamy',
			'Priority',
			'Opatření',
			'Ukazatele',
			'Aktivity'
		]);
		const headers = (wb.getWorksheet('Opatření')!.getRow(1).values as string[]).filter(Boolean);
		expect(headers).toContain('2025 státní rozpočet');
		expect(headers).toContain('2027 zdravotní pojišťovny');
		expect(headers).not.toContain('2028 kraj');
		expect(wb.getWorksheet('Opatření')!.getCell('H2').dataValidation).toMatchObject({
			type: 'whole',
			formulae: [2025, 2027]
		});
		const result = await parsePlanWorkbook(
			new Uint8Array(bytes),
			ctx({ periodFrom: 2025, periodTo: 2027 })
		);
		expect(result.measures).toHaveLength(1);
		expect(result.errors.map((e) => e.message)).toContain(
			'List Opatření, řádek 2: ukázkový řádek šablony – smažte ho nebo přepište vlastním obsahem.'
		);
	});

	it('missing required column', async () => {
		const headers = MEASURE_HEADERS.filter((h) => h !== 'Do roku');
		const result = await parsePlanWorkbook(
			await workbook({ measureHeaders: headers, measures: [] }),
			ctx()
		);
		expect(result.errors.map((e) => e.message)).toEqual([
			'List Opatření: chybí povinný sloupec „Do roku“ (záhlaví v 1. řádku).'
		]);
		expect(result.measures).toEqual([]);
	});

	it('merged cells in a data row', async () => {
		const result = await parsePlanWorkbook(await workbook({ merge: 'C3:E3' }), ctx());
		expect(result.errors.map((e) => e.message)).toEqual([
			'List Opatření, řádek 3: sloučené buňky (C3:E3) nejsou v datových řádcích povoleny; zrušte sloučení a vyplňte každou buňku.'
		]);
	});

	it('wrong units, year outside the period, bad kinds, duplicates, negative without decrease', async () => {
		const result = await parsePlanWorkbook(
			await workbook({
				measures: [
					[
						'1.1',
						'1',
						'A',
						null,
						null,
						null,
						null,
						2022,
						2027,
						'§ 99; Domovy pro seniory',
						null,
						5,
						'metry',
						null
					],
					[
						'1.1',
						'1',
						'B',
						null,
						null,
						null,
						null,
						2022,
						2022,
						null,
						null,
						-3,
						'lůžka',
						null,
						null,
						null,
						7
					],
					[
						'1.2',
						'9',
						'C',
						null,
						null,
						null,
						null,
						2023,
						2022,
						null,
						'Marťané',
						null,
						null,
						'možná',
						null,
						10
					]
				],
				indicators: [['1.1', 'Ukazatel', 'osoby', 'cca 5', null, 'nahoru']],
				indicatorHeaders: [
					'Číslo opatření',
					'Název',
					'Jednotka',
					'Výchozí hodnota',
					'Rok výchozí hodnoty',
					'Směr',
					'Cíl 2025'
				]
			}),
			ctx()
		);
		expect(result.errors.map((e) => e.message)).toEqual([
			'List Opatření, řádek 2: rok 2027 je mimo období plánu 2022–2024.',
			'List Opatření, řádek 2: druh služby „§ 99“ neznáme; použijte např. „§ 49“, „49“ nebo „Domovy pro seniory“.',
			'List Opatření, řádek 2: neznámá jednotka kapacity „metry“; použijte: úvazky, lůžka, klienti, intervence, kontakty.',
			'List Opatření, řádek 3: opatření číslo 1.1 je v listu dvakrát (také řádek 2).',
			'List Opatření, řádek 3: záporná změna kapacity (-3) je povolena jen se „Snížení“ = „ano“; jinak uveďte kladné navýšení.',
			'List Opatření, řádek 3: náklady na rok 2023 jsou mimo rok opatření 2022 (sloupec „2023 kraj“).',
			'List Opatření, řádek 4: priorita číslo 9 není v listu Priority ani v plánu.',
			'List Opatření, řádek 4: „Od roku“ 2023 je později než „Do roku“ 2022.',
			'List Opatření, řádek 4: cílová skupina „Marťané“ neexistuje.',
			'List Opatření, řádek 4: „Snížení“: napište „ano“ nebo „ne“, ne „možná“.',
			'List Ukazatele, řádek 2: „Výchozí hodnota“: „cca 5“ není číslo.',
			'List Ukazatele, řádek 2: „Směr“: „nahoru“ neznáme; použijte růst, pokles nebo udržení.'
		]);
	});

	it('a cost column of a year outside the period is a row error where filled', async () => {
		const result = await parsePlanWorkbook(
			await workbook({
				measureHeaders: [...MEASURE_HEADERS.slice(0, 14), '2027 kraj'],
				measures: [
					['1.1', '1', 'A', null, null, null, null, 2022, 2024, null, null, null, null, null, null],
					['1.2', '1', 'B', null, null, null, null, 2022, 2024, null, null, null, null, null, 5000]
				],
				indicators: []
			}),
			ctx()
		);
		expect(result.errors.map((e) => e.message)).toEqual([
			'List Opatření, řádek 3: rok 2027 je mimo období plánu 2022–2024 (sloupec „2027 kraj“).'
		]);
	});

	it('existing numbers in the plan are refused unless replacing; measures may use existing priorities', async () => {
		const existing = ctx({
			existingPriorities: [{ id: 'x', number: '1' }],
			existingMeasureNumbers: ['2.1']
		});
		const result = await parsePlanWorkbook(
			await workbook({ priorities: [['2', 'Rodiny', null, null, null]] }),
			existing
		);
		expect(result.errors.map((e) => e.message)).toEqual([
			'List Opatření, řádek 3: opatření číslo 2.1 už v plánu je; import nic nepřepisuje.'
		]);
		const replaced = await parsePlanWorkbook(await workbook(), { ...existing, replace: true });
		expect(replaced.errors).toEqual([]);
	});

	it('non-XLSX, empty, wrong sheet names, empty workbook', async () => {
		const notXlsx = await parsePlanWorkbook(new TextEncoder().encode('číslo;název\n1;A'), ctx());
		expect(notXlsx.errors[0].message).toMatch(/^Soubor není sešit XLSX/);
		const empty = await parsePlanWorkbook(new Uint8Array(), ctx());
		expect(empty.errors[0].message).toBe('Soubor je prázdný.');
		const broken = await parsePlanWorkbook(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), ctx());
		expect(broken.errors[0].message).toMatch(/nepodařilo přečíst/);
		const wrong = await parsePlanWorkbook(
			await workbook({ sheetNames: { measures: 'List1' } }),
			ctx()
		);
		expect(wrong.errors.map((e) => e.message)).toEqual([
			'Sešit neobsahuje list „Opatření“. Listy v souboru: „Priority“, „List1“, „Ukazatele“, „Aktivity“. Použijte šablonu plánu.'
		]);
		const nothing = await parsePlanWorkbook(
			await workbook({ priorities: [], measures: [], indicators: [], activities: [] }),
			ctx()
		);
		expect(nothing.errors.map((e) => e.message)).toEqual([
			'Sešit neobsahuje žádné priority ani opatření. Vyplňte listy Priority a Opatření od 2. řádku.'
		]);
	});
});

describe('helpers', () => {
	it('parseNumber and matchServiceKind', () => {
		expect(parseNumber('1 234,50')).toBe(1234.5);
		expect(parseNumber('−3')).toBe(-3);
		expect(parseNumber('')).toBeNull();
		expect(parseNumber('12a')).toBeUndefined();
		expect(matchServiceKind('§ 49')).toBe('49');
		expect(matchServiceKind('§49')).toBe('49');
		expect(matchServiceKind('49')).toBe('49');
		expect(matchServiceKind('domovy pro seniory')).toBe('49');
		expect(matchServiceKind('§ 49 Domovy pro seniory')).toBe('49');
		expect(matchServiceKind('Neexistuje')).toBeUndefined();
	});
});
