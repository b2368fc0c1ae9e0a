import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { ANONYMOUS, type Actor } from '#lib/platform/access/actor.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the network module, kept out of its public door
import {
	fakeNetworkUser,
	networkFixture,
	type NetworkFixture
} from '#lib/modules/network/network.testing.server.ts';
import { createNorm, recordDemand } from '#lib/modules/network/index.ts';
import { load as pageLoad } from './+page.server.ts';
import { GET as xlsx } from './analyza.xlsx/+server.ts';
import { actions as adminActions, load as adminLoad } from './sprava/+page.server.ts';
import { actions as demandActions, load as demandLoad } from './sprava/zajemci/+page.server.ts';
import { GET as api } from '../api/v1/analysis/capacity/+server.ts';

useTestDatabase();

let f: NetworkFixture;
let coordinator: Actor;
let manager: Actor;
let provider: Actor;

type Thrown = { status?: number; location?: string; body?: { message?: string } };
const statusOf = (r: { value?: unknown; thrown?: unknown }) =>
	(r.thrown as Thrown | undefined)?.status ?? (r.value as { status?: number } | undefined)?.status;

function run(
	fn: (e: never) => unknown,
	actor: Actor,
	url = 'http://localhost/analyza-kapacit',
	form?: Record<string, string | string[]>
) {
	const { event } = fakeEvent({ actor, url, form });
	return outcome(() => fn(event as never));
}

function upload(actor: Actor, fields: Record<string, string>, file?: File) {
	const { event } = fakeEvent({ actor, url: 'http://localhost/analyza-kapacit/sprava', form: {} });
	const body = new FormData();
	for (const [k, v] of Object.entries(fields)) body.append(k, v);
	if (file) body.append('file', file);
	(event as { request: Request }).request = new Request('http://localhost/analyza-kapacit/sprava', {
		method: 'POST',
		body
	});
	return outcome(() => adminActions.import(event as never));
}

async function file(actor: Actor, query: string) {
	try {
		return await xlsx({
			locals: { actor },
			url: new URL(`http://localhost/analyza-kapacit/analyza.xlsx?${query}`)
		} as never);
	} catch (caught) {
		const status = (caught as Thrown).status;
		if (!status) throw caught;
		return new Response((caught as Thrown).body?.message ?? '', { status });
	}
}

beforeAll(async () => {
	f = await networkFixture();
	coordinator = (
		await createTestUser({ password: null, grants: [{ role: 'coordinator', areaId: f.kraj }] })
	).actor;
	manager = fakeNetworkUser({ role: 'manager', bodyId: randomUUID() });
	provider = fakeNetworkUser({ role: 'provider', organisationId: randomUUID() });
	await createNorm(coordinator, {
		regionAreaId: f.kraj,
		kindCode: '49',
		unit: 'beds',
		perThousand: '25',
		ageBands: ['65-79', '80+']
	});
	await recordDemand(coordinator, {
		areaId: f.mikroregion,
		kindCode: '49',
		year: '2023',
		indicator: 'refused',
		count: '17'
	});
});

const CSV =
	'kód obce;název;rok;věková skupina;počet\n564044;Chrastava;2023;65–79;1000\n564044;Chrastava;2023;80+;200\n';

describe('/analyza-kapacit', () => {
	it('sends the anonymous to the login page, refuses providers (403)', async () => {
		const anon = await run(pageLoad as never, ANONYMOUS);
		expect((anon.thrown as Thrown).location).toContain('/prihlaseni');
		expect(statusOf(await run(pageLoad as never, provider))).toBe(403);
	});

	it('shows Czech errors for a bad query instead of failing (400 equivalent)', async () => {
		const r = await run(
			pageLoad as never,
			manager,
			'http://localhost/analyza-kapacit?uzemi=x&rok=abc'
		);
		const data = r.value as { errors: Record<string, string[]>; analysis: unknown };
		expect(data.analysis).toBeNull();
		expect(data.errors.areaId).toEqual(['Vyberte území plánování.']);
		expect(data.errors.year).toBeDefined();
	});

	it('shows the analysis of an area and year with the export link', async () => {
		const r = await run(
			pageLoad as never,
			manager,
			`http://localhost/analyza-kapacit?uzemi=${f.mikroregion}&rok=2023`
		);
		const data = r.value as {
			analysis: { result: { rows: { kindCode: string; refused: number; status: string }[] } };
			exportHref: string;
		};
		const row = data.analysis.result.rows.find((x) => x.kindCode === '49');
		// A norm of 25 beds per 1 000 people 65+, but no population imported yet.
		expect(row).toMatchObject({ refused: 17, status: 'no_data' });
		expect(data.exportHref).toContain('/analyza-kapacit/analyza.xlsx?');
	});
});

describe('/analyza-kapacit/analyza.xlsx', () => {
	it('401 anonymous, 403 provider, 400 bad query', async () => {
		const q = `uzemi=${f.mikroregion}&rok=2023`;
		expect((await file(ANONYMOUS, q)).status).toBe(401);
		expect((await file(provider, q)).status).toBe(403);
		expect((await file(manager, 'uzemi=x&rok=2023')).status).toBe(400);
	});

	it('streams a workbook with the gap table and the evidence sheets', async () => {
		const res = await file(manager, `uzemi=${f.mikroregion}&rok=2023`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toContain('.xlsx');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(await res.arrayBuffer());
		expect(wb.worksheets.map((w) => w.name)).toEqual([
			'Mezery',
			'Obyvatelstvo',
			'Zájemci',
			'Služby v síti'
		]);
		const gaps = wb.getWorksheet('Mezery')!;
		expect(gaps.getRow(1).getCell(1).value).toBe('Druh služby');
		const r49 = gaps.getRow(2);
		expect(r49.getCell(1).value).toBe('§ 49 Domovy pro seniory');
		expect(r49.getCell(7).value).toBe(17);
		expect(wb.getWorksheet('Zájemci')!.getRow(2).getCell(2).value).toBe('odmítnutí žadatelé');
	});
});

describe('/analyza-kapacit/sprava', () => {
	it('401/403 for the page and its actions', async () => {
		const anon = await run(adminLoad as never, ANONYMOUS);
		expect((anon.thrown as Thrown).location).toContain('/prihlaseni');
		expect(statusOf(await run(adminLoad as never, manager))).toBe(403);
		const addAnon = await run(adminActions.addNorm as never, ANONYMOUS, undefined, {
			regionAreaId: f.kraj
		});
		expect(statusOf(addAnon)).toBe(401);
		const addOther = await run(adminActions.addNorm as never, manager, undefined, {
			regionAreaId: f.kraj,
			kindCode: '50',
			unit: 'beds',
			perThousand: '5',
			ageBands: '80+'
		});
		expect(statusOf(addOther)).toBe(403);
	});

	it('400 with Czech messages for a bad norm and a bad population file; nothing written', async () => {
		const bad = await run(adminActions.addNorm as never, coordinator, undefined, {
			regionAreaId: f.kraj,
			kindCode: '99',
			unit: 'beds',
			perThousand: 'abc'
		});
		expect(statusOf(bad)).toBe(400);
		const data = (bad.value as { data: { errors: Record<string, string[]>; form: string } }).data;
		expect(data.form).toBe('norm');
		expect(data.errors.kindCode).toEqual(['Neznámý druh služby – vyberte druh ze seznamu.']);
		expect(data.errors.ageBands).toEqual(['Vyberte aspoň jednu věkovou skupinu.']);

		const noFile = await upload(coordinator, { areaId: f.mikroregion });
		expect(statusOf(noFile)).toBe(400);
		const unknown = await upload(
			coordinator,
			{ areaId: f.mikroregion },
			new File([`${CSV}123456;Nikde;2023;80+;5\n`], 'obyvatele.csv', { type: 'text/csv' })
		);
		expect(statusOf(unknown)).toBe(400);
		expect(
			(unknown.value as { data: { errors: Record<string, string[]> } }).data.errors.file
		).toEqual(['Neznámé kódy obcí: 123456.']);
	});

	it('imports population and adds a norm with a flash and a 303 redirect', async () => {
		const ok = await upload(
			coordinator,
			{ areaId: f.mikroregion },
			new File([CSV], 'obyvatele.csv', { type: 'text/csv' })
		);
		expect((ok.thrown as Thrown).status).toBe(303);
		const added = await run(adminActions.addNorm as never, coordinator, undefined, {
			regionAreaId: f.kraj,
			kindCode: '50',
			unit: 'beds',
			perThousand: '8,5',
			ageBands: ['65-79', '80+'],
			label: ''
		});
		expect((added.thrown as Thrown).status).toBe(303);
		const page = await run(adminLoad as never, coordinator);
		const admin = (page.value as { admin: { norms: { kindCode: string }[] } }).admin;
		expect(admin.norms.map((n) => n.kindCode)).toEqual(['49', '50']);
	});
});

describe('/analyza-kapacit/sprava/zajemci', () => {
	it('401/403/400 and a recorded entry', async () => {
		const anon = await run(demandLoad as never, ANONYMOUS);
		expect((anon.thrown as Thrown).location).toContain('/prihlaseni');
		expect(statusOf(await run(demandLoad as never, manager))).toBe(403);
		const form = {
			areaId: f.mikroregion,
			kindCode: '49',
			year: '2023',
			indicator: 'unmet',
			count: '5',
			note: ''
		};
		expect(statusOf(await run(demandActions.record as never, ANONYMOUS, undefined, form))).toBe(
			401
		);
		expect(statusOf(await run(demandActions.record as never, provider, undefined, form))).toBe(403);
		const bad = await run(demandActions.record as never, coordinator, undefined, {
			...form,
			count: 'pět'
		});
		expect(statusOf(bad)).toBe(400);
		const ok = await run(demandActions.record as never, coordinator, undefined, form);
		expect((ok.thrown as Thrown).status).toBe(303);
		const page = await run(demandLoad as never, coordinator);
		expect((page.value as { list: { total: number } }).list.total).toBe(2);
	});
});

describe('GET /api/v1/analysis/capacity', () => {
	const url = (q: string) => `/api/v1/analysis/capacity?${q}`;
	it('401, 403, 400 and the analysis', async () => {
		const q = `area=${f.mikroregion}&year=2023`;
		expect((await callEndpoint(api, { url: url(q) })).status).toBe(401);
		expect((await callEndpoint(api, { url: url(q), actor: provider })).status).toBe(403);
		const bad = await callEndpoint(api, { url: url('area=x&year=20'), actor: manager });
		expect(bad.status).toBe(400);
		const ok = await callEndpoint(api, { url: url(q), actor: manager });
		expect(ok.status).toBe(200);
		const rows = ok.json.rows as { kindCode: string; kindLabel: string; refused: number }[];
		expect(rows.find((r) => r.kindCode === '49')).toMatchObject({
			kindLabel: '§ 49 Domovy pro seniory',
			refused: 17
		});
		expect(ok.json.populationYear).toBe(2023);
	});
});
