/** GET /api/v1/networks/{id}/entries — services in a network (filters, paginated); POST — add a service. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf } from '#lib/platform/http/pagination.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	NetworkEntriesQuery,
	NetworkEntryBody,
	NetworkEntrySchema,
	NetworkIdParams,
	addEntry,
	entryBodyToInput,
	getManagedEntry,
	listNetworkEntries,
	presentApiEntry
} from '#lib/modules/network/index.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/networks/{id}/entries',
	summary: 'Služby v síti',
	description:
		'Služby sítě s kategorií, kapacitou po formách v jednotkách sítě (úvazky, lůžka), územím s podíly, pověřením a financováním. Řazení: kategorie, druh, název.',
	tags: ['Síť'],
	auth: 'public',
	params: NetworkIdParams,
	query: NetworkEntriesQuery,
	response: pageOf(NetworkEntrySchema).meta({ id: 'NetworkEntryPage' }),
	errors: [404],
	handler: async ({ actor, params, query }) => {
		const { items, total } = await listNetworkEntries(actor, params.id, {
			categoryId: query.category,
			kindCode: query.kind,
			q: query.q,
			page: query.page,
			per_page: query.per_page
		});
		return { items: items.map(presentApiEntry), page: query.page, per_page: query.per_page, total };
	}
});

export const POST = defineEndpoint({
	method: 'POST',
	path: '/api/v1/networks/{id}/entries',
	summary: 'Přidat službu do sítě',
	description:
		'Koordinátor kraje přidá službu z katalogu (`service_id`) nebo plánovanou službu (`planned_name`, `kind_code`). Podíly území musí dát 100 %.',
	tags: ['Síť'],
	auth: 'user',
	status: 201,
	params: NetworkIdParams,
	body: NetworkEntryBody,
	response: NetworkEntrySchema,
	errors: [403, 404],
	handler: async ({ actor, params, body, headers }) => {
		const entry = await addEntry(actor, params.id, entryBodyToInput(body));
		headers.set('location', `/api/v1/networks/${params.id}/entries`);
		return presentApiEntry((await getManagedEntry(actor, entry.id)).entry);
	}
});

export const fallback = methodNotAllowed(['GET', 'POST']);
