/** GET /api/v1/providers — catalogue providers: search by name or IČO, paginated. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf } from '#lib/platform/http/pagination.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	listCatalogueProviders,
	presentApiProviderSummary,
	ProviderListQuery,
	ProviderSummarySchema
} from '#lib/modules/catalogue/index.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/providers',
	summary: 'Seznam poskytovatelů sociálních služeb',
	description:
		'Poskytovatelé z katalogu (registr MPSV a poskytovatelé návazných služeb), řazení podle názvu. ' +
		'Otevřená data ve formátu HSDS jsou na /api/hsds/organizations.',
	tags: ['Katalog'],
	auth: 'public',
	query: ProviderListQuery,
	response: pageOf(ProviderSummarySchema).meta({
		id: 'CatalogueProviderPage',
		description: 'Stránka seznamu poskytovatelů.'
	}),
	handler: async ({ actor, query }) => {
		const { rows, total } = await listCatalogueProviders(actor, {
			q: query.q,
			page: query.page,
			perPage: query.per_page
		});
		return {
			items: rows.map(presentApiProviderSummary),
			page: query.page,
			per_page: query.per_page,
			total
		};
	}
});

export const fallback = methodNotAllowed(['GET']);
