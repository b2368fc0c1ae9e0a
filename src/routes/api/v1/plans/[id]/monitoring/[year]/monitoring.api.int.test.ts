import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the plans module, kept out of its public door
import {
	monitoringFixture,
	type MonitoringFixture
} from '#lib/modules/plans/monitoring.testing.server.ts';
import { closeMonitoringYear } from '#lib/modules/plans/index.ts';
import { GET, PUT } from './+server.ts';
import { GET as evaluation } from '../../evaluation/[file]/+server.ts';

useTestDatabase();

let f: MonitoringFixture;
beforeAll(async () => {
	f = await monitoringFixture();
});

const url = (year: string) => `/api/v1/plans/${f.planId}/monitoring/${year}`;

describe('GET/PUT /api/v1/plans/{id}/monitoring/{year}', () => {
	it('401 anonymous, 403 stranger, 400 bad year, 404 outside the period', async () => {
		expect(
			(await callEndpoint(GET, { url: url('2023'), params: { id: f.planId, year: '2023' } })).status
		).toBe(401);
		expect(
			(
				await callEndpoint(GET, {
					url: url('2023'),
					params: { id: f.planId, year: '2023' },
					actor: f.otherMember
				})
			).status
		).toBe(403);
		expect(
			(
				await callEndpoint(GET, {
					url: url('20x'),
					params: { id: f.planId, year: '20x' },
					actor: f.coordinator
				})
			).status
		).toBe(400);
		expect(
			(
				await callEndpoint(GET, {
					url: url('2030'),
					params: { id: f.planId, year: '2030' },
					actor: f.coordinator
				})
			).status
		).toBe(404);
	});

	it('records a measure (manager), refuses a wrong unit (400) and another group (403), returns the roll-up', async () => {
		const body = {
			measureId: f.seniorMeasure,
			status: 'in_progress',
			progress: 50,
			indicators: [{ indicatorId: f.indicatorId, actual: 130, unit: 'lůžka' }],
			actualCosts: [{ source: 'state_101a', amount: 250000 }]
		};
		const params = { id: f.planId, year: '2023' };
		const anon = await callEndpoint(PUT, { url: url('2023'), method: 'PUT', params, body });
		expect(anon.status).toBe(401);
		const wrongUnit = await callEndpoint(PUT, {
			url: url('2023'),
			method: 'PUT',
			params,
			actor: f.manager,
			body: { ...body, indicators: [{ indicatorId: f.indicatorId, actual: 130, unit: 'osoby' }] }
		});
		expect(wrongUnit.status).toBe(400);
		expect(JSON.stringify(wrongUnit.json.errors)).toContain('lůžka');
		const badBody = await callEndpoint(PUT, {
			url: url('2023'),
			method: 'PUT',
			params,
			actor: f.manager,
			body: { ...body, progress: 'hodně' }
		});
		expect(badBody.status).toBe(400);
		const other = await callEndpoint(PUT, {
			url: url('2023'),
			method: 'PUT',
			params,
			actor: f.manager,
			body: { measureId: f.familyMeasure, status: 'not_started', progress: 0 }
		});
		expect(other.status).toBe(403);
		const ok = await callEndpoint(PUT, {
			url: url('2023'),
			method: 'PUT',
			params,
			actor: f.manager,
			body
		});
		expect(ok.status).toBe(200);
		const m = (
			ok.json.measures as {
				measureId: string;
				version: number;
				status: string;
				actualCosts: unknown[];
			}[]
		).find((x) => x.measureId === f.seniorMeasure)!;
		expect(m.status).toBe('in_progress');
		expect(m.actualCosts).toEqual([{ source: 'state_101a', amount: 250000 }]);
		// 1.1 at 50 % and 2.1 (active in 2023, not recorded yet) at 0 % → 25 %.
		expect(ok.json.progress).toBe(25);
		const stale = await callEndpoint(PUT, {
			url: url('2023'),
			method: 'PUT',
			params,
			actor: f.manager,
			body: { ...body, version: m.version + 5 }
		});
		expect(stale.status).toBe(409);
		const read = await callEndpoint(GET, { url: url('2023'), params, actor: f.member });
		expect(read.status).toBe(200);
		expect(read.json.state).toBe('open');
	});
});

describe('GET /api/v1/plans/{id}/evaluation/{year}.{docx|pdf|xlsx}', () => {
	it('serves each format with its content type; the public only closed years', async () => {
		const params = (file: string) => ({ id: f.planId, file });
		const x = await callEndpoint(evaluation, {
			url: '/x',
			params: params('2023.xlsx'),
			actor: f.coordinator
		});
		expect(x.status).toBe(200);
		expect(x.headers.get('content-type')).toContain('spreadsheetml');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(x.bytes as never);
		expect(wb.worksheets.map((s) => s.name)).toEqual([
			'Souhrn',
			'Opatření',
			'Ukazatele',
			'Financování'
		]);
		expect(
			(
				await callEndpoint(evaluation, {
					url: '/x',
					params: params('2023.pdf'),
					actor: f.coordinator
				})
			).headers.get('content-type')
		).toBe('application/pdf');
		expect(
			(await callEndpoint(evaluation, { url: '/x', params: params('2023.docx') })).status
		).toBe(404);
		await closeMonitoringYear(f.coordinator, f.planId, 2023);
		const pub = await callEndpoint(evaluation, { url: '/x', params: params('2023.docx') });
		expect(pub.status).toBe(200);
		expect(pub.headers.get('content-type')).toContain('wordprocessingml');
		expect((await callEndpoint(evaluation, { url: '/x', params: params('2023.txt') })).status).toBe(
			400
		);
	});
});
