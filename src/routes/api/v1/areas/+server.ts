/** GET /api/v1/areas — the public list of planning areas, paginated and filtered in SQL. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery, toPage } from '#lib/platform/http/pagination.ts';
import { searchAreas } from '#lib/modules/organisation/index.ts';
import { AREA_KINDS, AreaSchema, presentArea } from './area.api.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/areas',
	summary: 'Seznam území plánování',
	description:
		'Veřejný seznam území (kraje, ORP, SO POÚ, mikroregiony, obce) v pořadí hierarchie: každé území následují jeho podřízená území, v rámci úrovně podle názvu.',
	tags: ['Území'],
	auth: 'public',
	query: pageQuery.extend({
		kind: z.enum(AREA_KINDS).optional().meta({ description: 'Jen území tohoto druhu.' }),
		parent: z.uuid().optional().meta({ description: 'Jen přímo podřízená území tohoto území.' }),
		q: z
			.string()
			.trim()
			.max(100)
			.optional()
			.meta({ description: 'Část názvu (bez ohledu na diakritiku) nebo začátek kódu.' })
	}),
	response: pageOf(AreaSchema).meta({ id: 'AreaPage', description: 'Stránka seznamu území.' }),
	handler: async ({ query }) => {
		const { rows, total } = await searchAreas({
			kind: query.kind,
			parentId: query.parent,
			q: query.q,
			page: query.page,
			pageSize: query.per_page
		});
		return toPage(rows, total, query, presentArea);
	}
});

export const fallback = methodNotAllowed(['GET']);
