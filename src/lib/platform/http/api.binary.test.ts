import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import './validation.ts';
import type { Actor } from '../access/actor.ts';
import { defineEndpoint } from './api.server.ts';
import { listOperations } from './api.registry.ts';
import { callEndpoint } from './api.testing.server.ts';
import { buildOpenApiDocument } from './openapi.server.ts';
import { NotFoundError } from './errors.ts';

const user: Actor = { kind: 'user', userId: 'u1', name: 'Jana', email: 'jana@obec.cz', grants: [] };
const PDF = new TextEncoder().encode('%PDF-1.7 test');

let returned: unknown = { data: PDF, filename: 'zápis-ŘPS.pdf' };
const file = defineEndpoint({
	method: 'GET',
	path: '/api/v1/test/files/{id}.pdf',
	summary: 'Test',
	tags: ['Test'],
	auth: 'user',
	params: z.object({ id: z.uuid() }),
	binary: { contentType: 'application/pdf', description: 'Zápis jako PDF.' },
	errors: [404],
	handler: async ({ params }) => {
		if (params.id.startsWith('0000')) throw new NotFoundError('Nic tu není.');
		return returned as { data: Uint8Array; filename: string };
	}
});

const ID = '11111111-1111-4111-8111-111111111111';

describe('defineEndpoint with a binary response', () => {
	it('sends the bytes with type, length, a Czech file name and no caching', async () => {
		const res = await callEndpoint(file, {
			url: `/api/v1/test/files/${ID}.pdf`,
			params: { id: ID },
			actor: user
		});
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/pdf');
		expect(res.headers.get('content-length')).toBe(String(PDF.byteLength));
		expect(res.headers.get('content-disposition')).toContain(
			"filename*=UTF-8''z%C3%A1pis-%C5%98PS.pdf"
		);
		expect(res.headers.get('cache-control')).toBe('no-store');
		expect(res.text).toBe('%PDF-1.7 test');
	});

	it('keeps problem+json errors: 401, 400 and 404', async () => {
		const anon = await callEndpoint(file, { url: '/x', params: { id: ID } });
		expect(anon.status).toBe(401);
		expect(anon.headers.get('content-type')).toBe('application/problem+json');
		const bad = await callEndpoint(file, { url: '/x', params: { id: 'nope' }, actor: user });
		expect(bad.status).toBe(400);
		const missing = await callEndpoint(file, {
			url: '/x',
			params: { id: '00000000-0000-4000-8000-000000000000' },
			actor: user
		});
		expect(missing.status).toBe(404);
		expect(missing.json.detail).toBe('Nic tu není.');
	});

	it('turns a handler that returns no file into a 500, not a broken download', async () => {
		returned = { filename: 'x.pdf' };
		const res = await callEndpoint(file, { url: '/x', params: { id: ID }, actor: user });
		expect(res.status).toBe(500);
		returned = { data: PDF, filename: 'zápis-ŘPS.pdf' };
	});

	it('is documented as a binary body of its media type', () => {
		const op = listOperations().find((o) => o.path === '/api/v1/test/files/{id}.pdf')!;
		const doc = buildOpenApiDocument([op], { version: '0' }) as {
			paths: Record<string, { get: { responses: Record<string, Record<string, unknown>> } }>;
		};
		const ok = doc.paths['/api/v1/test/files/{id}.pdf'].get.responses['200'];
		expect(ok).toMatchObject({
			description: 'Zápis jako PDF.',
			content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
			headers: { 'Content-Disposition': expect.any(Object) }
		});
		expect(doc.paths['/api/v1/test/files/{id}.pdf'].get.responses['404']).toEqual({
			$ref: '#/components/responses/NotFound'
		});
	});
});
