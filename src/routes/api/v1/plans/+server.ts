/** GET /api/v1/plans — plans the caller may see; POST — create a plan (coordinator of the area). */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery } from '#lib/platform/http/pagination.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { createPlan, getPlanTree, listPlans, PLAN_STATUSES } from '#lib/modules/plans/index.ts';
import { PlanBody, PlanSummarySchema, PlanTreeSchema, presentPlanRow } from './plan.api.ts';

const ListQuery = pageQuery.extend({
	area: z.uuid().optional().meta({ description: 'Jen plány tohoto území (UUID).' }),
	status: z.enum(PLAN_STATUSES).optional().meta({ description: 'Jen plány v tomto stavu.' }),
	q: z.string().max(200).optional().meta({ description: 'Hledat v názvu plánu nebo území.' })
});

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/plans',
	summary: 'Seznam plánů',
	description:
		'Veřejnost vidí schválené, platné, vyhodnocené a archivované plány. Koordinátoři navíc plány svých území ' +
		've všech stavech, členové skupin plány, za které jejich skupina odpovídá.',
	tags: ['Plány'],
	auth: 'public',
	query: ListQuery,
	response: pageOf(PlanSummarySchema).meta({
		id: 'PlanPage',
		description: 'Stránka seznamu plánů.'
	}),
	handler: async ({ actor, query }) => {
		const result = await listPlans(actor, {
			areaId: query.area,
			status: query.status,
			q: query.q,
			page: query.page,
			pageSize: query.per_page
		});
		return {
			items: result.rows.map(presentPlanRow),
			page: query.page,
			per_page: query.per_page,
			total: result.total
		};
	}
});

export const POST = defineEndpoint({
	method: 'POST',
	path: '/api/v1/plans',
	summary: 'Založit plán',
	description: 'Založí plán ve stavu „v přípravě“. Smí koordinátor území. Vrací celý plán.',
	tags: ['Plány'],
	auth: 'user',
	status: 201,
	body: PlanBody,
	response: PlanTreeSchema,
	errors: [400, 401, 403],
	handler: async ({ actor, body, headers }) => {
		const plan = await createPlan(actor, body);
		headers.set('location', `/api/v1/plans/${plan.id}`);
		return getPlanTree(actor, plan.id);
	}
});

export const fallback = methodNotAllowed(['GET', 'POST']);
