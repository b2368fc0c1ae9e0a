/** GET /api/v1/plans/{id} — the whole plan tree; PATCH — edit the plan's own fields. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { getPlanTree, updatePlan } from '#lib/modules/plans/index.ts';
import { PlanBody, PlanIdParams, PlanTreeSchema } from '../plan.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/plans/{id}',
	summary: 'Celý plán',
	description:
		'Priority, opatření s náklady podle roku a zdroje, ukazatele s cíli a skutečnostmi, aktivity a monitoring. ' +
		'Schválené plány jsou veřejné; plány v přípravě vidí koordinátor území a členové odpovědných skupin ' +
		'(jinak 401 bez přihlášení, 403 přihlášeným).',
	tags: ['Plány'],
	auth: 'public',
	params: PlanIdParams,
	response: PlanTreeSchema,
	errors: [401, 403, 404],
	handler: async ({ actor, params }) => getPlanTree(actor, params.id)
});

export const PATCH = defineEndpoint({
	method: 'PATCH',
	path: '/api/v1/plans/{id}',
	summary: 'Upravit údaje plánu',
	description:
		'Upraví název, druh, období, vizi, principy, cílové skupiny, odpovědnou skupinu a výpočet plnění. ' +
		'Jen v přípravě nebo v návrhu; `version` je povinná (jinak 409 při souběžné změně).',
	tags: ['Plány'],
	auth: 'user',
	params: PlanIdParams,
	body: PlanBody,
	response: PlanTreeSchema,
	errors: [400, 401, 403, 404, 409],
	handler: async ({ actor, params, body }) => {
		await updatePlan(actor, params.id, body);
		return getPlanTree(actor, params.id);
	}
});

export const fallback = methodNotAllowed(['GET', 'PATCH']);
