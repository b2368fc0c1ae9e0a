/** GET /api/v1/surveys/{id} — the survey's sections and questions (public once opened). */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { getSurveyDefinition } from '#lib/modules/participation/index.ts';
import { presentDefinition, SurveyDefinitionSchema, SurveyIdParams } from '../survey.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/surveys/{id}',
	summary: 'Otázky dotazníku',
	description:
		'Oddíly a otázky dotazníku s možnostmi a podmínkami (skryté otázky se nevypisují). Veřejně dostupné u otevřených a uzavřených dotazníků s veřejným odkazem; koordinátoři území vidí i dotazníky v přípravě.',
	tags: ['Dotazníky'],
	auth: 'public',
	params: SurveyIdParams,
	response: SurveyDefinitionSchema,
	errors: [404],
	handler: async ({ actor, params }) =>
		presentDefinition(await getSurveyDefinition(actor, params.id))
});

export const fallback = methodNotAllowed(['GET']);
