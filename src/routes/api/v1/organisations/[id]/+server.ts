/** GET/PATCH /api/v1/organisations/{id} — one organisation; changes need the loaded version. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { getOrganisation, updateOrganisation } from '#lib/modules/organisation/index.ts';
import {
	OrganisationSchema,
	presentOrganisation,
	toServiceInput,
	UpdateOrganisationSchema
} from '../organisation.api.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

const params = z.object({ id: z.uuid().meta({ description: 'Identifikátor organizace (UUID).' }) });

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/organisations/{id}',
	summary: 'Detail organizace',
	tags: ['Organizace'],
	auth: 'user',
	params,
	response: OrganisationSchema,
	errors: [404],
	handler: async ({ actor, params }) => presentOrganisation(await getOrganisation(actor, params.id))
});

export const PATCH = defineEndpoint({
	method: 'PATCH',
	path: '/api/v1/organisations/{id}',
	summary: 'Změnit organizaci',
	description:
		'Změní uvedená pole (koordinátor). `version` musí odpovídat uložené verzi, jinak odpověď 409 s aktuálním stavem – nic se nepřepíše.',
	tags: ['Organizace'],
	auth: 'user',
	params,
	body: UpdateOrganisationSchema,
	response: OrganisationSchema,
	errors: [403, 404, 409],
	handler: async ({ actor, params, body }) => {
		const current = presentOrganisation(await getOrganisation(actor, params.id));
		const merged = {
			name: current.name,
			ico: current.ico,
			type: current.type,
			street: current.street,
			city: current.city,
			postcode: current.postcode,
			email: current.email,
			phone: current.phone,
			web: current.web,
			...body
		};
		return presentOrganisation(await updateOrganisation(actor, params.id, toServiceInput(merged)));
	}
});

export const fallback = methodNotAllowed(['GET', 'PATCH']);
