import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the network module, kept out of its public door
import {
	callBody,
	intentionBody,
	intentionFixture,
	type IntentionFixture
} from '#lib/modules/network/intention.testing.server.ts';
import * as calls from '../calls/+server.ts';
import * as call from '../calls/[id]/+server.ts';
import * as collection from './+server.ts';
import * as item from './[id]/+server.ts';
import * as statement from './[id]/statement/+server.ts';
import * as decision from './[id]/decision/+server.ts';

useTestDatabase();

let f: IntentionFixture;
let callId: string;
let intentionId: string;
const nextYear = Number(pragueDay().slice(0, 4)) + 1;

beforeAll(async () => {
	f = await intentionFixture();
});

describe('/api/v1/calls', () => {
	it('POST: 401, 403, 400, 201; GET list and one', async () => {
		const body = callBody(f);
		const post = (actor?: typeof f.provider, b: unknown = body) =>
			callEndpoint(calls.POST, { url: '/api/v1/calls', method: 'POST', body: b, actor });
		expect((await post()).status).toBe(401);
		expect((await post(f.planCoordinator)).status).toBe(403);
		const bad = await post(f.krajCoordinator, { ...body, opensOn: 'zítra' });
		expect(bad.status).toBe(400);
		const created = await post(f.krajCoordinator);
		expect(created.status).toBe(201);
		callId = created.json.id as string;
		expect(created.json.criteria).toHaveLength(2);
		expect((await callEndpoint(calls.GET, { url: '/api/v1/calls' })).status).toBe(401);
		const list = await callEndpoint(calls.GET, {
			url: '/api/v1/calls?open=true',
			actor: f.provider
		});
		expect(list.json.total).toBe(1);
		const one = await callEndpoint(call.GET, {
			url: `/api/v1/calls/${callId}`,
			params: { id: callId },
			actor: f.provider
		});
		expect(one.json.state).toBe('open');
	});
});

describe('/api/v1/intentions', () => {
	it('POST: 401, 403, 400 (expired plan in Czech), 201', async () => {
		const body = intentionBody(f, callId);
		const post = (actor?: typeof f.provider, b: unknown = body) =>
			callEndpoint(collection.POST, { url: '/api/v1/intentions', method: 'POST', body: b, actor });
		expect((await post()).status).toBe(401);
		expect((await post(f.otherCoordinator)).status).toBe(403);
		const expired = await post(f.provider, { ...body, measureId: f.expiredMeasure });
		expect(expired.status).toBe(400);
		expect(JSON.stringify(expired.json)).toMatch(/období skončilo/);
		const created = await post(f.provider);
		expect(created.status).toBe(201);
		intentionId = created.json.id as string;
		expect(created.json.capacity).toEqual([{ form: 'pob', unit: 'beds', delta: 30 }]);
		const list = await callEndpoint(collection.GET, {
			url: '/api/v1/intentions?status=submitted',
			actor: f.krajCoordinator
		});
		expect(list.json.total).toBe(1);
		expect(
			(
				await callEndpoint(item.GET, {
					url: `/api/v1/intentions/${intentionId}`,
					params: { id: intentionId },
					actor: f.otherCoordinator
				})
			).status
		).toBe(403);
	});

	it('statement: 401, 403 Czech for a foreign coordinator, 400, 200', async () => {
		const url = `/api/v1/intentions/${intentionId}/statement`;
		const body = { verdict: 'consistent', reasons: 'V souladu s opatřením 1.1.', version: 1 };
		const post = (actor?: typeof f.provider, b: unknown = body) =>
			callEndpoint(statement.POST, {
				url,
				method: 'POST',
				params: { id: intentionId },
				body: b,
				actor
			});
		expect((await post()).status).toBe(401);
		const foreign = await post(f.otherCoordinator);
		expect(foreign.status).toBe(403);
		expect(JSON.stringify(foreign.json)).toMatch(/koordinátor území/);
		expect((await post(f.planCoordinator, { ...body, verdict: 'ano' })).status).toBe(400);
		const ok = await post(f.planCoordinator);
		expect(ok.status).toBe(200);
		expect(ok.json.status).toBe('stated');
	});

	it('decision: 401, 403, 400 without a resolution, 200 approved', async () => {
		const url = `/api/v1/intentions/${intentionId}/decision`;
		const body = {
			outcome: 'approved',
			categoryCode: 'rozvojova',
			fromYear: nextYear,
			decisionRef: 'usnesení č. 12/25',
			decidedOn: pragueDay(),
			version: 2
		};
		const post = (actor?: typeof f.provider, b: unknown = body) =>
			callEndpoint(decision.POST, {
				url,
				method: 'POST',
				params: { id: intentionId },
				body: b,
				actor
			});
		expect((await post()).status).toBe(401);
		expect((await post(f.planCoordinator)).status).toBe(403);
		const noRef = await post(f.krajCoordinator, { ...body, decisionRef: ' ' });
		expect(noRef.status).toBe(400);
		expect(JSON.stringify(noRef.json)).toMatch(/usnesení/);
		const ok = await post(f.krajCoordinator);
		expect(ok.status).toBe(200);
		expect(ok.json.status).toBe('approved');
		expect((ok.json.decision as { fromYear: number }).fromYear).toBe(nextYear);
	});
});
