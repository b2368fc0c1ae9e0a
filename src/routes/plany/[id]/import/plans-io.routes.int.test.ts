/**
 * Route tests of the plans-io pages and files: import, action plans, the plan DOCX, the generic
 * template and the API (401 anonymous, 403 wrong role, 400 bad input, and the happy paths).
 */
import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { ForbiddenError } from '#lib/platform/http/errors.ts';
import { localStorage, setStorage } from '#lib/platform/files/files.storage.server.ts';
import { createPlan } from '#lib/modules/plans/index.ts';
import { createArea } from '#lib/modules/organisation/index.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { systemActor, type Actor } from '#lib/platform/access/actor.ts';
import * as importPage from './+page.server.ts';
import * as templateRoute from './sablona.xlsx/+server.ts';
import * as genericTemplate from '../../sablona-planu.xlsx/+server.ts';
import * as planDocx from '../plan.docx/+server.ts';
import * as apList from '../akcni-plany/+page.server.ts';
import * as apDetail from '../akcni-plany/[rok]/+page.server.ts';
import * as apXlsx from '../akcni-plany/[rok]/akcni-plan.xlsx/+server.ts';
import * as apiDocx from '../../../api/v1/plans/[id]/export.docx/+server.ts';
import * as apiActionPlan from '../../../api/v1/plans/[id]/action-plans/[year]/+server.ts';

useTestDatabase();

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, event: unknown) => outcome(() => (fn as Loose)(event));
const http = (fn: unknown, event: unknown) =>
	outcome(async () => (await (fn as Loose)(event)) as Response);

let f: { coordinator: Actor; plain: Actor };
let root: string;
let planId: string;
let base: string;

function multipart(actor: Actor | undefined, file: File | null) {
	const body = new FormData();
	if (file) body.append('file', file);
	const { event, jar } = fakeEvent({ actor, params: { id: planId }, url: `${base}/import` });
	return {
		jar,
		event: { ...event, request: new Request(`${base}/import?/upload`, { method: 'POST', body }) }
	};
}

beforeAll(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'souhra-io-routes-'));
	setStorage(localStorage(root));
	const area = await createArea(systemActor('t'), { kind: 'orp', territory: 'orp:5105' });
	f = {
		coordinator: (await createTestUser({ grants: [{ role: 'coordinator', areaId: area.id }] }))
			.actor,
		plain: (await createTestUser()).actor
	};
	const plan = await createPlan(f.coordinator, {
		areaId: area.id,
		kind: 'komunitni_plan',
		title: 'Plán 2022–2024',
		periodFrom: 2022,
		periodTo: 2024
	});
	planId = plan.id;
	base = `http://localhost/plany/${planId}`;
});

afterAll(async () => {
	setStorage(undefined);
	await rm(root, { recursive: true, force: true });
});

describe('/plany/[id]/import', () => {
	it('401 → login, 403 for a member, 400 without a file, preview and confirm', async () => {
		const anon = await call(
			importPage.load,
			fakeEvent({ params: { id: planId }, url: `${base}/import` }).event
		);
		expect(anon.thrown).toMatchObject({
			status: 303,
			location: expect.stringMatching(/^\/prihlaseni/)
		});
		const member = await call(
			importPage.load,
			fakeEvent({ actor: f.plain, params: { id: planId }, url: `${base}/import` }).event
		);
		expect(member.thrown).toBeInstanceOf(ForbiddenError);
		expect(
			(await call(importPage.actions.upload, multipart(undefined, null).event)).value
		).toMatchObject({ status: 401 });
		expect(
			(await call(importPage.actions.upload, multipart(f.plain, null).event)).value
		).toMatchObject({ status: 403 });
		expect(
			(await call(importPage.actions.upload, multipart(f.coordinator, null).event)).value
		).toMatchObject({
			status: 400,
			data: { errors: { file: ['Vyberte soubor XLSX s vyplněnou šablonou.'] } }
		});
		const wb = new ExcelJS.Workbook();
		wb.addWorksheet('Priority').addRows([
			['Číslo', 'Název'],
			['1', 'Priorita']
		]);
		wb.addWorksheet('Opatření').addRows([
			['Číslo', 'Číslo priority', 'Název', 'Od roku', 'Do roku', 'Druhy služeb'],
			['1.1', '1', 'Opatření', 2022, 2023, '§ 49']
		]);
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		const file = new File([bytes as BlobPart], 'plán.xlsx', {
			type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		});
		const uploaded = await call(importPage.actions.upload, multipart(f.coordinator, file).event);
		const location = (uploaded.thrown as { location: string }).location;
		expect(location).toMatch(/\/import\?soubor=[0-9a-f-]{36}#nahled$/);
		const fileId = /soubor=([0-9a-f-]{36})/.exec(location)![1];
		const page = (
			await call(
				importPage.load,
				fakeEvent({
					actor: f.coordinator,
					params: { id: planId },
					url: `${base}/import?soubor=${fileId}`
				}).event
			)
		).value as { preview: { errors: unknown[]; counts: { measures: number } } };
		expect(page.preview).toMatchObject({ errors: [], counts: { measures: 1 } });
		expect(
			(
				await call(
					importPage.actions.confirm,
					fakeEvent({ actor: f.coordinator, params: { id: planId }, form: {} }).event
				)
			).value
		).toMatchObject({ status: 400 });
		const done = await call(
			importPage.actions.confirm,
			fakeEvent({ actor: f.coordinator, params: { id: planId }, form: { fileId } }).event
		);
		expect(done.thrown).toMatchObject({ status: 303, location: `/plany/${planId}` });
	});

	it('templates: the plan template needs plans.manage; the generic one is public', async () => {
		expect(
			(await http(templateRoute.GET, fakeEvent({ params: { id: planId } }).event)).thrown
		).toMatchObject({ status: 401 });
		expect(
			(await http(templateRoute.GET, fakeEvent({ actor: f.plain, params: { id: planId } }).event))
				.thrown
		).toMatchObject({ status: 403 });
		expect(
			(await http(templateRoute.GET, fakeEvent({ params: { id: 'x' } }).event)).thrown
		).toMatchObject({ status: 400 });
		const ok = (
			await http(
				templateRoute.GET,
				fakeEvent({ actor: f.coordinator, params: { id: planId } }).event
			)
		).value as Response;
		expect(ok.headers.get('content-disposition')).toContain('2022-2024.xlsx');
		const generic = (await http(genericTemplate.GET, fakeEvent({}).event)).value as Response;
		expect(generic.status).toBe(200);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(await generic.arrayBuffer());
		const year = new Date().getFullYear() + 1;
		const headers = (wb.getWorksheet('Opatření')!.getRow(1).values as string[]).filter(Boolean);
		expect(headers).toContain(`${year} státní rozpočet`);
		expect(headers).toContain(`${year + 2} jiné`);
	});
});

describe('/plany/[id]/akcni-plany', () => {
	it('list and create: 401/403/400, then the year page and its XLSX', async () => {
		const anon = await call(
			apList.load,
			fakeEvent({ params: { id: planId }, url: `${base}/akcni-plany` }).event
		);
		expect(anon.thrown).toMatchObject({ status: 303 });
		expect(
			(
				await call(
					apList.load,
					fakeEvent({ actor: f.plain, params: { id: planId }, url: `${base}/akcni-plany` }).event
				)
			).thrown
		).toBeInstanceOf(ForbiddenError);
		const create = (actor: Actor | undefined, form: Record<string, string>) =>
			call(apList.actions.default, fakeEvent({ actor, params: { id: planId }, form }).event);
		expect((await create(undefined, { year: '2023' })).value).toMatchObject({ status: 401 });
		expect((await create(f.plain, { year: '2023' })).value).toMatchObject({ status: 403 });
		expect((await create(f.coordinator, { year: '2030' })).value).toMatchObject({
			status: 400,
			data: { errors: { year: ['Rok 2030 je mimo období plánu 2022–2024.'] } }
		});
		const ok = await create(f.coordinator, { year: '2023' });
		expect(ok.thrown).toMatchObject({ status: 303, location: `/plany/${planId}/akcni-plany/2023` });

		const detail = (
			await call(
				apDetail.load,
				fakeEvent({
					actor: f.coordinator,
					params: { id: planId, rok: '2023' },
					url: `${base}/akcni-plany/2023`
				}).event
			)
		).value as { actionPlan: { version: number }; items: unknown[]; canManage: boolean };
		expect(detail).toMatchObject({ canManage: true, items: [{ number: '1.1' }] });
		expect(
			(
				await call(
					apDetail.load,
					fakeEvent({ params: { id: planId, rok: '2023' }, url: `${base}/akcni-plany/2023` }).event
				)
			).thrown
		).toMatchObject({ status: 303, location: expect.stringMatching(/^\/prihlaseni/) });
		expect(
			(
				await call(
					apDetail.load,
					fakeEvent({ actor: f.coordinator, params: { id: planId, rok: 'abc' } }).event
				)
			).thrown
		).toMatchObject({ status: 400 });
		const approve = (actor: Actor | undefined, form: Record<string, string>) =>
			call(
				apDetail.actions.approve,
				fakeEvent({ actor, params: { id: planId, rok: '2023' }, form }).event
			);
		const version = String(detail.actionPlan.version);
		expect((await approve(undefined, { version })).value).toMatchObject({ status: 401 });
		expect((await approve(f.plain, { version })).value).toMatchObject({ status: 403 });
		expect((await approve(f.coordinator, { version, approvedOn: 'včera' })).value).toMatchObject({
			status: 400
		});
		expect(
			(await approve(f.coordinator, { version, approvedByLabel: 'Rada', approvedOn: '2023-01-10' }))
				.thrown
		).toMatchObject({ status: 303 });

		const xlsx = (
			await http(
				apXlsx.GET,
				fakeEvent({ actor: f.coordinator, params: { id: planId, rok: '2023' } }).event
			)
		).value as Response;
		expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
		expect(
			(await http(apXlsx.GET, fakeEvent({ params: { id: planId, rok: '2023' } }).event)).thrown
		).toMatchObject({ status: 401 });
		expect(
			(await http(apXlsx.GET, fakeEvent({ params: { id: planId, rok: '20x3' } }).event)).thrown
		).toMatchObject({ status: 400 });
	});
});

describe('plan DOCX and API', () => {
	it('page route and API: 401 / 403 / 400 / 200', async () => {
		expect(
			(await http(planDocx.GET, fakeEvent({ params: { id: planId } }).event)).thrown
		).toMatchObject({ status: 401 });
		expect(
			(await http(planDocx.GET, fakeEvent({ actor: f.plain, params: { id: planId } }).event)).thrown
		).toMatchObject({
			status: 403
		});
		expect(
			(await http(planDocx.GET, fakeEvent({ params: { id: 'nope' } }).event)).thrown
		).toMatchObject({ status: 400 });
		const docx = (
			await http(planDocx.GET, fakeEvent({ actor: f.coordinator, params: { id: planId } }).event)
		).value as Response;
		expect(docx.headers.get('content-type')).toContain('wordprocessingml');

		const url = `/api/v1/plans/${planId}/export.docx`;
		expect((await callEndpoint(apiDocx.GET, { url, params: { id: planId } })).status).toBe(401);
		expect(
			(await callEndpoint(apiDocx.GET, { url, params: { id: planId }, actor: f.plain })).status
		).toBe(403);
		expect(
			(await callEndpoint(apiDocx.GET, { url, params: { id: 'x' }, actor: f.coordinator })).status
		).toBe(400);
		const ok = await callEndpoint(apiDocx.GET, {
			url,
			params: { id: planId },
			actor: f.coordinator
		});
		expect(ok.status).toBe(200);
		expect(ok.bytes.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));

		const apUrl = `/api/v1/plans/${planId}/action-plans/2023`;
		const params = { id: planId, year: '2023' };
		expect((await callEndpoint(apiActionPlan.GET, { url: apUrl, params })).status).toBe(401);
		expect(
			(await callEndpoint(apiActionPlan.GET, { url: apUrl, params, actor: f.plain })).status
		).toBe(403);
		expect(
			(
				await callEndpoint(apiActionPlan.GET, {
					url: apUrl,
					params: { id: planId, year: 'x' },
					actor: f.coordinator
				})
			).status
		).toBe(400);
		expect(
			(
				await callEndpoint(apiActionPlan.GET, {
					url: apUrl,
					params: { id: planId, year: '2024' },
					actor: f.coordinator
				})
			).status
		).toBe(404);
		const json = await callEndpoint(apiActionPlan.GET, {
			url: apUrl,
			params,
			actor: f.coordinator
		});
		expect(json.status).toBe(200);
		expect(json.json).toMatchObject({
			year: 2023,
			status: 'approved',
			approvedOn: '2023-01-10',
			items: [{ number: '1.1', measureNumber: '1.1', activityId: null, effectiveCost: 0 }]
		});
	});
});
