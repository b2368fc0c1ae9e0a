/** GET /api/v1/services — catalogue services (filters, paginated); POST — add a non-registered service. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf } from '#lib/platform/http/pagination.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	createManualService,
	getCatalogueService,
	listCatalogueServices,
	ManualServiceBody,
	presentApiServiceDetail,
	presentApiServiceSummary,
	ServiceDetailSchema,
	ServiceListQuery,
	ServiceSummarySchema
} from '#lib/modules/catalogue/index.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/services',
	summary: 'Seznam sociálních a návazných služeb',
	description:
		'Filtry se kombinují (AND): druh, kraj, ORP, stav, zdroj a hledaný text. Řazení podle názvu. ' +
		'Otevřená data ve formátu HSDS jsou na /api/hsds/services.',
	tags: ['Katalog'],
	auth: 'public',
	query: ServiceListQuery,
	response: pageOf(ServiceSummarySchema).meta({
		id: 'CatalogueServicePage',
		description: 'Stránka seznamu služeb.'
	}),
	handler: async ({ actor, query }) => {
		const { rows, total } = await listCatalogueServices(actor, {
			kind: query.kind,
			kraj: query.kraj,
			orp: query.orp,
			status: query.status,
			source: query.source,
			text: query.text,
			page: query.page,
			perPage: query.per_page
		});
		return {
			items: rows.map((s) => presentApiServiceSummary(s, s.providerName)),
			page: query.page,
			per_page: query.per_page,
			total
		};
	}
});

export const POST = defineEndpoint({
	method: 'POST',
	path: '/api/v1/services',
	summary: 'Přidat návaznou službu (mimo registr)',
	description:
		'Koordinátor přidá službu, která není v registru poskytovatelů. Poskytovatel se dohledá podle IČO; ' +
		'když v katalogu není, založí se s názvem `providerName`. Služba je v katalogu označena jako návazná.',
	tags: ['Katalog'],
	auth: 'user',
	status: 201,
	body: ManualServiceBody,
	response: ServiceDetailSchema,
	errors: [403],
	handler: async ({ actor, body, headers }) => {
		const service = await createManualService(actor, body);
		headers.set('location', `/api/v1/services/${service.id}`);
		return presentApiServiceDetail(await getCatalogueService(actor, service.id));
	}
});

export const fallback = methodNotAllowed(['GET', 'POST']);
