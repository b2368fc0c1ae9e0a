import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { areas } from '#lib/modules/organisation/index.ts';
import { GET as list } from './+server.ts';
import { GET as detail } from './[id]/+server.ts';

useTestDatabase();

let krajId: string;

beforeAll(async () => {
	const [kraj] = await db()
		.insert(areas)
		.values({ kind: 'kraj', name: 'Zlínský kraj', code: '141', ico: '70891320' })
		.returning();
	krajId = kraj.id;
	await db()
		.insert(areas)
		.values(
			Array.from({ length: 29 }, (_, i) => ({
				kind: 'obec' as const,
				name: `Obec ${String(i + 1).padStart(2, '0')}`,
				code: String(500000 + i),
				parentId: krajId
			}))
		);
});

describe('GET /api/v1/areas', () => {
	it('is public and paginated with the standard envelope', async () => {
		const first = await callEndpoint(list, { url: '/api/v1/areas' });
		expect(first.status).toBe(200);
		expect(first.json).toMatchObject({ page: 1, per_page: 25, total: 30 });
		expect(first.json.items).toHaveLength(25);
		const last = await callEndpoint(list, { url: '/api/v1/areas?page=2&per_page=25' });
		expect(last.json.items).toHaveLength(5);
		const beyond = await callEndpoint(list, { url: '/api/v1/areas?page=9' });
		expect(beyond.status).toBe(200);
		expect(beyond.json.items).toEqual([]);
	});

	it('presents areas with explicit fields and ISO timestamps', async () => {
		const res = await callEndpoint(list, { url: '/api/v1/areas?per_page=100' });
		const items = res.json.items as Record<string, unknown>[];
		const kraj = items.find((a) => a.id === krajId);
		expect(kraj).toMatchObject({
			kind: 'kraj',
			name: 'Zlínský kraj',
			code: '141',
			ico: '70891320',
			parentId: null
		});
		expect(String(kraj?.createdAt)).toMatch(/^\d{4}-\d\d-\d\dT/);
		expect(Object.keys(kraj ?? {})).not.toContain('version');
		expect(items.filter((a) => a.parentId === krajId)).toHaveLength(29);
	});

	it.each([
		['page=0', 'page', 'Hodnota musí být alespoň 1.'],
		['page=abc', 'page', 'Zadejte číslo.'],
		['per_page=101', 'per_page', 'Hodnota může být nejvýše 100.']
	])('rejects %s with a Czech 400', async (query, field, message) => {
		const res = await callEndpoint(list, { url: `/api/v1/areas?${query}` });
		expect(res.status).toBe(400);
		expect(res.headers.get('content-type')).toBe('application/problem+json');
		expect(res.json.errors).toEqual({ [field]: [message] });
	});
});

describe('GET /api/v1/areas/{id}', () => {
	it('returns one area', async () => {
		const res = await callEndpoint(detail, {
			url: `/api/v1/areas/${krajId}`,
			params: { id: krajId }
		});
		expect(res.status).toBe(200);
		expect(res.json).toMatchObject({ id: krajId, name: 'Zlínský kraj' });
	});

	it('answers 404 for an unknown id and 400 for a malformed one', async () => {
		const missing = 'a0e1b6d2-3c4f-4a5b-8c6d-7e8f9a0b1c2d';
		const notFound = await callEndpoint(detail, {
			url: `/api/v1/areas/${missing}`,
			params: { id: missing }
		});
		expect(notFound.status).toBe(404);
		expect(notFound.json).toMatchObject({ status: 404, detail: 'Území nebylo nalezeno.' });
		const bad = await callEndpoint(detail, { url: '/api/v1/areas/123', params: { id: '123' } });
		expect(bad.status).toBe(400);
		expect(bad.json.errors).toEqual({ id: ['Neplatný identifikátor.'] });
	});
});

describe('GET /api/v1/areas filters', () => {
	it('filters by kind, parent and name, and rejects an unknown kind', async () => {
		const kraje = await callEndpoint(list, { url: '/api/v1/areas?kind=kraj' });
		expect(kraje.json).toMatchObject({ total: 1, items: [{ id: krajId }] });
		const children = await callEndpoint(list, { url: `/api/v1/areas?parent=${krajId}&per_page=5` });
		expect(children.json).toMatchObject({ total: 29, per_page: 5 });
		const named = await callEndpoint(list, { url: '/api/v1/areas?q=obec%2007' });
		expect(named.json).toMatchObject({ total: 1, items: [{ name: 'Obec 07' }] });
		const bad = await callEndpoint(list, { url: '/api/v1/areas?kind=stat' });
		expect(bad.status).toBe(400);
		expect(Object.keys(bad.json.errors as object)).toEqual(['kind']);
	});
});
