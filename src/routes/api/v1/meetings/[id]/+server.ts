/** GET /api/v1/meetings/{id} — one meeting: full for readers of the body, public otherwise. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '#lib/platform/http/errors.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	findPublicMeeting,
	getMeetingDetail,
	getPublishedMinutes,
	type PublishedMinutes
} from '#lib/modules/meetings/index.ts';
import {
	MeetingDetailSchema,
	MeetingIdParams,
	presentFullDetail,
	presentMeetingRow,
	presentPublicDetail
} from '../meeting.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/meetings/{id}',
	summary: 'Detail jednání',
	description:
		'Členové skupiny a koordinátoři dostanou plný pohled (`view: full`): program se zápisem, docházku ' +
		's usnášeníschopností, usnesení, úkoly, akce a zveřejněné verze. Ostatní dostanou veřejný pohled ' +
		'(`view: public`): termín a zveřejněný zápis, jména bez souhlasu nahrazená rolí. Jednání, které ' +
		'není veřejné, vrací 401 (nepřihlášeným) nebo 403.',
	tags: ['Jednání'],
	auth: 'public',
	params: MeetingIdParams,
	response: MeetingDetailSchema,
	errors: [401, 403, 404],
	handler: async ({ actor, params }) => {
		try {
			return presentFullDetail(await getMeetingDetail(actor, params.id));
		} catch (error) {
			if (!(error instanceof UnauthorizedError || error instanceof ForbiddenError)) throw error;
			const row = await findPublicMeeting(params.id);
			if (!row) throw error;
			let published: PublishedMinutes | null = null;
			try {
				published = await getPublishedMinutes(params.id);
			} catch (missing) {
				if (!(missing instanceof NotFoundError)) throw missing;
			}
			return presentPublicDetail(presentMeetingRow(row), published);
		}
	}
});

export const fallback = methodNotAllowed(['GET']);
