/** GET /api/v1/intentions/{id} — one intention with its statement, scores and decision. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { getIntention } from '#lib/modules/network/index.ts';
import { IdParams, IntentionDetailSchema, TAG, presentIntention } from '../intention.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/intentions/{id}',
	summary: 'Rozvojový záměr',
	description:
		'Záměr se změnou kapacity, zdroji, doložením potřebnosti, stanoviskem, hodnocením a rozhodnutím. ' +
		'Vidí předkladatel, koordinátor území plánu a koordinátor kraje.',
	tags: [TAG],
	auth: 'user',
	params: IdParams,
	response: IntentionDetailSchema,
	errors: [401, 403, 404],
	handler: async ({ actor, params }) => presentIntention(await getIntention(actor, params.id))
});

export const fallback = methodNotAllowed(['GET']);
