import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { systemActor, type Actor } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { areas, createPerson } from '#lib/modules/organisation/index.ts';
import { GET } from './+server.ts';

useTestDatabase();

let areaId: string, coordinator: Actor, member: Actor;
beforeAll(async () => {
	const [area] = await db()
		.insert(areas)
		.values({ kind: 'orp', name: 'ORP Liberec', code: '5105' })
		.returning();
	areaId = area.id;
	coordinator = (await createTestUser({ grants: [{ role: 'coordinator', areaId }] })).actor;
	member = (await createTestUser({ grants: [{ role: 'member', bodyId: areaId }] })).actor;
	for (const [firstName, lastName] of [
		['Jana', 'Urbanová'],
		['Olga', 'Merglová'],
		['Petr', 'Hampacher']
	]) {
		await createPerson(systemActor('t'), {
			firstName,
			lastName,
			triadRole: 'poskytovatel',
			areaId
		});
	}
});

describe('GET /api/v1/people', () => {
	it('401 anonymous, 400 without the area, 403 for non-coordinators', async () => {
		expect((await callEndpoint(GET, { url: `/api/v1/people?area=${areaId}` })).status).toBe(401);
		const noArea = await callEndpoint(GET, { url: '/api/v1/people', actor: coordinator });
		expect(noArea.status).toBe(400);
		expect(noArea.json.errors).toEqual({ area: ['Toto pole je povinné.'] });
		expect(
			(await callEndpoint(GET, { url: `/api/v1/people?area=${areaId}`, actor: member })).status
		).toBe(403);
	});

	it('lists the area’s people by surname, paginated and searchable', async () => {
		const res = await callEndpoint(GET, {
			url: `/api/v1/people?area=${areaId}&per_page=2`,
			actor: coordinator
		});
		expect(res.status).toBe(200);
		expect(res.json).toMatchObject({ total: 3, per_page: 2 });
		expect((res.json.items as { lastName: string }[]).map((p) => p.lastName)).toEqual([
			'Hampacher',
			'Merglová'
		]);
		expect((res.json.items as object[])[0]).toMatchObject({
			name: 'Petr Hampacher',
			publishName: false,
			hasAccount: false
		});
		const q = await callEndpoint(GET, {
			url: `/api/v1/people?area=${areaId}&q=urbanova`,
			actor: coordinator
		});
		expect(q.json.total).toBe(1);
	});
});
