/** GET /api/v1/providers/{id} — one provider with all its services. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	CatalogueIdParams,
	getCatalogueProvider,
	presentApiProviderDetail,
	ProviderDetailSchema
} from '#lib/modules/catalogue/index.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/providers/{id}',
	summary: 'Detail poskytovatele',
	description: 'Poskytovatel se všemi svými službami (aktivními i ukončenými).',
	tags: ['Katalog'],
	auth: 'public',
	params: CatalogueIdParams,
	response: ProviderDetailSchema,
	errors: [404],
	handler: async ({ actor, params }) => {
		const { provider, services } = await getCatalogueProvider(actor, params.id);
		return presentApiProviderDetail(provider, services);
	}
});

export const fallback = methodNotAllowed(['GET']);
