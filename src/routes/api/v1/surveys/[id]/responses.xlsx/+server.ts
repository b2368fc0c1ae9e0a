/**
 * GET /api/v1/surveys/{id}/responses.xlsx — raw answers, one row per response, streamed in
 * batches (memory does not grow with the number of answers). The operation is registered with
 * defineEndpoint for the OpenAPI document; the handler streams the body itself.
 */
import { defineEndpoint, type ApiHandler } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { exportResponsesXlsx } from '#lib/modules/participation/index.ts';
import { streamedExport, SurveyIdParams } from '../../survey.api.ts';

const endpoint = defineEndpoint({
	method: 'GET',
	path: '/api/v1/surveys/{id}/responses.xlsx',
	summary: 'Odpovědi dotazníku jako XLSX',
	description:
		'Všechny odpovědi, jeden řádek na respondenta: číslo odpovědi, způsob (veřejný odkaz, pozvánka, papírový dotazník), čas odeslání a sloupec pro každou otázku (u matice pro každý řádek; více zvolených možností oddělených středníkem). ' +
		'Soubor se posílá průběžně po dávkách, takže export zvládne i statisíce odpovědí. Smí koordinátor území.',
	tags: ['Dotazníky'],
	auth: 'user',
	params: SurveyIdParams,
	binary: {
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		description: 'Odpovědi jako XLSX (jeden list Odpovědi).'
	},
	errors: [403, 404],
	handler: async () => {
		throw new Error('streamed by GET below');
	}
});

export const GET: ApiHandler = Object.assign(
	(event: Parameters<ApiHandler>[0]) => streamedExport(event, exportResponsesXlsx),
	{ operation: endpoint.operation }
);

export const fallback = methodNotAllowed(['GET']);
