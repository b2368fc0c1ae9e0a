/** GET /api/v1/surveys/{id}/results — counts and shares per question, optionally filtered. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { getSurveyResults } from '#lib/modules/participation/index.ts';
import { presentResults, SurveyIdParams, SurveyResultsSchema } from '../../survey.api.ts';

const Query = z.object({
	filter: z.string().max(80).optional().meta({
		description:
			'Jen respondenti, kteří u otázky zvolili možnost: `<questionId>:<optionId>` (např. věková skupina 65+).'
	})
});

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/surveys/{id}/results',
	summary: 'Výsledky dotazníku',
	description:
		'Počty a podíly odpovědí u každé otázky (u výběru z možností a stupnice), matice po řádcích, průměr/minimum/maximum u čísel a stupnice. Podíl je z respondentů, kteří na otázku odpověděli. Smí koordinátor území.',
	tags: ['Dotazníky'],
	auth: 'user',
	params: SurveyIdParams,
	query: Query,
	response: SurveyResultsSchema,
	errors: [403, 404],
	handler: async ({ actor, params, query }) =>
		presentResults((await getSurveyResults(actor, params.id, { filter: query.filter })).results)
});

export const fallback = methodNotAllowed(['GET']);
