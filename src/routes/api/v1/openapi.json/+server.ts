/** GET /api/v1/openapi.json — the generated OpenAPI 3.1 description of this API. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { openApiDocument } from '#lib/app/api.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/openapi.json',
	summary: 'Popis rozhraní (OpenAPI 3.1)',
	description: 'Tento dokument; generuje se ze schémat, kterými API ověřuje vstupy a odpovědi.',
	tags: ['Provoz'],
	auth: 'public',
	response: z
		.record(z.string(), z.unknown())
		.meta({ id: 'OpenApiDocument', description: 'Dokument OpenAPI 3.1.' }),
	handler: async () => openApiDocument()
});

export const fallback = methodNotAllowed(['GET']);
