import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ANONYMOUS, systemActor, type Actor } from '#lib/platform/access/actor.ts';
import { UnauthorizedError, ValidationError } from '#lib/platform/http/errors.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { createArea } from '#lib/modules/organisation/index.ts';
import { capacityOverview } from './overview.service.server.ts';
import { overviewXlsx } from './overview.xlsx.server.ts';
import { insertTestService } from './service.testing.server.ts';

useTestDatabase();

const LIBEREC = {
	municipalityCode: '563889',
	municipalityName: 'Liberec',
	orpCode: '5105',
	krajCode: '78'
};
const CHRASTAVA = {
	municipalityCode: '564010',
	municipalityName: 'Chrastava',
	orpCode: '5105',
	krajCode: '78'
};
const OSTRAVA = {
	municipalityCode: '554821',
	municipalityName: 'Ostrava',
	orpCode: '8019',
	krajCode: '132'
};
let user: Actor;
let orpArea: string;

beforeAll(async () => {
	user = (await createTestUser()).actor;
	orpArea = (await createArea(systemActor('t'), { kind: 'orp', territory: 'orp:5105' })).id;
	// One registration with three facilities in two municipalities: 40 beds, counted once.
	await insertTestService({
		name: 'Domov pro seniory Liberec',
		kindCode: '49',
		forms: [{ form: 'pob' }],
		capacities: [{ form: 'pob', unit: 'luzka', count: 40 }],
		targetGroupCodes: ['CilovaSkupinaOsoby/24'],
		facilities: [LIBEREC, { ...LIBEREC, name: 'Pavilon B' }, CHRASTAVA]
	});
	await insertTestService({
		name: 'Domov pro seniory Ostrava',
		kindCode: '49',
		forms: [{ form: 'pob' }],
		capacities: [{ form: 'pob', unit: 'luzka', count: 100 }],
		targetGroupCodes: ['CilovaSkupinaOsoby/24', 'CilovaSkupinaOsoby/30'],
		facilities: [OSTRAVA]
	});
	// Two units of one service: never added together.
	await insertTestService({
		name: 'Pečovatelská služba Liberec',
		kindCode: '40',
		forms: [{ form: 'ter' }, { form: 'amb' }],
		capacities: [
			{ form: 'ter', unit: 'klient', count: 120 },
			{ form: 'amb', unit: 'klient', count: 30 },
			{ form: 'ter', unit: 'interv', count: 6 }
		],
		targetGroupCodes: ['CilovaSkupinaOsoby/24'],
		facilities: [LIBEREC]
	});
	await insertTestService({
		name: 'Ukončený domov',
		kindCode: '49',
		status: 'ended',
		capacities: [{ form: 'pob', unit: 'luzka', count: 999 }],
		facilities: [LIBEREC]
	});
});

describe('capacityOverview', () => {
	it('needs a signed-in user and valid parameters', async () => {
		await expect(capacityOverview(ANONYMOUS, {})).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(capacityOverview(user, { level: 'okres' })).rejects.toBeInstanceOf(
			ValidationError
		);
		await expect(capacityOverview(user, { areaId: 'x' })).rejects.toBeInstanceOf(ValidationError);
	});

	it('sums capacity per registration and unit by kind × ORP; ended services left out', async () => {
		const o = await capacityOverview(user, { level: 'orp' });
		expect(o.units).toEqual(['klient', 'interv', 'luzka']);
		expect(o.unit).toBe('luzka');
		expect(o.rows.map((r) => [r.kindLabel, r.territoryName, r.services, r.values])).toEqual([
			['§ 40 Pečovatelská služba', 'Liberec', 1, { klient: 150, interv: 6 }],
			['§ 49 Domovy pro seniory', 'Liberec', 1, { luzka: 40 }],
			['§ 49 Domovy pro seniory', 'Ostrava', 1, { luzka: 100 }]
		]);
		expect(o.kindTotals.map((t) => [t.label, t.services, t.values])).toEqual([
			['§ 40 Pečovatelská služba', 1, { klient: 150, interv: 6 }],
			['§ 49 Domovy pro seniory', 2, { luzka: 140 }]
		]);
		const seniors = o.targetGroups.find((g) => g.key === 'CilovaSkupinaOsoby/24');
		expect(seniors).toMatchObject({
			label: 'senioři',
			services: 3,
			values: { luzka: 140, klient: 150, interv: 6 }
		});
	});

	it('by municipality: a service serving two municipalities shows in both, never per facility', async () => {
		const o = await capacityOverview(user, { level: 'obec', areaId: orpArea });
		expect(o.area?.name).toBe('ORP Liberec');
		const beds = o.rows.filter((r) => r.kindCode === '49');
		expect(beds.map((r) => [r.territoryName, r.values.luzka])).toEqual([
			['Chrastava', 40],
			['Liberec', 40]
		]);
		expect(o.kindTotals.find((t) => t.key === '49')?.values).toEqual({ luzka: 40 });
	});

	it('exports XLSX with numbers as numbers, one column per unit', async () => {
		const o = await capacityOverview(user, { level: 'kraj' });
		const bytes = await overviewXlsx(o, '22. 11. 2026');
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(bytes as unknown as ArrayBuffer);
		expect(book.worksheets.map((w) => w.name)).toEqual([
			'Druh × území',
			'Celkem podle druhu',
			'Cílové skupiny',
			'O přehledu'
		]);
		const main = book.getWorksheet('Druh × území')!;
		expect(main.getRow(1).values).toEqual([
			undefined,
			'Druh služby',
			'Kraj',
			'Kód území',
			'Počet služeb',
			'klienti',
			'intervence',
			'lůžka'
		]);
		const cells = (sheet: ExcelJS.Worksheet, row: number, count: number) =>
			Array.from({ length: count }, (_, i) => sheet.getRow(row).getCell(i + 1).value ?? null);
		const rows = [2, 3, 4].map((n) => cells(main, n, 7));
		expect(rows).toEqual([
			['§ 40 Pečovatelská služba', 'Liberecký kraj', '78', 1, 150, 6, null],
			['§ 49 Domovy pro seniory', 'Liberecký kraj', '78', 1, null, null, 40],
			['§ 49 Domovy pro seniory', 'Moravskoslezský kraj', '132', 1, null, null, 100]
		]);
		expect(typeof main.getCell('E2').value).toBe('number');
		const totals = book.getWorksheet('Celkem podle druhu')!;
		expect(cells(totals, 3, 5)).toEqual(['§ 49 Domovy pro seniory', 2, null, null, 140]);
	});
});
