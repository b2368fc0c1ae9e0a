import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { openSurvey, submitPublicResponse } from '#lib/modules/participation/index.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the surveys, kept out of the public door
import * as fx from '#lib/modules/participation/survey.testing.server.ts';
import * as collection from './+server.ts';
import * as item from './[id]/+server.ts';
import * as results from './[id]/results/+server.ts';
import * as csv from './[id]/responses.csv/+server.ts';
import * as xlsx from './[id]/responses.xlsx/+server.ts';

useTestDatabase();

let f: fx.SurveyFixture;
let s: fx.BuiltSurvey;

beforeAll(async () => {
	f = await fx.surveyFixture();
	s = await fx.buildTestSurvey(f.coordinator, f.area);
});

describe('/api/v1/surveys', () => {
	it('list: public sees open surveys only; managed needs a coordinator; bad query 400', async () => {
		const anon = await callEndpoint(collection.GET, { url: '/api/v1/surveys' });
		expect(anon.json).toMatchObject({ total: 0, items: [] });
		const managed = await callEndpoint(collection.GET, {
			url: '/api/v1/surveys?scope=managed',
			actor: f.coordinator
		});
		expect(managed.json).toMatchObject({ total: 1 });
		expect((managed.json.items as { status: string }[])[0].status).toBe('draft');
		expect(
			(await callEndpoint(collection.GET, { url: '/api/v1/surveys?scope=managed' })).status
		).toBe(401);
		expect(
			(
				await callEndpoint(collection.GET, {
					url: '/api/v1/surveys?scope=managed',
					actor: f.member
				})
			).status
		).toBe(403);
		expect((await callEndpoint(collection.GET, { url: '/api/v1/surveys?scope=x' })).status).toBe(
			400
		);
	});

	it('definition: a draft is 404 for the public, visible to its coordinator', async () => {
		const url = `/api/v1/surveys/${s.id}`;
		expect((await callEndpoint(item.GET, { url, params: { id: s.id } })).status).toBe(404);
		const mine = await callEndpoint(item.GET, { url, params: { id: s.id }, actor: f.coordinator });
		expect(mine.status).toBe(200);
		expect((mine.json.sections as unknown[]).length).toBe(2);
		expect((await callEndpoint(item.GET, { url, params: { id: 'x' } })).status).toBe(400);
		await openSurvey(f.coordinator, s.id);
		expect((await callEndpoint(item.GET, { url, params: { id: s.id } })).status).toBe(200);
	});

	it('results and exports: 401, 403, 400, then correct data', async () => {
		await submitPublicResponse(
			ANONYMOUS,
			s.id,
			fx.answerForm(s, { age: '65 a více', scale: 4, services: ['osobní asistence'] }),
			'10.1.1.1'
		);
		const params = { id: s.id };
		const url = `/api/v1/surveys/${s.id}/results`;
		expect((await callEndpoint(results.GET, { url, params })).status).toBe(401);
		expect(
			(await callEndpoint(results.GET, { url, params, actor: f.otherCoordinator })).status
		).toBe(403);
		expect(
			(await callEndpoint(results.GET, { url: `${url}?filter=nic`, params, actor: f.coordinator }))
				.status
		).toBe(400);
		const ok = await callEndpoint(results.GET, { url, params, actor: f.coordinator });
		expect(ok.status).toBe(200);
		expect(ok.json.respondents).toBe(1);

		for (const [handler, file] of [
			[csv.GET, 'responses.csv'],
			[xlsx.GET, 'responses.xlsx']
		] as const) {
			const path = `/api/v1/surveys/${s.id}/${file}`;
			expect((await callEndpoint(handler, { url: path, params })).status).toBe(401);
			expect((await callEndpoint(handler, { url: path, params, actor: f.member })).status).toBe(
				403
			);
			expect(
				(await callEndpoint(handler, { url: path, params: { id: 'x' }, actor: f.coordinator }))
					.status
			).toBe(400);
			const res = await callEndpoint(handler, { url: path, params, actor: f.coordinator });
			expect(res.status).toBe(200);
			expect(res.headers.get('content-disposition')).toContain('attachment');
			if (file.endsWith('csv')) {
				expect(res.text).toContain('osobní asistence');
			} else {
				expect(res.bytes.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
			}
		}
	});
});
