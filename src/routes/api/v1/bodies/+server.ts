/** GET /api/v1/bodies — the public list of active groups, optionally of one area. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery, toPage } from '#lib/platform/http/pagination.ts';
import { BODY_KINDS, searchBodies } from '#lib/modules/organisation/index.ts';
import { BodySchema, presentBody } from './body.api.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/bodies',
	summary: 'Seznam skupin',
	description:
		'Veřejný seznam pracujících skupin s pravidly statutu: v každém území nejdřív řídící skupina, pak manažerský tým, pracovní skupiny a podskupiny podle názvu.',
	tags: ['Skupiny'],
	auth: 'public',
	query: pageQuery.extend({
		area: z.uuid().optional().meta({ description: 'Jen skupiny tohoto území.' }),
		kind: z.enum(BODY_KINDS).optional().meta({ description: 'Jen skupiny tohoto druhu.' })
	}),
	response: pageOf(BodySchema).meta({ id: 'BodyPage', description: 'Stránka seznamu skupin.' }),
	handler: async ({ actor, query }) => {
		const { rows, total } = await searchBodies(actor, {
			areaId: query.area,
			kind: query.kind,
			page: query.page,
			pageSize: query.per_page
		});
		return toPage(rows, total, query, presentBody);
	}
});

export const fallback = methodNotAllowed(['GET']);
