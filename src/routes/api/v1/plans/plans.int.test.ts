import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { changePlanStatus, createPlan, createPriority } from '#lib/modules/plans/index.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the plans module, kept out of its public door
import { planFixture, type PlanFixture } from '#lib/modules/plans/plan.testing.server.ts';
import * as collection from './+server.ts';
import * as item from './[id]/+server.ts';
import * as versionsApi from './[id]/versions/+server.ts';

useTestDatabase();

let f: PlanFixture;
let planId: string;

beforeAll(async () => {
	f = await planFixture();
	const plan = await createPlan(f.coordinator, {
		areaId: f.area,
		kind: 'komunitni_plan',
		title: 'Plán přes API',
		periodFrom: 2022,
		periodTo: 2024,
		responsibleBodyId: f.steering
	});
	planId = plan.id;
	await createPriority(f.coordinator, planId, { title: 'Priorita' });
});

describe('/api/v1/plans', () => {
	it('GET list: public sees only public plans, the coordinator also theirs', async () => {
		const anon = await callEndpoint(collection.GET, { url: '/api/v1/plans' });
		expect(anon.status).toBe(200);
		expect((anon.json.items as unknown[]).length).toBe(0);
		const mine = await callEndpoint(collection.GET, {
			url: '/api/v1/plans?per_page=5',
			actor: f.coordinator
		});
		expect(mine.json).toMatchObject({ page: 1, per_page: 5, total: 1 });
		const bad = await callEndpoint(collection.GET, { url: '/api/v1/plans?status=nic' });
		expect(bad.status).toBe(400);
	});

	it('POST: 401 anonymous, 403 wrong role, 400 bad period, 201 with the tree', async () => {
		const body = {
			areaId: f.area,
			kind: 'other',
			title: 'Z API',
			periodFrom: 2023,
			periodTo: 2025
		};
		expect(
			(await callEndpoint(collection.POST, { url: '/api/v1/plans', method: 'POST', body })).status
		).toBe(401);
		expect(
			(
				await callEndpoint(collection.POST, {
					url: '/api/v1/plans',
					method: 'POST',
					body,
					actor: f.member
				})
			).status
		).toBe(403);
		const bad = await callEndpoint(collection.POST, {
			url: '/api/v1/plans',
			method: 'POST',
			body: { ...body, periodTo: 2020 },
			actor: f.coordinator
		});
		expect(bad.status).toBe(400);
		const ok = await callEndpoint(collection.POST, {
			url: '/api/v1/plans',
			method: 'POST',
			body,
			actor: f.coordinator
		});
		expect(ok.status).toBe(201);
		expect(ok.json).toMatchObject({ title: 'Z API', status: 'preparation', priorities: [] });
		expect(ok.headers.get('location')).toBe(`/api/v1/plans/${ok.json.id}`);
	});

	it('GET/PATCH one plan: 401, 403, 404, 400, 409 and the full tree', async () => {
		const url = `/api/v1/plans/${planId}`;
		const params = { id: planId };
		expect((await callEndpoint(item.GET, { url, params })).status).toBe(401);
		expect((await callEndpoint(item.GET, { url, params, actor: f.otherCoordinator })).status).toBe(
			403
		);
		expect(
			(await callEndpoint(item.GET, { url, params: { id: 'x' }, actor: f.coordinator })).status
		).toBe(400);
		const tree = await callEndpoint(item.GET, { url, params, actor: f.member });
		expect(tree.status).toBe(200);
		expect((tree.json.priorities as unknown[]).length).toBe(1);
		const body = {
			kind: 'komunitni_plan',
			title: 'Přejmenovaný',
			periodFrom: 2022,
			periodTo: 2024,
			version: 1
		};
		expect((await callEndpoint(item.PATCH, { url, params, method: 'PATCH', body })).status).toBe(
			401
		);
		expect(
			(await callEndpoint(item.PATCH, { url, params, method: 'PATCH', body, actor: f.manager }))
				.status
		).toBe(403);
		expect(
			(
				await callEndpoint(item.PATCH, {
					url,
					params,
					method: 'PATCH',
					body: { ...body, title: '' },
					actor: f.coordinator
				})
			).status
		).toBe(400);
		const ok = await callEndpoint(item.PATCH, {
			url,
			params,
			method: 'PATCH',
			body,
			actor: f.coordinator
		});
		expect(ok.json).toMatchObject({ title: 'Přejmenovaný', version: 2 });
		expect(
			(await callEndpoint(item.PATCH, { url, params, method: 'PATCH', body, actor: f.coordinator }))
				.status
		).toBe(409);
	});

	it('versions: list and comparison; 401/403/400', async () => {
		await changePlanStatus(f.coordinator, planId, { to: 'draft', version: 2 });
		const url = `/api/v1/plans/${planId}/versions`;
		const params = { id: planId };
		expect((await callEndpoint(versionsApi.GET, { url, params })).status).toBe(401);
		expect((await callEndpoint(versionsApi.GET, { url, params, actor: f.provider })).status).toBe(
			403
		);
		expect(
			(
				await callEndpoint(versionsApi.GET, {
					url: `${url}?a=0&b=live`,
					params,
					actor: f.coordinator
				})
			).status
		).toBe(400);
		const ok = await callEndpoint(versionsApi.GET, {
			url: `${url}?a=1&b=live`,
			params,
			actor: f.coordinator
		});
		expect(ok.status).toBe(200);
		expect(ok.json.items).toMatchObject([{ versionNo: 1, status: 'draft' }]);
		expect(ok.json.comparison).toMatchObject({ a: 1, b: 'live', hasChanges: false });
	});
});
