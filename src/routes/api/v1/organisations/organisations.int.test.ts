import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import type { Actor } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { areas } from '#lib/modules/organisation/index.ts';
import { GET as list, POST as create } from './+server.ts';
import { GET as detail, PATCH as patch } from './[id]/+server.ts';

useTestDatabase();

let coordinator: Actor, plain: Actor;
beforeAll(async () => {
	const [area] = await db()
		.insert(areas)
		.values({ kind: 'orp', name: 'ORP Liberec', code: '5105' })
		.returning();
	coordinator = (await createTestUser({ grants: [{ role: 'coordinator', areaId: area.id }] }))
		.actor;
	plain = (await createTestUser()).actor;
});

const body = { name: 'Statutární město Liberec', ico: '262978', type: 'obec', city: 'Liberec' };

describe('/api/v1/organisations', () => {
	it('401 anonymous, 403 without the coordinator role, 400 with Czech field errors', async () => {
		expect((await callEndpoint(list, { url: '/api/v1/organisations' })).status).toBe(401);
		const denied = await callEndpoint(create, {
			url: '/api/v1/organisations',
			method: 'POST',
			actor: plain,
			body
		});
		expect(denied.status).toBe(403);
		const bad = await callEndpoint(create, {
			url: '/api/v1/organisations',
			method: 'POST',
			actor: coordinator,
			body: { ...body, ico: '00262979', postcode: '4600' }
		});
		expect(bad.status).toBe(400);
		expect(bad.json.errors).toEqual({
			ico: ['IČO musí mít 8 číslic a platnou kontrolní číslici.'],
			postcode: ['PSČ má 5 číslic (např. 460 01).']
		});
		const wrongType = await callEndpoint(create, {
			url: '/api/v1/organisations',
			method: 'POST',
			actor: coordinator,
			body: { ...body, type: 'firma' }
		});
		expect(wrongType.status).toBe(400);
	});

	it('creates (201 + Location), lists with search and filter, reads one', async () => {
		const created = await callEndpoint(create, {
			url: '/api/v1/organisations',
			method: 'POST',
			actor: coordinator,
			body
		});
		expect(created.status).toBe(201);
		expect(created.json).toMatchObject({
			name: body.name,
			ico: '00262978',
			type: 'obec',
			version: 1
		});
		expect(created.headers.get('location')).toBe(`/api/v1/organisations/${created.json.id}`);
		const dup = await callEndpoint(create, {
			url: '/api/v1/organisations',
			method: 'POST',
			actor: coordinator,
			body
		});
		expect(dup.status).toBe(400);
		expect(dup.json.errors).toEqual({ ico: [expect.stringContaining('už je vedena')] });

		const found = await callEndpoint(list, {
			url: '/api/v1/organisations?q=statutarni&type=obec',
			actor: plain
		});
		expect(found.json).toMatchObject({ total: 1, page: 1, per_page: 25 });
		const none = await callEndpoint(list, { url: '/api/v1/organisations?type=nno', actor: plain });
		expect(none.json.total).toBe(0);
		const badSort = await callEndpoint(list, { url: '/api/v1/organisations?sort=x', actor: plain });
		expect(badSort.status).toBe(400);
		const one = await callEndpoint(detail, {
			url: `/api/v1/organisations/${created.json.id}`,
			params: { id: String(created.json.id) },
			actor: plain
		});
		expect(one.json).toMatchObject({ id: created.json.id, city: 'Liberec' });
		const missing = await callEndpoint(detail, {
			url: '/api/v1/organisations/a0e1b6d2-3c4f-4a5b-8c6d-7e8f9a0b1c2d',
			params: { id: 'a0e1b6d2-3c4f-4a5b-8c6d-7e8f9a0b1c2d' },
			actor: plain
		});
		expect(missing.status).toBe(404);
	});

	it('PATCH changes only the given fields and needs the current version (409 otherwise)', async () => {
		const created = await callEndpoint(create, {
			url: '/api/v1/organisations',
			method: 'POST',
			actor: coordinator,
			body: { name: 'Domov Sluneční', type: 'poskytovatel', email: 'info@domov.cz' }
		});
		const id = String(created.json.id);
		const noVersion = await callEndpoint(patch, {
			url: `/api/v1/organisations/${id}`,
			method: 'PATCH',
			params: { id },
			actor: coordinator,
			body: { phone: '485 000 000' }
		});
		expect(noVersion.status).toBe(400);
		const ok = await callEndpoint(patch, {
			url: `/api/v1/organisations/${id}`,
			method: 'PATCH',
			params: { id },
			actor: coordinator,
			body: { phone: '485 000 000', version: 1 }
		});
		expect(ok.status).toBe(200);
		expect(ok.json).toMatchObject({ phone: '485 000 000', email: 'info@domov.cz', version: 2 });
		const stale = await callEndpoint(patch, {
			url: `/api/v1/organisations/${id}`,
			method: 'PATCH',
			params: { id },
			actor: coordinator,
			body: { phone: '1', version: 1 }
		});
		expect(stale.status).toBe(409);
		expect(stale.headers.get('content-type')).toBe('application/problem+json');
		const forbidden = await callEndpoint(patch, {
			url: `/api/v1/organisations/${id}`,
			method: 'PATCH',
			params: { id },
			actor: plain,
			body: { phone: '1', version: 2 }
		});
		expect(forbidden.status).toBe(403);
	});
});
