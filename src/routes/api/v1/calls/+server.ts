/** GET /api/v1/calls — calls for development intentions; POST — open a call (kraj coordinator). */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery } from '#lib/platform/http/pagination.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { createCall, getCall, listCalls } from '#lib/modules/network/index.ts';
import {
	CallBody,
	CallDetailSchema,
	CallSummarySchema,
	TAG,
	presentCall,
	presentCallDetail
} from '../intentions/intention.api.ts';

const ListQuery = pageQuery.extend({
	region: z.uuid().optional().meta({ description: 'Jen výzvy tohoto kraje (UUID).' }),
	open: z
		.enum(['true', 'false'])
		.optional()
		.meta({ description: 'Jen výzvy, které dnes přijímají záměry.' })
});

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/calls',
	summary: 'Seznam výzev k rozvojovým záměrům',
	description: 'Výzvy krajů na rok sítě, nejnovější rok první. Pro přihlášené uživatele.',
	tags: [TAG],
	auth: 'user',
	query: ListQuery,
	response: pageOf(CallSummarySchema).meta({ id: 'CallPage', description: 'Stránka výzev.' }),
	errors: [401],
	handler: async ({ actor, query }) => {
		const result = await listCalls(actor, {
			regionAreaId: query.region,
			openOnly: query.open === 'true',
			page: query.page,
			pageSize: query.per_page
		});
		return {
			items: result.rows.map(presentCall),
			page: query.page,
			per_page: query.per_page,
			total: result.total
		};
	}
});

export const POST = defineEndpoint({
	method: 'POST',
	path: '/api/v1/calls',
	summary: 'Vyhlásit výzvu',
	description:
		'Vyhlásí výzvu kraje na rok sítě s termínem příjmu, způsobilými druhy, opatřeními plánů a kritérii. ' +
		'Smí koordinátor kraje.',
	tags: [TAG],
	auth: 'user',
	status: 201,
	body: CallBody,
	response: CallDetailSchema,
	errors: [400, 401, 403],
	handler: async ({ actor, body, headers }) => {
		const call = await createCall(actor, body);
		headers.set('location', `/api/v1/calls/${call.id}`);
		return presentCallDetail(await getCall(actor, call.id));
	}
});

export const fallback = methodNotAllowed(['GET', 'POST']);
