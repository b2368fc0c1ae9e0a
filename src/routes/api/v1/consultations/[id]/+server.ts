/** GET /api/v1/consultations/{id} — one consultation with its frozen sections. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { getPublicConsultation } from '#lib/modules/participation/index.ts';
import {
	ConsultationIdParams,
	ConsultationSchema,
	presentConsultation
} from '../consultation.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/consultations/{id}',
	summary: 'Připomínkování',
	description:
		'Připomínkovaný dokument po oddílech. Připomínkování, které ještě nezačalo, vidí jen koordinátor (jinak 404).',
	tags: ['Připomínkování'],
	auth: 'public',
	params: ConsultationIdParams,
	response: ConsultationSchema,
	errors: [404],
	handler: async ({ actor, params }) =>
		presentConsultation(await getPublicConsultation(actor, params.id))
});

export const fallback = methodNotAllowed(['GET']);
