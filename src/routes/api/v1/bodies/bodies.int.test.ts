import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { systemActor, type Actor } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { addMembership, areas, createBody, createPerson } from '#lib/modules/organisation/index.ts';
import { GET as list } from './+server.ts';
import { GET as detail } from './[id]/+server.ts';
import { GET as members } from './[id]/members/+server.ts';

useTestDatabase();

const sys = systemActor('t');
let areaId: string, otherArea: string, bodyId: string, coordinator: Actor;
beforeAll(async () => {
	const rows = await db()
		.insert(areas)
		.values([
			{ kind: 'orp', name: 'ORP Liberec', code: '5105' },
			{ kind: 'orp', name: 'ORP Jablonec', code: '5104' }
		])
		.returning();
	[areaId, otherArea] = [rows[0].id, rows[1].id];
	coordinator = (await createTestUser({ grants: [{ role: 'coordinator', areaId }] })).actor;
	const ps = await createBody(sys, {
		areaId,
		kind: 'working_group',
		name: 'PS Senioři',
		code: 'SEN',
		maxMonthsBetweenMeetings: 2,
		noMeetingMonths: ['7', '8']
	});
	await createBody(sys, { areaId, kind: 'steering_group', name: 'Řídící skupina', code: 'ŘS' });
	await createBody(sys, {
		areaId: otherArea,
		kind: 'working_group',
		name: 'PS Jablonec',
		code: 'PS'
	});
	bodyId = ps.id;
	const open = await createPerson(sys, {
		firstName: 'Jana',
		lastName: 'Urbanová',
		position: 'manažerka',
		triadRole: 'poskytovatel',
		publishName: true,
		areaId
	});
	const shy = await createPerson(sys, {
		firstName: 'Tajný',
		lastName: 'Člen',
		position: 'zástupce uživatelů',
		triadRole: 'uzivatel',
		areaId
	});
	await addMembership(sys, { bodyId, personId: open.id, role: 'vedouci', validFrom: '2024-01-01' });
	await addMembership(sys, { bodyId, personId: shy.id, role: 'clen', validFrom: '2024-01-01' });
});

describe('GET /api/v1/bodies', () => {
	it('is public, filters by area (steering group first) and validates the query', async () => {
		const all = await callEndpoint(list, { url: '/api/v1/bodies' });
		expect(all.json.total).toBe(3);
		const one = await callEndpoint(list, { url: `/api/v1/bodies?area=${areaId}` });
		expect((one.json.items as { code: string }[]).map((b) => b.code)).toEqual(['ŘS', 'SEN']);
		expect((one.json.items as object[])[1]).toMatchObject({
			statute: { maxMonthsBetweenMeetings: 2, noMeetingMonths: [7, 8], invitationLeadDays: 7 }
		});
		const kind = await callEndpoint(list, { url: '/api/v1/bodies?kind=steering_group' });
		expect(kind.json.total).toBe(1);
		expect((await callEndpoint(list, { url: '/api/v1/bodies?area=x' })).status).toBe(400);
	});

	it('GET /api/v1/bodies/{id}: 200, 404, 400', async () => {
		const ok = await callEndpoint(detail, {
			url: `/api/v1/bodies/${bodyId}`,
			params: { id: bodyId }
		});
		expect(ok.json).toMatchObject({ id: bodyId, name: 'PS Senioři', code: 'SEN' });
		const missing = 'a0e1b6d2-3c4f-4a5b-8c6d-7e8f9a0b1c2d';
		const nf = await callEndpoint(detail, {
			url: `/api/v1/bodies/${missing}`,
			params: { id: missing }
		});
		expect(nf.status).toBe(404);
		expect(nf.json.detail).toBe('Skupina nebyla nalezena.');
		expect(
			(await callEndpoint(detail, { url: '/api/v1/bodies/1', params: { id: '1' } })).status
		).toBe(400);
	});
});

describe('GET /api/v1/bodies/{id}/members', () => {
	it('hides names without consent from the public but not from the coordinator', async () => {
		const pub = await callEndpoint(members, {
			url: `/api/v1/bodies/${bodyId}/members`,
			params: { id: bodyId }
		});
		expect(pub.status).toBe(200);
		expect(pub.json.items).toEqual([
			expect.objectContaining({
				name: 'Jana Urbanová',
				role: 'vedouci',
				personId: null,
				nameHidden: false
			}),
			expect.objectContaining({
				name: 'zástupce uživatelů',
				role: 'clen',
				personId: null,
				nameHidden: true,
				position: null
			})
		]);
		const full = await callEndpoint(members, {
			url: `/api/v1/bodies/${bodyId}/members`,
			params: { id: bodyId },
			actor: coordinator
		});
		expect((full.json.items as { name: string }[]).map((r) => r.name)).toEqual([
			'Jana Urbanová',
			'Tajný Člen'
		]);
		expect((full.json.items as { personId: string | null }[])[1].personId).not.toBeNull();
	});

	it('counts members on a given day and rejects a malformed date', async () => {
		const before = await callEndpoint(members, {
			url: `/api/v1/bodies/${bodyId}/members?on=2023-12-31`,
			params: { id: bodyId }
		});
		expect(before.json.total).toBe(0);
		const bad = await callEndpoint(members, {
			url: `/api/v1/bodies/${bodyId}/members?on=31.12.2023`,
			params: { id: bodyId }
		});
		expect(bad.status).toBe(400);
	});
});
