/** GET/POST /api/v1/organisations — search organisations; coordinators register new ones. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery, toPage } from '#lib/platform/http/pagination.ts';
import {
	createOrganisation,
	listOrganisations,
	ORGANISATION_SORTS,
	ORGANISATION_TYPES
} from '#lib/modules/organisation/index.ts';
import {
	CreateOrganisationSchema,
	OrganisationSchema,
	presentOrganisation,
	toServiceInput
} from './organisation.api.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/organisations',
	summary: 'Seznam organizací',
	description:
		'Organizace všech území; hledání podle názvu (bez ohledu na diakritiku) nebo začátku IČO, filtr podle typu.',
	tags: ['Organizace'],
	auth: 'user',
	query: pageQuery.extend({
		q: z.string().trim().max(200).optional().meta({ description: 'Část názvu nebo začátek IČO.' }),
		type: z
			.enum(ORGANISATION_TYPES)
			.optional()
			.meta({ description: 'Jen organizace tohoto typu.' }),
		sort: z
			.enum(ORGANISATION_SORTS)
			.default('name')
			.meta({ description: 'Řazení: name, ico, type, city.' }),
		dir: z.enum(['asc', 'desc']).default('asc').meta({ description: 'Směr řazení.' })
	}),
	response: pageOf(OrganisationSchema).meta({
		id: 'OrganisationPage',
		description: 'Stránka seznamu organizací.'
	}),
	handler: async ({ actor, query }) => {
		const { rows, total } = await listOrganisations(actor, {
			q: query.q,
			type: query.type,
			sort: query.sort,
			dir: query.dir,
			page: query.page,
			pageSize: query.per_page
		});
		return toPage(rows, total, query, presentOrganisation);
	}
});

export const POST = defineEndpoint({
	method: 'POST',
	path: '/api/v1/organisations',
	summary: 'Zapsat organizaci',
	description:
		'Zapíše novou organizaci (koordinátor). Neplatné IČO nebo IČO, které už je vedeno, vrátí 400 s českou zprávou u pole.',
	tags: ['Organizace'],
	auth: 'user',
	body: CreateOrganisationSchema,
	response: OrganisationSchema,
	status: 201,
	errors: [403],
	handler: async ({ actor, body, headers }) => {
		const org = await createOrganisation(actor, toServiceInput(body));
		headers.set('location', `/api/v1/organisations/${org.id}`);
		return presentOrganisation(org);
	}
});

export const fallback = methodNotAllowed(['GET', 'POST']);
