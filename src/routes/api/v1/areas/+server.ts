/** GET /api/v1/areas — the public list of planning areas. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery, paginateList } from '#lib/platform/http/pagination.ts';
import { listAreas } from '#lib/modules/organisation/index.ts';
import { AreaSchema, presentArea } from './area.api.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/areas',
	summary: 'Seznam území plánování',
	description: 'Veřejný seznam území (kraje, ORP, mikroregiony, obce), řazený podle druhu a názvu.',
	tags: ['Území'],
	auth: 'public',
	query: pageQuery,
	response: pageOf(AreaSchema).meta({ id: 'AreaPage', description: 'Stránka seznamu území.' }),
	handler: async ({ query }) => paginateList(await listAreas(), query, presentArea)
});

export const fallback = methodNotAllowed(['GET']);
