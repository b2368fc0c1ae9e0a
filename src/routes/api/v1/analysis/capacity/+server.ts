/**
 * GET /api/v1/analysis/capacity?area=&year= — the capacity gap analysis of a planning area and
 * year: demand indicators, supply, norms, gaps with status, substitution-group totals, evidence ids.
 */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	AnalysisApiQuery,
	AnalysisSchema,
	capacityAnalysis,
	presentAnalysisApi
} from '#lib/modules/network/index.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/analysis/capacity',
	summary: 'Analýza kapacit území za rok',
	description:
		'Potřeba (obyvatelé podle věkových skupin, neuspokojení zájemci, odmítnutí žadatelé), nabídka ' +
		'(kapacita v síti a v registru), normativy kraje, očekávaná kapacita, mezera (očekávaná − síť) se ' +
		'stavem a součty skupin zastupitelných služeb; u každého údaje podklady (služby v síti, záznamy o ' +
		'zájemcích). Pro koordinátory a vedoucí skupin.',
	tags: ['Analýzy'],
	auth: 'user',
	query: AnalysisApiQuery,
	response: AnalysisSchema,
	errors: [400, 401, 403, 404],
	handler: async ({ actor, query }) =>
		presentAnalysisApi(await capacityAnalysis(actor, { areaId: query.area, year: query.year }))
});

export const fallback = methodNotAllowed(['GET']);
