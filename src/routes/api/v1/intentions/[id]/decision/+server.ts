/** POST /api/v1/intentions/{id}/decision — the region's evaluation and decision. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { decideIntention, getIntention } from '#lib/modules/network/index.ts';
import {
	DecisionBody,
	IdParams,
	IntentionDetailSchema,
	TAG,
	presentIntention
} from '../../intention.api.ts';

export const POST = defineEndpoint({
	method: 'POST',
	path: '/api/v1/intentions/{id}/decision',
	summary: 'Rozhodnout o záměru',
	description:
		'Koordinátor kraje ohodnotí záměr podle kritérií výzvy a rozhodne: schválit do kategorie sítě ' +
		'(změní síť roku), odložit do zásobníku, zamítnout. Číslo usnesení je povinné.',
	tags: [TAG],
	auth: 'user',
	params: IdParams,
	body: DecisionBody,
	response: IntentionDetailSchema,
	errors: [400, 401, 403, 404, 409],
	handler: async ({ actor, params, body }) => {
		await decideIntention(actor, params.id, body);
		return presentIntention(await getIntention(actor, params.id));
	}
});

export const fallback = methodNotAllowed(['POST']);
