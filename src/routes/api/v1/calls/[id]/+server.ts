/** GET /api/v1/calls/{id} — one call with its measures and criteria. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { getCall } from '#lib/modules/network/index.ts';
import {
	CallDetailSchema,
	IdParams,
	TAG,
	presentCallDetail
} from '../../intentions/intention.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/calls/{id}',
	summary: 'Výzva',
	description: 'Výzva s pravidly, způsobilými druhy, navázanými opatřeními a hodnoticími kritérii.',
	tags: [TAG],
	auth: 'user',
	params: IdParams,
	response: CallDetailSchema,
	errors: [401, 404],
	handler: async ({ actor, params }) => presentCallDetail(await getCall(actor, params.id))
});

export const fallback = methodNotAllowed(['GET']);
