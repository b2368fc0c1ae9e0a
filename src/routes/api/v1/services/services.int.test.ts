/** /api/v1/services and /api/v1/providers: lists, details, POST (coordinator), PATCH (coordinator / provider → 202). */
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor, RoleGrant } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { organisations } from '#lib/modules/organisation/index.ts';
import { providers, services } from '#lib/modules/catalogue/index.ts';
/* eslint-disable no-restricted-imports -- test-only fixture of the catalogue module */
import {
	createCatalogueFixture,
	type CatalogueFixture
} from '#lib/modules/catalogue/hsds.testing.server.ts';
/* eslint-enable no-restricted-imports */
import { GET as list, POST as create } from './+server.ts';
import { GET as detail, PATCH as patch } from './[id]/+server.ts';
import { GET as providerList } from '../providers/+server.ts';
import { GET as providerDetail } from '../providers/[id]/+server.ts';

useTestDatabase();

const user = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Test',
	email: 't@souhra.example',
	grants
});

let f: CatalogueFixture;
let coordinator: Actor;
let provider: Actor;
let otherProvider: Actor;
let member: Actor;
let ico: string;

const body = (over: Record<string, unknown> = {}) => ({
	ico,
	name: 'Dluhová poradna města',
	kindText: 'dluhové poradenství',
	city: 'Liberec',
	territory: 'orp:5103',
	forms: ['amb'],
	...over
});

beforeAll(async () => {
	const [org, other] = await db()
		.insert(organisations)
		.values([
			{ name: 'Pohoda', type: 'poskytovatel' },
			{ name: 'Jiná', type: 'poskytovatel' }
		])
		.returning({ id: organisations.id });
	f = await createCatalogueFixture({ organisationId: org.id });
	coordinator = user({ role: 'coordinator', areaId: randomUUID() });
	provider = user({ role: 'provider', organisationId: org.id });
	otherProvider = user({ role: 'provider', organisationId: other.id });
	member = user({ role: 'member', bodyId: randomUUID() });
	[{ ico }] = (await db()
		.select({ ico: providers.ico })
		.from(providers)
		.where(eq(providers.id, f.providerB))) as { ico: string }[];
});

describe('GET /api/v1/services', () => {
	it('lists active services with filters (public)', async () => {
		const all = await callEndpoint(list, { url: '/api/v1/services' });
		expect(all.status).toBe(200);
		expect(all.json.total).toBe(2);
		const byKind = await callEndpoint(list, { url: '/api/v1/services?kind=49' });
		expect((byKind.json.items as { id: string }[]).map((s) => s.id)).toEqual([f.homeId]);
		const byKraj = await callEndpoint(list, { url: '/api/v1/services?kraj=80' });
		expect((byKraj.json.items as { id: string }[]).map((s) => s.id)).toEqual([f.adviceId]);
		const byOrp = await callEndpoint(list, { url: '/api/v1/services?orp=5103&text=pohoda' });
		expect((byOrp.json.items as { id: string }[]).map((s) => s.id)).toEqual([f.homeId]);
		const ended = await callEndpoint(list, { url: '/api/v1/services?status=ended' });
		expect((ended.json.items as { id: string }[]).map((s) => s.id)).toEqual([f.endedId]);
	});

	it('rejects bad filters with 400', async () => {
		for (const q of ['kind=999', 'kraj=x', 'orp=12', 'status=zrusena', 'per_page=500']) {
			const res = await callEndpoint(list, { url: `/api/v1/services?${q}` });
			expect(res.status, q).toBe(400);
		}
	});

	it('returns the full detail, 404 for unknown', async () => {
		const res = await callEndpoint(detail, {
			url: `/api/v1/services/${f.homeId}`,
			params: { id: f.homeId }
		});
		expect(res.status).toBe(200);
		expect(res.json).toMatchObject({
			id: f.homeId,
			kindLabel: '§ 49 Domovy pro seniory',
			nonRegistered: false,
			forms: [{ form: 'pob', continuous: true }],
			capacities: [{ form: 'pob', unit: 'luzka', count: 40 }]
		});
		expect(res.json.facilities).toHaveLength(2);
		const missing = await callEndpoint(detail, {
			url: `/api/v1/services/${randomUUID()}`,
			params: { id: randomUUID() }
		});
		expect(missing.status).toBe(404);
		const bad = await callEndpoint(detail, { url: '/api/v1/services/x', params: { id: 'x' } });
		expect(bad.status).toBe(400);
	});
});

describe('GET /api/v1/providers', () => {
	it('searches and returns one provider with its services', async () => {
		const res = await callEndpoint(providerList, { url: '/api/v1/providers?q=pohoda' });
		expect(res.status).toBe(200);
		expect(res.json.items).toEqual([expect.objectContaining({ id: f.providerA, serviceCount: 1 })]);
		const one = await callEndpoint(providerDetail, {
			url: `/api/v1/providers/${f.providerA}`,
			params: { id: f.providerA }
		});
		expect((one.json.services as { id: string }[]).map((s) => s.id)).toEqual([f.homeId]);
		expect((await callEndpoint(providerList, { url: '/api/v1/providers?page=0' })).status).toBe(
			400
		);
	});
});

describe('POST /api/v1/services', () => {
	it('needs a signed-in coordinator and valid input', async () => {
		expect(
			(await callEndpoint(create, { url: '/api/v1/services', method: 'POST', body: body() })).status
		).toBe(401);
		expect(
			(
				await callEndpoint(create, {
					url: '/api/v1/services',
					method: 'POST',
					body: body(),
					actor: member
				})
			).status
		).toBe(403);
		expect(
			(
				await callEndpoint(create, {
					url: '/api/v1/services',
					method: 'POST',
					body: body(),
					actor: provider
				})
			).status
		).toBe(403);
		const bad = await callEndpoint(create, {
			url: '/api/v1/services',
			method: 'POST',
			body: body({ ico: '12345678' }),
			actor: coordinator
		});
		expect(bad.status).toBe(400);
		expect(bad.json.errors).toHaveProperty('ico');
	});

	it('creates a non-registered service (201 + Location)', async () => {
		const res = await callEndpoint(create, {
			url: '/api/v1/services',
			method: 'POST',
			body: body(),
			actor: coordinator
		});
		expect(res.status).toBe(201);
		expect(res.headers.get('location')).toBe(`/api/v1/services/${res.json.id}`);
		expect(res.json).toMatchObject({
			source: 'manual',
			nonRegistered: true,
			kindLabel: 'dluhové poradenství',
			providerId: f.providerB,
			version: 1
		});
	});
});

describe('PATCH /api/v1/services/{id}', () => {
	it('401 anonymous, 403 other provider, 400 bad input, 400 fields a provider may not change', async () => {
		const url = `/api/v1/services/${f.homeId}`;
		const params = { id: f.homeId };
		expect(
			(await callEndpoint(patch, { url, params, method: 'PATCH', body: { description: 'x' } }))
				.status
		).toBe(401);
		expect(
			(
				await callEndpoint(patch, {
					url,
					params,
					method: 'PATCH',
					body: { description: 'x' },
					actor: otherProvider
				})
			).status
		).toBe(403);
		expect(
			(
				await callEndpoint(patch, {
					url,
					params,
					method: 'PATCH',
					body: { email: 'nope' },
					actor: provider
				})
			).status
		).toBe(400);
		expect(
			(
				await callEndpoint(patch, {
					url,
					params,
					method: 'PATCH',
					body: { name: 'Jiný název' },
					actor: provider
				})
			).status
		).toBe(400);
		expect(
			(
				await callEndpoint(patch, {
					url,
					params,
					method: 'PATCH',
					body: { version: 'x' },
					actor: provider
				})
			).status
		).toBe(400);
	});

	it('a provider proposes an edit: 202, nothing public changes', async () => {
		const res = await callEndpoint(patch, {
			url: `/api/v1/services/${f.homeId}`,
			params: { id: f.homeId },
			method: 'PATCH',
			body: { description: 'Navržený popis' },
			actor: provider
		});
		expect(res.status).toBe(202);
		expect(res.json).toMatchObject({
			status: 'pending',
			changes: { description: 'Navržený popis' }
		});
		const publicView = await callEndpoint(detail, {
			url: `/api/v1/services/${f.homeId}`,
			params: { id: f.homeId }
		});
		expect(publicView.json.description).not.toBe('Navržený popis');
	});

	it('a coordinator edits a non-registered service (200) with locking (409)', async () => {
		const created = await callEndpoint(create, {
			url: '/api/v1/services',
			method: 'POST',
			body: body({ name: 'K úpravě' }),
			actor: coordinator
		});
		const id = String(created.json.id);
		const ok = await callEndpoint(patch, {
			url: `/api/v1/services/${id}`,
			params: { id },
			method: 'PATCH',
			body: { ...body({ name: 'Upraveno' }), version: 1 },
			actor: coordinator
		});
		expect(ok.status).toBe(200);
		expect(ok.json).toMatchObject({ name: 'Upraveno', version: 2 });
		const stale = await callEndpoint(patch, {
			url: `/api/v1/services/${id}`,
			params: { id },
			method: 'PATCH',
			body: { ...body({ name: 'Znovu' }), version: 1 },
			actor: coordinator
		});
		expect(stale.status).toBe(409);
		const [row] = await db().select().from(services).where(eq(services.id, id));
		expect(row.name).toBe('Upraveno');
	});
});
