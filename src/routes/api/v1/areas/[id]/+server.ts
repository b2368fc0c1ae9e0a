/** GET /api/v1/areas/{id} — one planning area. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { getArea } from '#lib/modules/organisation/index.ts';
import { AreaSchema, presentArea } from '../area.api.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/areas/{id}',
	summary: 'Detail území plánování',
	tags: ['Území'],
	auth: 'public',
	params: z.object({ id: z.uuid().meta({ description: 'Identifikátor území (UUID).' }) }),
	response: AreaSchema,
	errors: [404],
	handler: async ({ params }) => {
		const area = await getArea(params.id);
		if (!area) throw new NotFoundError('Území nebylo nalezeno.');
		return presentArea(area);
	}
});

export const fallback = methodNotAllowed(['GET']);
