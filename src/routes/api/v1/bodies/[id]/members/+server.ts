/**
 * GET /api/v1/bodies/{id}/members — members of a group on a day. Public; names of people who
 * did not consent are replaced by their position unless the caller may read the area's people.
 */
import { z } from 'zod';
import { m } from '#lib/paraglide/messages.js';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery, paginateList } from '#lib/platform/http/pagination.ts';
import { can } from '#lib/platform/access/can.ts';
import { areaScope, getBody, listMembers } from '#lib/modules/organisation/index.ts';
import { MemberSchema, presentMember } from '../../body.api.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/bodies/{id}/members',
	summary: 'Členové skupiny',
	description:
		'Členové k zadanému dni (výchozí dnes): vedoucí, zástupce, zapisovatel, členové, hosté. Jména osob bez souhlasu se zveřejněním vidí jen koordinátor území a členové skupiny.',
	tags: ['Skupiny'],
	auth: 'public',
	params: z.object({ id: z.uuid().meta({ description: 'Identifikátor skupiny (UUID).' }) }),
	query: pageQuery.extend({
		on: z.iso
			.date()
			.optional()
			.meta({ description: 'Den (RRRR-MM-DD), ke kterému se členství počítá.' })
	}),
	response: pageOf(MemberSchema).meta({ id: 'MemberPage', description: 'Stránka seznamu členů.' }),
	errors: [404],
	handler: async ({ actor, params, query }) => {
		const body = await getBody(actor, params.id);
		const rows = await listMembers(actor, body.id, query.on);
		const showNames = can(
			actor,
			'organisation.people.read',
			await areaScope(body.areaId, { bodyId: body.id })
		);
		const hidden = m.organisation_member_hidden();
		return paginateList(rows, query, (row) => presentMember(row, showNames, hidden));
	}
});

export const fallback = methodNotAllowed(['GET']);
