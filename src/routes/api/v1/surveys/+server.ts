/** GET /api/v1/surveys — open public surveys, or (`scope=managed`) the caller's managed surveys. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery } from '#lib/platform/http/pagination.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { listManagedSurveys, listOpenSurveys } from '#lib/modules/participation/index.ts';
import { presentSurveyRow, SurveySummarySchema } from './survey.api.ts';

const ListQuery = pageQuery.extend({
	scope: z.enum(['open', 'managed']).default('open').meta({
		description:
			'open: dotazníky, které právě přijímají odpovědi z veřejného odkazu (veřejné); managed: všechny dotazníky území, která volající koordinuje (vyžaduje přihlášení).'
	})
});

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/surveys',
	summary: 'Seznam dotazníků',
	description:
		'Bez parametru vrací dotazníky otevřené pro veřejnost. S `scope=managed` dotazníky území, která volající koordinuje, ve všech stavech (401 bez přihlášení, 403 bez role koordinátora).',
	tags: ['Dotazníky'],
	auth: 'public',
	query: ListQuery,
	response: pageOf(SurveySummarySchema).meta({
		id: 'SurveyPage',
		description: 'Stránka dotazníků.'
	}),
	errors: [401, 403],
	handler: async ({ actor, query }) => {
		const list = query.scope === 'managed' ? listManagedSurveys : listOpenSurveys;
		const result = await list(actor, { page: query.page, pageSize: query.per_page });
		return {
			items: result.rows.map(presentSurveyRow),
			page: query.page,
			per_page: query.per_page,
			total: result.total
		};
	}
});

export const fallback = methodNotAllowed(['GET']);
