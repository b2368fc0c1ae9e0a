/** GET /api/v1/services/{id} — full detail; PATCH — edit a non-registered service or propose an edit (202). */
import { z } from 'zod';
import type { RequestHandler } from '@sveltejs/kit';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	CatalogueIdParams,
	getCatalogueService,
	patchService,
	presentApiServiceDetail,
	presentApiServiceEdit,
	ServiceDetailSchema,
	ServiceEditSchema,
	ServicePatchBody
} from '#lib/modules/catalogue/index.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/services/{id}',
	summary: 'Detail služby',
	description:
		'Úplný detail: formy, kapacity, zařízení s kódy RÚIAN, cílové skupiny. Zveřejněné údaje — návrhy úprav ' +
		'čekající na schválení se neukazují.',
	tags: ['Katalog'],
	auth: 'public',
	params: CatalogueIdParams,
	response: ServiceDetailSchema,
	errors: [404],
	handler: async ({ actor, params }) =>
		presentApiServiceDetail(await getCatalogueService(actor, params.id))
});

const PatchResult = z
	.union([ServiceDetailSchema, ServiceEditSchema])
	.meta({ id: 'CatalogueServicePatchResult' });

const patch = defineEndpoint({
	method: 'PATCH',
	path: '/api/v1/services/{id}',
	summary: 'Upravit návaznou službu nebo navrhnout úpravu',
	description:
		'Koordinátor upraví návaznou službu (všechna pole a `version`; zastaralá verze = 409) a dostane 200 s detailem. ' +
		'Poskytovatel služby navrhne změnu popisu a kontaktů: odpověď 202 s návrhem, který se zveřejní až po ' +
		'schválení koordinátorem. Služby jiného poskytovatele = 403.',
	tags: ['Katalog'],
	auth: 'user',
	params: CatalogueIdParams,
	body: ServicePatchBody,
	response: PatchResult,
	errors: [403, 404, 409],
	alternatives: [
		{
			status: 202,
			description: 'Návrh úpravy přijat, čeká na schválení koordinátorem.',
			schema: ServiceEditSchema
		}
	],
	handler: async ({ actor, params, body }) => {
		const result = await patchService(actor, params.id, body);
		if (result.kind === 'proposed') return presentApiServiceEdit(result.edit);
		return presentApiServiceDetail(await getCatalogueService(actor, params.id));
	}
});

/** A proposal is answered 202 Accepted (the platform's endpoints know 200/201/204 only). */
export const PATCH: RequestHandler = async (event) => {
	const response = await patch(event);
	if (response.status !== 200) return response;
	const text = await response.text();
	const body = JSON.parse(text) as { changes?: unknown; status?: unknown };
	const proposed = body.changes !== undefined && body.status === 'pending';
	return new Response(text, { status: proposed ? 202 : 200, headers: response.headers });
};

export const fallback = methodNotAllowed(['GET', 'PATCH']);
