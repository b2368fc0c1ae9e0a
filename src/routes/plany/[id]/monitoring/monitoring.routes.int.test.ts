import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { ANONYMOUS, type Actor } from '#lib/platform/access/actor.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the plans module, kept out of its public door
import {
	monitoringFixture,
	type MonitoringFixture
} from '#lib/modules/plans/monitoring.testing.server.ts';
import { load as overviewLoad } from './+page.server.ts';
import { actions as yearActions, load as yearLoad } from './[rok]/+page.server.ts';
import { actions as reportActions, load as reportLoad } from '../hodnoceni/[rok]/+page.server.ts';
import { load as reportsLoad } from '../hodnoceni/+page.server.ts';
import { GET as docx } from '../hodnoceni/[rok]/zprava.docx/+server.ts';
import { GET as xlsx } from '../hodnoceni/[rok]/zprava.xlsx/+server.ts';
import { GET as pdf } from '../hodnoceni/[rok]/zprava.pdf/+server.ts';

useTestDatabase();

let f: MonitoringFixture;
beforeAll(async () => {
	f = await monitoringFixture();
});

type Thrown = { status?: number; location?: string; body?: { message?: string } };
const statusOf = (r: { value?: unknown; thrown?: unknown }) =>
	(r.thrown as Thrown | undefined)?.status ?? (r.value as { status?: number } | undefined)?.status;

function run(
	fn: (e: never) => unknown,
	actor: Actor,
	params: Record<string, string>,
	url = 'http://localhost/x',
	form?: Record<string, string | string[]>
) {
	const { event, jar } = fakeEvent({ actor, params, url, form });
	return { result: outcome(() => fn(event as never)), jar };
}

async function file(
	handler: (e: never) => Response | Promise<Response>,
	actor: Actor,
	params: Record<string, string>
) {
	try {
		return await handler({ params, locals: { actor }, url: new URL('http://localhost/') } as never);
	} catch (caught) {
		const status = (caught as Thrown).status;
		if (!status) throw caught;
		return new Response((caught as Thrown).body?.message ?? '', { status });
	}
}

describe('/plany/[id]/monitoring pages', () => {
	it('sends the anonymous to the login page (401 equivalent) and refuses strangers (403)', async () => {
		const anon = await run(overviewLoad as never, ANONYMOUS, { id: f.planId }).result;
		expect((anon.thrown as Thrown).location).toContain('/prihlaseni');
		const stranger = await run(yearLoad as never, f.otherMember, { id: f.planId, rok: '2023' })
			.result;
		expect(statusOf(stranger)).toBe(403);
		const outside = await run(yearLoad as never, f.coordinator, { id: f.planId, rok: '2031' })
			.result;
		expect(statusOf(outside)).toBe(404);
	});

	it('shows the manager the form of their measure only', async () => {
		const own = await run(
			yearLoad as never,
			f.manager,
			{ id: f.planId, rok: '2023' },
			`http://localhost/x?opatreni=${f.seniorMeasure}`
		).result;
		const data = own.value as { editing: { id: string; indicators: { unit: string }[] } | null };
		expect(data.editing?.id).toBe(f.seniorMeasure);
		expect(data.editing?.indicators[0].unit).toBe('lůžka');
		const other = await run(
			yearLoad as never,
			f.manager,
			{ id: f.planId, rok: '2023' },
			`http://localhost/x?opatreni=${f.familyMeasure}`
		).result;
		expect((other.value as { editing: unknown }).editing).toBeNull();
	});

	it('records through the form: 400 with field errors, 403 for another group, then success with a flash', async () => {
		const form = {
			measureId: f.seniorMeasure,
			status: 'done',
			progress: '80',
			comment: '',
			version: '',
			[`indicator.${f.indicatorId}.actual`]: '140',
			[`indicator.${f.indicatorId}.unit`]: 'osoby',
			'cost.region': 'abc',
			'link.label': '',
			'link.url': ''
		};
		const bad = await run(
			yearActions.record as never,
			f.manager,
			{ id: f.planId, rok: '2023' },
			'http://localhost/x',
			{ ...form, 'cost.region': '' }
		).result;
		expect(statusOf(bad)).toBe(400);
		const errors = (bad.value as { data: { errors: Record<string, string[]> } }).data.errors;
		expect(errors.progress).toEqual(['Splněné opatření má plnění 100 %.']);
		const badCost = await run(
			yearActions.record as never,
			f.manager,
			{ id: f.planId, rok: '2023' },
			'http://localhost/x',
			{ ...form, progress: '100' }
		).result;
		expect(statusOf(badCost)).toBe(400);
		expect(
			(badCost.value as { data: { errors: Record<string, string[]> } }).data.errors['cost.region']
		).toEqual(['Zadejte číslo, např. 1 234,50.']);

		const unit = await run(
			yearActions.record as never,
			f.manager,
			{ id: f.planId, rok: '2023' },
			'http://localhost/x',
			{ ...form, progress: '100', 'cost.region': '' }
		).result;
		expect(statusOf(unit)).toBe(400);
		expect(
			(unit.value as { data: { errors: Record<string, string[]> } }).data.errors[
				`indicator.${f.indicatorId}.unit`
			][0]
		).toContain('lůžka');

		const forbidden = await run(
			yearActions.record as never,
			f.manager,
			{ id: f.planId, rok: '2023' },
			'http://localhost/x',
			{ ...form, measureId: f.familyMeasure }
		).result;
		expect(statusOf(forbidden)).toBe(403);

		const anon = await run(
			yearActions.record as never,
			ANONYMOUS,
			{ id: f.planId, rok: '2023' },
			'http://localhost/x',
			form
		).result;
		expect(statusOf(anon)).toBe(401);

		const ok = run(
			yearActions.record as never,
			f.manager,
			{ id: f.planId, rok: '2023' },
			'http://localhost/x',
			{
				...form,
				progress: '100',
				'cost.region': '50 000',
				[`indicator.${f.indicatorId}.unit`]: 'lůžka'
			}
		);
		const done = await ok.result;
		expect(statusOf(done)).toBe(303);
		expect((done.thrown as Thrown).location).toBe(
			`/plany/${f.planId}/monitoring/2023#opatreni-${f.seniorMeasure}`
		);
		expect([...ok.jar.keys()].length).toBeGreaterThan(0);
	});

	it('lets only the coordinator close and reopen', async () => {
		const closeByManager = await run(
			yearActions.close as never,
			f.manager,
			{ id: f.planId, rok: '2024' },
			'http://localhost/x',
			{ version: '' }
		).result;
		expect(statusOf(closeByManager)).toBe(403);
		const closed = await run(
			yearActions.close as never,
			f.coordinator,
			{ id: f.planId, rok: '2024' },
			'http://localhost/x',
			{ version: '' }
		).result;
		expect(statusOf(closed)).toBe(303);
		const noReason = await run(
			yearActions.reopen as never,
			f.coordinator,
			{ id: f.planId, rok: '2024' },
			'http://localhost/x',
			{ reason: '', version: '2' }
		).result;
		expect(statusOf(noReason)).toBe(400);
		const view = (await run(yearLoad as never, f.coordinator, { id: f.planId, rok: '2024' }).result)
			.value as { state: string; yearVersion: number };
		expect(view.state).toBe('closed');
		const reopened = await run(
			yearActions.reopen as never,
			f.coordinator,
			{ id: f.planId, rok: '2024' },
			'http://localhost/x',
			{ reason: 'Oprava údajů', version: String(view.yearVersion) }
		).result;
		expect(statusOf(reopened)).toBe(303);
	});
});

describe('/plany/[id]/hodnoceni pages and downloads', () => {
	it('lists the years, shows the report, saves texts (403 for the manager, 400 for too long text)', async () => {
		const list = (await run(reportsLoad as never, f.member, { id: f.planId }).result).value as {
			years: unknown[];
		};
		expect(list.years).toHaveLength(3);
		const page = (
			await run(reportLoad as never, f.coordinator, { id: f.planId, rok: '2023' }).result
		).value as { canEdit: boolean; report: { year: number } };
		expect(page.canEdit).toBe(true);
		expect(page.report.year).toBe(2023);
		const forbidden = await run(
			reportActions.default as never,
			f.manager,
			{ id: f.planId, rok: '2023' },
			'http://localhost/x',
			{ introduction: 'x', summary: '' }
		).result;
		expect(statusOf(forbidden)).toBe(403);
		const tooLong = await run(
			reportActions.default as never,
			f.coordinator,
			{ id: f.planId, rok: '2023' },
			'http://localhost/x',
			{ introduction: 'x'.repeat(20001), summary: '' }
		).result;
		expect(statusOf(tooLong)).toBe(400);
		const saved = await run(
			reportActions.default as never,
			f.coordinator,
			{ id: f.planId, rok: '2023' },
			'http://localhost/x',
			{ introduction: 'Úvod 2023', summary: '' }
		).result;
		expect(statusOf(saved)).toBe(303);
	});

	it('downloads DOCX/XLSX/PDF for readers; the public only closed years; 400 for a bad id', async () => {
		const res = await file(docx as never, f.member, { id: f.planId, rok: '2023' });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-disposition')).toContain('hodnotici-zprava-2023.docx');
		const xml = await (
			await JSZip.loadAsync(await res.arrayBuffer())
		)
			.file('word/document.xml')!
			.async('string');
		expect(xml).toContain('Úvod 2023');
		expect(xml).toContain('NÁVRH');

		const x = await file(xlsx as never, f.coordinator, { id: f.planId, rok: '2023' });
		expect(x.headers.get('content-type')).toContain('spreadsheetml');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await x.arrayBuffer()) as never);
		expect(wb.getWorksheet('Opatření')!.getRow(2).getCell(2).value).toBe('1.1');

		expect(
			(await file(pdf as never, f.coordinator, { id: f.planId, rok: '2023' })).headers.get(
				'content-type'
			)
		).toBe('application/pdf');
		expect((await file(docx as never, ANONYMOUS, { id: f.planId, rok: '2023' })).status).toBe(404);
		expect((await file(docx as never, ANONYMOUS, { id: f.draftPlanId, rok: '2025' })).status).toBe(
			404
		);
		expect((await file(docx as never, ANONYMOUS, { id: 'nope', rok: '2023' })).status).toBe(400);
		expect((await file(docx as never, ANONYMOUS, { id: f.planId, rok: '20x3' })).status).toBe(400);
	});
});
