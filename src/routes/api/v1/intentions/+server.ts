/** GET /api/v1/intentions — intentions the caller may see; POST — submit an intention. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery } from '#lib/platform/http/pagination.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	INTENTION_STATUSES,
	getIntention,
	listIntentions,
	submitIntention
} from '#lib/modules/network/index.ts';
import {
	IntentionBody,
	IntentionDetailSchema,
	IntentionSummarySchema,
	TAG,
	presentIntention,
	presentIntentionRow
} from './intention.api.ts';

const ListQuery = pageQuery.extend({
	status: z.enum(INTENTION_STATUSES).optional().meta({ description: 'Jen záměry v tomto stavu.' }),
	year: z.coerce.number().int().min(2000).max(2100).optional().meta({ description: 'Rok sítě.' })
});

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/intentions',
	summary: 'Seznam rozvojových záměrů',
	description:
		'Poskytovatel vidí záměry své organizace, koordinátor záměry svého kraje a záměry opřené o plány ' +
		'svých území, správce všechny.',
	tags: [TAG],
	auth: 'user',
	query: ListQuery,
	response: pageOf(IntentionSummarySchema).meta({
		id: 'IntentionPage',
		description: 'Stránka rozvojových záměrů.'
	}),
	errors: [401],
	handler: async ({ actor, query }) => {
		const result = await listIntentions(actor, {
			status: query.status,
			year: query.year,
			page: query.page,
			pageSize: query.per_page
		});
		return {
			items: result.rows.map(presentIntentionRow),
			page: query.page,
			per_page: query.per_page,
			total: result.total
		};
	}
});

export const POST = defineEndpoint({
	method: 'POST',
	path: '/api/v1/intentions',
	summary: 'Předložit rozvojový záměr',
	description:
		'Poskytovatel za svou organizaci, koordinátor za obec svého území. Záměr se opírá o opatření ' +
		'schváleného plánu, jehož období nekončí před zahájením; snížení nesmí přesáhnout kapacitu v síti; ' +
		'záměr na výzvu jen v termínu příjmu.',
	tags: [TAG],
	auth: 'user',
	status: 201,
	body: IntentionBody,
	response: IntentionDetailSchema,
	errors: [400, 401, 403],
	handler: async ({ actor, body, headers }) => {
		const row = await submitIntention(actor, body);
		headers.set('location', `/api/v1/intentions/${row.id}`);
		return presentIntention(await getIntention(actor, row.id));
	}
});

export const fallback = methodNotAllowed(['GET', 'POST']);
