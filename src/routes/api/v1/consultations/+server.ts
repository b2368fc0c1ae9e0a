/** GET /api/v1/consultations — open and past consultations; POST — open one (coordinator). */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery } from '#lib/platform/http/pagination.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	createConsultation,
	getPublicConsultation,
	listPublicConsultations
} from '#lib/modules/participation/index.ts';
import {
	ConsultationBody,
	ConsultationSchema,
	ConsultationSummarySchema,
	presentConsultation,
	presentSummary
} from './consultation.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/consultations',
	summary: 'Seznam připomínkování',
	description: 'Otevřená a proběhlá připomínkování návrhů (ta, která už začala), otevřená první.',
	tags: ['Připomínkování'],
	auth: 'public',
	query: pageQuery,
	response: pageOf(ConsultationSummarySchema).meta({
		id: 'ConsultationPage',
		description: 'Stránka seznamu připomínkování.'
	}),
	handler: async ({ actor, query }) => {
		const result = await listPublicConsultations(actor, {
			page: query.page,
			pageSize: query.per_page
		});
		return {
			items: result.rows.map(presentSummary),
			page: query.page,
			per_page: query.per_page,
			total: result.total
		};
	}
});

export const POST = defineEndpoint({
	method: 'POST',
	path: '/api/v1/consultations',
	summary: 'Vyhlásit připomínkování',
	description:
		'Vyhlásí připomínkování uložené verze plánu (text oddílů se zmrazí) nebo dokumentu s oddíly. ' +
		'Smí koordinátor území. Okno musí trvat alespoň 14 dní.',
	tags: ['Připomínkování'],
	auth: 'user',
	status: 201,
	body: ConsultationBody,
	response: ConsultationSchema,
	errors: [400, 401, 403],
	handler: async ({ actor, body, headers }) => {
		const created = await createConsultation(actor, body);
		headers.set('location', `/api/v1/consultations/${created.id}`);
		return presentConsultation(await getPublicConsultation(actor, created.id));
	}
});

export const fallback = methodNotAllowed(['GET', 'POST']);
