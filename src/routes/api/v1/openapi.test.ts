import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../../../package.json' with { type: 'json' };
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { listOperations } from '#lib/platform/http/api.registry.ts';
import type { ApiHandler } from '#lib/platform/http/api.server.ts';
import { apiRouteModules } from '#lib/app/api.ts';
import { GET as openapi } from './openapi.json/+server.ts';

type Json = Record<string, unknown>;

/** Resolve a local JSON pointer (`#/components/schemas/Area`). */
function resolvePointer(doc: Json, ref: string): unknown {
	return ref
		.slice(2)
		.split('/')
		.map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
		.reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
}

function collectRefs(node: unknown, out: string[] = []): string[] {
	if (Array.isArray(node)) node.forEach((n) => collectRefs(n, out));
	else if (node && typeof node === 'object') {
		for (const [key, value] of Object.entries(node)) {
			if (key === '$ref' && typeof value === 'string') out.push(value);
			else collectRefs(value, out);
		}
	}
	return out;
}

/** `/src/routes/api/v1/areas/[id]/+server.ts` → `/api/v1/areas/{id}` */
const pathOfFile = (file: string) =>
	file
		.replace(/^\/src\/routes/, '')
		.replace(/\/\+server\.ts$/, '')
		.replace(/\[([^\]]+)\]/g, '{$1}');

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

describe('GET /api/v1/openapi.json', () => {
	let res: Awaited<ReturnType<typeof callEndpoint>>;
	let doc: Json;
	let paths: Record<string, Record<string, Json>>;
	beforeAll(async () => {
		res = await callEndpoint(openapi, { url: '/api/v1/openapi.json' });
		doc = res.json;
		paths = doc.paths as typeof paths;
		if (process.env.OPENAPI_DUMP) {
			(await import('node:fs')).writeFileSync(process.env.OPENAPI_DUMP, res.text);
		}
	});

	it('is a public OpenAPI 3.1 document about this build', () => {
		expect(res.status).toBe(200);
		expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
		expect(doc.info).toMatchObject({ title: 'Souhra API', version: pkg.version });
		expect(String((doc.info as Json).description)).toContain('Bearer');
		expect((doc.components as Json).securitySchemes).toEqual({
			bearerAuth: expect.objectContaining({ type: 'http', scheme: 'bearer' })
		});
	});

	it('documents every registered operation and every API route file', () => {
		for (const op of listOperations()) {
			expect(paths[op.path]?.[op.method.toLowerCase()], `${op.method} ${op.path}`).toBeDefined();
		}
		const files = Object.keys(apiRouteModules);
		expect(files.length).toBeGreaterThanOrEqual(6);
		for (const [file, mod] of Object.entries(apiRouteModules)) {
			for (const method of METHODS) {
				const handler = mod[method] as ApiHandler | undefined;
				if (!handler) continue;
				const path = pathOfFile(file);
				expect(paths[path]?.[method.toLowerCase()], `${method} ${path} (${file})`).toBeDefined();
				if (handler.operation) expect(handler.operation).toMatchObject({ method, path });
			}
		}
		expect(paths['/api/v1/openapi.json']?.get).toBeDefined();
		expect(paths['/healthz']?.get?.responses).toHaveProperty('503');
		const feed = paths['/ical/bodies/{id}.ics']?.get?.responses as
			Record<string, { content?: Record<string, unknown> }> | undefined;
		expect(feed?.['200']?.content).toHaveProperty('text/calendar');
		expect(paths['/ical/areas/{id}.ics']?.get).toBeDefined();
	});

	it('has only resolvable $refs', () => {
		const refs = collectRefs(doc);
		expect(refs.length).toBeGreaterThan(10);
		for (const ref of new Set(refs)) {
			expect(ref.startsWith('#/'), ref).toBe(true);
			expect(resolvePointer(doc, ref), ref).toBeDefined();
		}
	});

	it('documents problem responses and security per operation', () => {
		const operationIds = new Set<string>();
		for (const [path, item] of Object.entries(paths)) {
			for (const [method, op] of Object.entries(item)) {
				const label = `${method.toUpperCase()} ${path}`;
				operationIds.add(op.operationId as string);
				const responses = op.responses as Record<string, Json>;
				expect(responses['500'], label).toEqual({ $ref: '#/components/responses/InternalError' });
				const registered = listOperations().find(
					(o) => o.path === path && o.method === method.toUpperCase()
				);
				if (registered?.auth === 'user') {
					expect(op.security, label).toEqual([{ bearerAuth: [] }]);
					expect(responses['401'], label).toEqual({ $ref: '#/components/responses/Unauthorized' });
				} else {
					expect(op.security, label).toEqual([]);
				}
				if (registered?.params || registered?.query || registered?.body) {
					expect(responses['400'], label).toBeDefined();
				}
				if (registered?.body) {
					expect(responses['415'], label).toBeDefined();
					expect(op.requestBody, label).toBeDefined();
				}
			}
		}
		expect(operationIds.size).toBe(listOperations().length);
		const problemResponses = (doc.components as Json).responses as Record<string, Json>;
		for (const [name, response] of Object.entries(problemResponses)) {
			expect(response.content, name).toEqual({
				'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } }
			});
		}
		expect(problemResponses.Unauthorized.headers).toHaveProperty('WWW-Authenticate');
	});

	it('generates parameters and schemas from the zod schemas', () => {
		const list = paths['/api/v1/areas'].get;
		expect(list.parameters).toEqual([
			expect.objectContaining({
				name: 'page',
				in: 'query',
				required: false,
				schema: expect.objectContaining({ type: 'integer', minimum: 1, default: 1 })
			}),
			expect.objectContaining({
				name: 'per_page',
				in: 'query',
				required: false,
				schema: expect.objectContaining({ maximum: 100 })
			}),
			expect.objectContaining({ name: 'kind', in: 'query', required: false }),
			expect.objectContaining({ name: 'parent', in: 'query', required: false }),
			expect.objectContaining({ name: 'q', in: 'query', required: false })
		]);
		const detail = paths['/api/v1/areas/{id}'].get;
		expect(detail.parameters).toEqual([
			expect.objectContaining({
				name: 'id',
				in: 'path',
				required: true,
				schema: expect.objectContaining({ format: 'uuid' })
			})
		]);
		const schemas = (doc.components as Json).schemas as Record<string, Json>;
		expect(schemas.Area).toMatchObject({
			type: 'object',
			description: expect.stringContaining('Území')
		});
		expect(schemas.Problem.required).toEqual(['type', 'title', 'status', 'detail']);
		const create = paths['/api/v1/tokens'].post;
		expect(create.requestBody).toMatchObject({
			required: true,
			content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateApiToken' } } }
		});
		expect(schemas.CreateApiToken.required).toEqual(['name']);
	});
});
