/**
 * Network pages and API: public list/detail (drafts hidden), XLSX export checked cell by cell,
 * comparison of two years, management pages (login redirect, 403, 400 with Czech messages),
 * the whole management flow through form actions, and /api/v1/networks (401/403/400).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { RequestHandler } from '@sveltejs/kit';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the network module, kept out of its public door
import {
	networkFixture,
	type NetworkFixture
} from '#lib/modules/network/network.testing.server.ts';
import * as list from './+page.server.ts';
import * as detail from './[id]/+page.server.ts';
import * as xlsx from './[id]/sit.xlsx/+server.ts';
import * as compare from './[id]/porovnani/+page.server.ts';
import * as admin from './sprava/+page.server.ts';
import * as category from './sprava/kategorie/[id]/+page.server.ts';
import * as manage from './sprava/[id]/+page.server.ts';
import * as add from './sprava/[id]/pridat/+page.server.ts';
import * as entryPage from './sprava/polozka/[entryId]/+page.server.ts';
import * as api from '../api/v1/networks/+server.ts';
import * as apiOne from '../api/v1/networks/[id]/+server.ts';
import * as apiEntries from '../api/v1/networks/[id]/entries/+server.ts';

useTestDatabase();

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, event: unknown) => outcome(() => (fn as Loose)(event));
const status = (thrown: unknown) => (thrown as { status?: number })?.status;
const location = (thrown: unknown) => (thrown as { location?: string })?.location ?? '';

let f: NetworkFixture;
let n2016: string;
let n2017: string;
let entryId: string;

beforeAll(async () => {
	f = await networkFixture();
});

describe('management flow through form actions', () => {
	it('the admin page needs a login and a kraj coordinator', async () => {
		const anon = await call(admin.load, fakeEvent({ url: 'http://localhost/sit/sprava' }).event);
		expect(status(anon.thrown)).toBe(303);
		expect(location(anon.thrown)).toContain('/prihlaseni');
		const orp = await call(admin.load, fakeEvent({ actor: f.orpCoordinator }).event);
		expect((orp.value as { regions: unknown[] }).regions).toEqual([]);
		const ok = await call(admin.load, fakeEvent({ actor: f.krajCoordinator }).event);
		expect((ok.value as { regions: { id: string }[] }).regions.map((r) => r.id)).toEqual([f.kraj]);
	});

	it('creates networks 2016 and 2017 (copying); 400 for a bad year, 403 for another kraj', async () => {
		const bad = await call(
			admin.actions.createNetwork,
			fakeEvent({ actor: f.krajCoordinator, form: { regionAreaId: f.kraj, year: '19' } }).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: { errors: { year: [expect.any(String)] } }
		});
		const forbidden = await call(
			admin.actions.createNetwork,
			fakeEvent({ actor: f.otherCoordinator, form: { regionAreaId: f.kraj, year: '2016' } }).event
		);
		expect(forbidden.value).toMatchObject({ status: 403 });
		const created = await call(
			admin.actions.createNetwork,
			fakeEvent({
				actor: f.krajCoordinator,
				form: { regionAreaId: f.kraj, year: '2016', copyPrevious: 'on' }
			}).event
		);
		expect(status(created.thrown)).toBe(303);
		n2016 = location(created.thrown).split('/').at(-1)!;
		const dup = await call(
			admin.actions.createNetwork,
			fakeEvent({ actor: f.krajCoordinator, form: { regionAreaId: f.kraj, year: '2016' } }).event
		);
		expect(dup.value).toMatchObject({
			status: 400,
			data: { errors: { year: ['Síť tohoto kraje na rok 2016 už existuje.'] } }
		});
	});

	it('adds entries: Czech 400s for shares, negative capacity, duplicates, category validity', async () => {
		const form = (over: Record<string, string | string[]> = {}) => ({
			serviceId: f.services.asistence,
			categoryId: f.categories.zakladni,
			capacityTer: '2,5',
			territoryCode: ['5105', '564044'],
			territoryShare: ['60', '40'],
			optimalSubsidy: '1 250 000',
			mandateRef: 'Pověření LK č. 1/2016',
			...over
		});
		const act = (over: Record<string, string | string[]> = {}) =>
			call(
				add.actions.add,
				fakeEvent({ actor: f.krajCoordinator, params: { id: n2016 }, form: form(over) }).event
			);
		const shares = await act({ territoryShare: ['60', '30'] });
		expect(shares.value).toMatchObject({
			status: 400,
			data: { errors: { territory: [expect.stringContaining('100 %')] } }
		});
		const negative = await act({ capacityTer: '-1' });
		expect(negative.value).toMatchObject({
			status: 400,
			data: { errors: { capacityTer: ['Kapacita nesmí být záporná.'] } }
		});
		const old = await act({ categoryId: f.categories.stara });
		expect(old.value).toMatchObject({
			status: 400,
			data: { errors: { categoryId: [expect.stringContaining('platí jen v letech 2010–2015')] } }
		});
		const unknown = await act({ serviceId: crypto.randomUUID() });
		expect(unknown.value).toMatchObject({
			status: 400,
			data: { errors: { serviceId: ['Služba v katalogu neexistuje.'] } }
		});
		const ok = await act();
		expect(status(ok.thrown)).toBe(303);
		entryId = location(ok.thrown).split('/').at(-1)!;
		const dup = await act();
		expect(dup.value).toMatchObject({
			status: 400,
			data: { errors: { serviceId: ['Tato služba už v síti tohoto roku je.'] } }
		});
		const forbidden = await call(
			add.actions.add,
			fakeEvent({ actor: f.provider, params: { id: n2016 }, form: form() }).event
		);
		expect(forbidden.value).toMatchObject({ status: 403 });
		const domov = await call(
			add.actions.add,
			fakeEvent({
				actor: f.krajCoordinator,
				params: { id: n2016 },
				form: form({ serviceId: f.services.domov, capacityTer: '', capacityPob: '40' })
			}).event
		);
		expect(status(domov.thrown)).toBe(303);
	});

	it('the add page searches the region catalogue by name or identifikátor', async () => {
		const page = await call(
			add.load,
			fakeEvent({
				actor: f.krajCoordinator,
				params: { id: n2016 },
				url: `http://localhost/sit/sprava/${n2016}/pridat?q=Liberec`
			}).event
		);
		const results = (page.value as { results: { name: string; inNetwork: boolean }[] }).results;
		expect(results.map((r) => r.name)).toEqual([
			'Domov pro seniory Liberec',
			'Osobní asistence Liberec',
			'Sociální rehabilitace Liberec'
		]);
		expect(results[0].inNetwork).toBe(true);
	});

	it('edits an entry with a stale version → conflict; shows the history', async () => {
		const page = await call(
			entryPage.load,
			fakeEvent({ actor: f.krajCoordinator, params: { entryId } }).event
		);
		const data = page.value as { initial: Record<string, unknown>; history: unknown[] };
		expect(data.initial.capacityTer).toBe('2,5');
		expect(data.history.length).toBeGreaterThan(0);
		const saved = await call(
			entryPage.actions.save,
			fakeEvent({
				actor: f.krajCoordinator,
				params: { entryId },
				form: {
					version: '1',
					categoryId: f.categories.zakladni,
					capacityTer: '3',
					territoryCode: ['5105'],
					territoryShare: ['100']
				}
			}).event
		);
		expect(status(saved.thrown)).toBe(303);
		const stale = await call(
			entryPage.actions.save,
			fakeEvent({
				actor: f.krajCoordinator,
				params: { entryId },
				form: { version: '1', categoryId: f.categories.zakladni, capacityTer: '4' }
			}).event
		);
		expect(stale.value).toMatchObject({ status: 409 });
	});

	it('publishing needs a decision reference; then the public sees it', async () => {
		const missing = await call(
			manage.actions.publish,
			fakeEvent({
				actor: f.krajCoordinator,
				params: { id: n2016 },
				form: { decidedOn: '2015-12-15' }
			}).event
		);
		expect(missing.value).toMatchObject({
			status: 400,
			data: { errors: { decisionRef: ['Uveďte usnesení, kterým byla síť schválena.'] } }
		});
		// drafts are hidden from the public
		const hidden = await call(detail.load, fakeEvent({ params: { id: n2016 } }).event);
		expect(status(hidden.thrown)).toBe(404);
		const published = await call(
			manage.actions.publish,
			fakeEvent({
				actor: f.krajCoordinator,
				params: { id: n2016 },
				form: { decisionRef: 'usnesení ZK 512/15/ZK', decidedOn: '2015-12-15' }
			}).event
		);
		expect(status(published.thrown)).toBe(303);
		const created = await call(
			admin.actions.createNetwork,
			fakeEvent({
				actor: f.krajCoordinator,
				form: { regionAreaId: f.kraj, year: '2017', copyPrevious: 'on' }
			}).event
		);
		n2017 = location(created.thrown).split('/').at(-1)!;
		await call(
			add.actions.add,
			fakeEvent({
				actor: f.krajCoordinator,
				params: { id: n2017 },
				form: {
					serviceId: f.services.rehabilitace,
					categoryId: f.categories.rozvojova,
					capacityAmb: '1,5',
					capacityTer: '1'
				}
			}).event
		);
		await call(
			manage.actions.publish,
			fakeEvent({
				actor: f.krajCoordinator,
				params: { id: n2017 },
				form: { decisionRef: 'usnesení ZK 388/16/ZK', decidedOn: '2016-11-29' }
			}).event
		);
	});

	it('the category page edits validity and refuses deleting a used category', async () => {
		const page = await call(
			category.load,
			fakeEvent({ actor: f.krajCoordinator, params: { id: f.categories.zakladni } }).event
		);
		expect((page.value as { category: { code: string } }).category.code).toBe('zakladni');
		const forbidden = await call(
			category.load,
			fakeEvent({ actor: f.otherCoordinator, params: { id: f.categories.zakladni } }).event
		);
		expect(status(forbidden.thrown)).toBe(403);
		const used = await call(
			category.actions.remove,
			fakeEvent({ actor: f.krajCoordinator, params: { id: f.categories.zakladni }, form: {} }).event
		);
		expect(used.value).toMatchObject({ status: 400 });
		const bad = await call(
			category.actions.save,
			fakeEvent({
				actor: f.krajCoordinator,
				params: { id: f.categories.zakladni },
				form: { code: 'Základní', name: 'Základní síť' }
			}).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: { errors: { code: [expect.any(String)] } }
		});
		const years = await call(
			category.actions.save,
			fakeEvent({
				actor: f.krajCoordinator,
				params: { id: f.categories.zakladni },
				form: { code: 'zakladni', name: 'Základní síť', validFromYear: '2020', validToYear: '2019' }
			}).event
		);
		expect(years.value).toMatchObject({
			status: 400,
			data: { errors: { validToYear: ['Konec platnosti nesmí být dřív než začátek.'] } }
		});
	});
});

describe('public pages', () => {
	it('lists regions with published networks and shows one with filters and totals', async () => {
		const l = await call(list.load, fakeEvent({ url: 'http://localhost/sit' }).event);
		const groups = (l.value as { groups: { networks: { year: number }[] }[] }).groups;
		expect(groups[0].networks.map((n) => n.year)).toEqual([2017, 2016]);
		const d = await call(
			detail.load,
			fakeEvent({ params: { id: n2017 }, url: `http://localhost/sit/${n2017}?druh=39` }).event
		);
		const data = d.value as {
			total: number;
			totals: { entries: number; fte: number; beds: number; optimalSubsidy: number };
			groups: { category: string; kinds: { kind: string }[] }[];
		};
		expect(data.total).toBe(1);
		expect(data.groups[0].kinds[0].kind).toBe('§ 39 Osobní asistence');
		expect(data.totals).toMatchObject({
			entries: 3,
			fte: 5.5,
			beds: 40,
			optimalSubsidy: 1_250_000
		});
		const bad = await call(detail.load, fakeEvent({ params: { id: 'nic' } }).event);
		expect(status(bad.thrown)).toBe(404);
	});

	it('exports the network as XLSX in the regional layout', async () => {
		const res = (await (xlsx.GET as unknown as Loose)(
			fakeEvent({ params: { id: n2017 } }).event
		)) as Response;
		expect(res.headers.get('content-type')).toContain('spreadsheetml');
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(await res.arrayBuffer());
		const sheet = book.worksheets[0];
		expect(sheet.getRow(1).getCell(1).value).toBe('ID služby (identifikátor)');
		expect(sheet.getRow(1).getCell(14).value).toBe('Spolufinancování obcí (Kč)');
		const rows = sheet.getSheetValues().slice(2) as unknown[][];
		const asistence = rows.find((r) => r[4] === 'Osobní asistence Liberec')!;
		expect(asistence[5]).toBe('§ 39 Osobní asistence');
		expect(asistence[6]).toBe('terénní');
		expect(asistence[7]).toBe(3);
		expect(asistence[9]).toBe('ORP Liberec 100 %');
		expect(asistence[10]).toBe('Základní síť');
		expect(asistence[12] ?? null).toBeNull();
		const domov = rows.find((r) => r[4] === 'Domov pro seniory Liberec')!;
		expect(domov[8]).toBe(40);
		expect(domov[12]).toBe(1_250_000);
		// one row per form of the rehabilitation service (ambulantní + terénní)
		expect(rows.filter((r) => r[4] === 'Sociální rehabilitace Liberec')).toHaveLength(2);
	});

	it('compares two years: entered, changed, 400 without the other year', async () => {
		const c = await call(
			compare.load,
			fakeEvent({
				params: { id: n2017 },
				url: `http://localhost/sit/${n2017}/porovnani?s=${n2016}`
			}).event
		);
		const data = c.value as { entered: { name: string }[]; left: unknown[]; unchanged: number };
		expect(data.entered.map((e) => e.name)).toEqual(['Sociální rehabilitace Liberec']);
		expect(data.left).toEqual([]);
		expect(data.unchanged).toBe(2);
		const missing = await call(
			compare.load,
			fakeEvent({ params: { id: n2017 }, url: `http://localhost/sit/${n2017}/porovnani` }).event
		);
		expect(status(missing.thrown)).toBe(400);
	});
});

describe('/api/v1/networks', () => {
	it('lists and reads networks publicly; entries are paginated', async () => {
		const res = await callEndpoint(api.GET as RequestHandler, {
			url: '/api/v1/networks?year=2017'
		});
		expect(res.status).toBe(200);
		expect((res.json.items as { year: number }[]).map((n) => n.year)).toEqual([2017]);
		const one = await callEndpoint(apiOne.GET as RequestHandler, {
			url: `/api/v1/networks/${n2017}`,
			params: { id: n2017 }
		});
		expect(one.json).toMatchObject({ status: 'published', year: 2017 });
		const entries = await callEndpoint(apiEntries.GET as RequestHandler, {
			url: `/api/v1/networks/${n2017}/entries?per_page=2`,
			params: { id: n2017 }
		});
		expect(entries.json).toMatchObject({ total: 3, per_page: 2 });
		expect((entries.json.items as unknown[]).length).toBe(2);
	});

	it('POST answers 401, 403 and 400 with Czech messages; 201 for the kraj coordinator', async () => {
		const body = { region_id: f.kraj, year: 2019, copy_previous: true };
		const anon = await callEndpoint(api.POST as RequestHandler, {
			url: '/api/v1/networks',
			method: 'POST',
			body,
			actor: ANONYMOUS
		});
		expect(anon.status).toBe(401);
		const forbidden = await callEndpoint(api.POST as RequestHandler, {
			url: '/api/v1/networks',
			method: 'POST',
			body,
			actor: f.otherCoordinator
		});
		expect(forbidden.status).toBe(403);
		const bad = await callEndpoint(api.POST as RequestHandler, {
			url: '/api/v1/networks',
			method: 'POST',
			body: { region_id: f.kraj, year: 'x' },
			actor: f.krajCoordinator
		});
		expect(bad.status).toBe(400);
		const ok = await callEndpoint(api.POST as RequestHandler, {
			url: '/api/v1/networks',
			method: 'POST',
			body,
			actor: f.krajCoordinator
		});
		expect(ok.status).toBe(201);
		const id = (ok.json as { id: string }).id;
		const entry = await callEndpoint(apiEntries.POST as RequestHandler, {
			url: `/api/v1/networks/${id}/entries`,
			method: 'POST',
			params: { id },
			body: {
				planned_name: 'Osobní asistence Frýdlant',
				kind_code: '39',
				category_id: f.categories.zakladni,
				capacity: { ter: 1 },
				territory: [{ level: 'orp', code: '5105', share_percent: 50 }]
			},
			actor: f.krajCoordinator
		});
		expect(entry.status).toBe(400);
		expect(JSON.stringify(entry.json)).toContain('100 %');
		const anonEntry = await callEndpoint(apiEntries.POST as RequestHandler, {
			url: `/api/v1/networks/${id}/entries`,
			method: 'POST',
			params: { id },
			body: { category_id: f.categories.zakladni, capacity: {} }
		});
		expect(anonEntry.status).toBe(401);
		// the draft is not public
		const hidden = await callEndpoint(apiOne.GET as RequestHandler, {
			url: `/api/v1/networks/${id}`,
			params: { id }
		});
		expect(hidden.status).toBe(404);
	});
});
