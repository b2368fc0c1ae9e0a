import { describe, expect, it, vi } from 'vitest';
import { error as kitError } from '@sveltejs/kit';
import { z } from 'zod';
import './validation.ts';
import type { Actor } from '../access/actor.ts';
import { defineEndpoint } from './api.server.ts';
import { listOperations } from './api.registry.ts';
import { callEndpoint } from './api.testing.server.ts';
import {
	ConflictError,
	ForbiddenError,
	NotFoundError,
	RateLimitError,
	ValidationError
} from './errors.ts';

const user: Actor = { kind: 'user', userId: 'u1', name: 'Jana', email: 'jana@obec.cz', grants: [] };

const echo = defineEndpoint({
	method: 'POST',
	path: '/api/v1/test/echo/{id}',
	summary: 'Test',
	tags: ['Test'],
	auth: 'user',
	params: z.object({ id: z.uuid() }),
	query: z.object({ n: z.coerce.number().int().min(1).default(1) }),
	body: z.object({ name: z.string().min(1), count: z.number().int().optional() }),
	response: z.object({ id: z.string(), name: z.string(), n: z.number(), by: z.string() }),
	status: 201,
	handler: async ({ params, query, body, actor, headers }) => {
		headers.set('location', `/api/v1/test/echo/${params.id}`);
		return { id: params.id, name: body.name, n: query.n, by: actor.userId };
	}
});

let nextError: unknown;
let nextResult: unknown;
const failing = defineEndpoint({
	method: 'GET',
	path: '/api/v1/test/failing',
	summary: 'Test',
	tags: ['Test'],
	auth: 'public',
	response: z.object({ ok: z.boolean() }),
	handler: async () => {
		if (nextError) throw nextError;
		return nextResult as { ok: boolean };
	}
});

const empty = defineEndpoint({
	method: 'DELETE',
	path: '/api/v1/test/empty',
	summary: 'Test',
	tags: ['Test'],
	auth: 'public',
	status: 204,
	handler: async () => {}
});

function caught(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	throw new Error('did not throw');
}

const ID = '7d444840-9dc0-4e7b-8d4b-0d5c3c5a8f11';
const post = (body: unknown, extra: Partial<Parameters<typeof callEndpoint>[1]> = {}) =>
	callEndpoint(echo, {
		url: `/api/v1/test/echo/${ID}?n=3`,
		method: 'POST',
		params: { id: ID },
		actor: user,
		body,
		...extra
	});

describe('defineEndpoint', () => {
	it('answers 201 with the validated input and extra headers', async () => {
		const res = await post({ name: 'Jana' });
		expect(res.status).toBe(201);
		expect(res.json).toEqual({ id: ID, name: 'Jana', n: 3, by: 'u1' });
		expect(res.headers.get('content-type')).toBe('application/json');
		expect(res.headers.get('location')).toBe(`/api/v1/test/echo/${ID}`);
		expect(res.headers.get('cache-control')).toBe('no-store');
	});

	it('asks the anonymous public for a Bearer token before looking at the input', async () => {
		const res = await post('{broken', { actor: { kind: 'anonymous' } });
		expect(res.status).toBe(401);
		expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
		expect(res.headers.get('content-type')).toBe('application/problem+json');
		expect(res.json).toMatchObject({ status: 401, type: 'urn:souhra:problem:unauthorized' });
		expect(res.json.detail).toMatch(/Authorization: Bearer/);
	});

	it('rejects an invalid path parameter and query with Czech field errors', async () => {
		const bad = await post(
			{ name: 'x' },
			{ params: { id: 'nope' }, url: '/api/v1/test/echo/nope' }
		);
		expect(bad.status).toBe(400);
		expect(bad.json.errors).toEqual({ id: ['Neplatný identifikátor.'] });
		const query = await post({ name: 'x' }, { url: `/api/v1/test/echo/${ID}?n=abc` });
		expect(query.status).toBe(400);
		expect(query.json.errors).toEqual({ n: ['Zadejte číslo.'] });
		expect(query.json.detail).toBe('Neplatný parametr dotazu.');
	});

	it('rejects malformed JSON, a wrong content type and an invalid body', async () => {
		const malformed = await post('{"name": ');
		expect(malformed.status).toBe(400);
		expect(malformed.json.detail).toBe('Tělo požadavku není platný JSON.');
		expect(malformed.json).not.toHaveProperty('errors');
		const form = await post('name=Jana', {
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		});
		expect(form.status).toBe(415);
		expect(form.json.type).toBe('urn:souhra:problem:unsupported-media-type');
		const invalid = await post({ name: '', count: 'x' });
		expect(invalid.status).toBe(400);
		expect(invalid.json.errors).toEqual({
			name: ['Toto pole je povinné.'],
			count: ['Zadejte číslo.']
		});
		const notObject = await post([1, 2]);
		expect(notObject.status).toBe(400);
		expect(notObject.json.errors).toHaveProperty('_form');
	});

	it('accepts JSON media types with parameters and +json suffixes', async () => {
		const charset = await post(
			{ name: 'A' },
			{ headers: { 'content-type': 'application/json; charset=utf-8' } }
		);
		expect(charset.status).toBe(201);
		const suffix = await post(
			{ name: 'A' },
			{ headers: { 'content-type': 'application/merge-patch+json' } }
		);
		expect(suffix.status).toBe(201);
	});

	it.each([
		[new ValidationError({ name: ['Chyba.'] }), 400, 'validation'],
		[new ForbiddenError(), 403, 'forbidden'],
		[new NotFoundError('Území nebylo nalezeno.'), 404, 'not-found'],
		[new ConflictError(undefined, { passwordHash: 'secret' }), 409, 'conflict'],
		[caught(() => kitError(404, 'Nic tu není.')), 404, 'not-found']
	])('maps %s to its status', async (thrown, status, code) => {
		nextError = thrown;
		const res = await callEndpoint(failing, { url: '/api/v1/test/failing' });
		expect(res.status).toBe(status);
		expect(res.json.type).toBe(`urn:souhra:problem:${code}`);
		expect(res.json.instance).toBe('/api/v1/test/failing');
		expect(res.text).not.toContain('secret');
		nextError = undefined;
	});

	it('adds Retry-After to 429', async () => {
		nextError = new RateLimitError('Příliš mnoho pokusů.', 12.2);
		const res = await callEndpoint(failing, { url: '/api/v1/test/failing' });
		expect(res.status).toBe(429);
		expect(res.headers.get('retry-after')).toBe('13');
		expect(res.json.retryAfter).toBe(13);
		nextError = undefined;
	});

	it('turns an unexpected error into a logged 500 with an id and no stack', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		nextError = new Error('connection reset by peer at /srv/secret/path.ts:12');
		const res = await callEndpoint(failing, { url: '/api/v1/test/failing' });
		expect(res.status).toBe(500);
		expect(res.json.errorId).toMatch(/^[0-9a-f-]{36}$/);
		expect(res.json.detail).toContain(res.json.errorId as string);
		expect(res.text).not.toMatch(/secret|connection reset/);
		expect(log).toHaveBeenCalled();
		expect(String(log.mock.calls[0][0])).toContain(res.json.errorId as string);
		log.mockRestore();
		nextError = undefined;
	});

	it('refuses (in dev/test) a response that breaks its schema or leaks extra fields', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		nextResult = { ok: 'yes' };
		expect((await callEndpoint(failing, { url: '/api/v1/test/failing' })).status).toBe(500);
		nextResult = { ok: true, passwordHash: 'x' };
		expect((await callEndpoint(failing, { url: '/api/v1/test/failing' })).status).toBe(500);
		nextResult = { ok: true };
		const good = await callEndpoint(failing, { url: '/api/v1/test/failing' });
		expect(good.status).toBe(200);
		expect(good.json).toEqual({ ok: true });
		log.mockRestore();
	});

	it('answers 204 without a body', async () => {
		const res = await callEndpoint(empty, { url: '/api/v1/test/empty', method: 'DELETE' });
		expect(res.status).toBe(204);
		expect(res.text).toBe('');
	});

	it('registers every endpoint for the OpenAPI document', () => {
		const keys = listOperations().map((op) => `${op.method} ${op.path}`);
		expect(keys).toEqual(
			expect.arrayContaining([
				'POST /api/v1/test/echo/{id}',
				'GET /api/v1/test/failing',
				'DELETE /api/v1/test/empty'
			])
		);
		expect(echo.operation.status).toBe(201);
	});
});
