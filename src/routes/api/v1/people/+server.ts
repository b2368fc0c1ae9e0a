/** GET /api/v1/people — people of one area, for the area's coordinator. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery, toPage } from '#lib/platform/http/pagination.ts';
import { listPeople } from '#lib/modules/organisation/index.ts';
import { PersonSchema, presentPerson } from './person.api.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/people',
	summary: 'Lidé v území',
	description:
		'Osoby evidované v jednom území, podle příjmení. Jen pro koordinátora území (nebo nadřazeného území) a správce; obsahuje osobní údaje.',
	tags: ['Lidé'],
	auth: 'user',
	query: pageQuery.extend({
		area: z.uuid().meta({ description: 'Území (povinné).' }),
		q: z
			.string()
			.trim()
			.max(200)
			.optional()
			.meta({ description: 'Část jména, příjmení nebo e-mailu (bez ohledu na diakritiku).' })
	}),
	response: pageOf(PersonSchema).meta({ id: 'PersonPage', description: 'Stránka seznamu osob.' }),
	errors: [403],
	handler: async ({ actor, query }) => {
		const { rows, total } = await listPeople(actor, {
			areaId: query.area,
			q: query.q,
			page: query.page,
			pageSize: query.per_page
		});
		return toPage(rows, total, query, presentPerson);
	}
});

export const fallback = methodNotAllowed(['GET']);
