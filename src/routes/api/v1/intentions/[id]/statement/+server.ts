/** POST /api/v1/intentions/{id}/statement — statement of consistency with the community plan. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { getIntention, stateIntention } from '#lib/modules/network/index.ts';
import {
	IdParams,
	IntentionDetailSchema,
	StatementBody,
	TAG,
	presentIntention
} from '../../intention.api.ts';

export const POST = defineEndpoint({
	method: 'POST',
	path: '/api/v1/intentions/{id}/statement',
	summary: 'Vydat stanovisko k souladu s plánem',
	description:
		'Vydá koordinátor území, jehož plán obsahuje opatření, o které se záměr opírá (jinak 403). ' +
		'Jen jednou (jinak 409).',
	tags: [TAG],
	auth: 'user',
	params: IdParams,
	body: StatementBody,
	response: IntentionDetailSchema,
	errors: [400, 401, 403, 404, 409],
	handler: async ({ actor, params, body }) => {
		await stateIntention(actor, params.id, body);
		return presentIntention(await getIntention(actor, params.id));
	}
});

export const fallback = methodNotAllowed(['POST']);
