/** GET /api/v1/bodies/{id} — one group with its statute rules (public). */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { getBody } from '#lib/modules/organisation/index.ts';
import { BodySchema, presentBody } from '../body.api.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/bodies/{id}',
	summary: 'Detail skupiny',
	tags: ['Skupiny'],
	auth: 'public',
	params: z.object({ id: z.uuid().meta({ description: 'Identifikátor skupiny (UUID).' }) }),
	response: BodySchema,
	errors: [404],
	handler: async ({ actor, params }) => presentBody(await getBody(actor, params.id))
});

export const fallback = methodNotAllowed(['GET']);
