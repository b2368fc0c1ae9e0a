/** GET /api/v1/meetings — meetings the caller may see, filtered and paginated. */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { pageOf, pageQuery } from '#lib/platform/http/pagination.ts';
import { ForbiddenError } from '#lib/platform/http/errors.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import type { Actor } from '#lib/platform/access/actor.ts';
import { listMeetings, listPublicMeetings, MEETING_STATUSES } from '#lib/modules/meetings/index.ts';
import { MeetingSummarySchema, presentMeetingRow } from './meeting.api.ts';

const ListQuery = pageQuery.extend({
	body: z.uuid().optional().meta({ description: 'Jen jednání této skupiny (UUID).' }),
	area: z
		.uuid()
		.optional()
		.meta({ description: 'Jen jednání tohoto území a území pod ním (UUID).' }),
	from: z.iso
		.date()
		.optional()
		.meta({ description: 'Od data (RRRR-MM-DD, včetně), řadí vzestupně.' }),
	to: z.iso.date().optional().meta({ description: 'Do data (RRRR-MM-DD, včetně).' }),
	status: z.enum(MEETING_STATUSES).optional().meta({ description: 'Jen jednání v tomto stavu.' })
});

/** Users with a role in planning see their areas and bodies; anyone else the published schedules. */
function readsInternally(actor: Actor): boolean {
	return (
		actor.kind === 'user' &&
		actor.grants.some((g) => ['admin', 'coordinator', 'manager', 'member'].includes(g.role))
	);
}

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/meetings',
	summary: 'Seznam jednání',
	description:
		'Koordinátoři vidí jednání svých území, vedoucí a členové jednání svých skupin (ve všech stavech). ' +
		'Ostatní (i bez přihlášení) vidí jen jednání ze zveřejněných harmonogramů. Bez `from` od nejnovějších, ' +
		's `from` chronologicky.',
	tags: ['Jednání'],
	auth: 'public',
	query: ListQuery,
	response: pageOf(MeetingSummarySchema).meta({
		id: 'MeetingPage',
		description: 'Stránka seznamu jednání.'
	}),
	handler: async ({ actor, query }) => {
		const filter = {
			bodyId: query.body,
			areaId: query.area,
			from: query.from,
			to: query.to,
			status: query.status,
			page: query.page,
			pageSize: query.per_page
		};
		if (readsInternally(actor)) {
			try {
				const page = await listMeetings(actor, filter);
				return { ...page, items: page.items.map(presentMeetingRow) };
			} catch (error) {
				// A body the user does not belong to: show what the public sees.
				if (!(error instanceof ForbiddenError)) throw error;
			}
		}
		const page = await listPublicMeetings(filter);
		return { ...page, items: page.items.map(presentMeetingRow) };
	}
});

export const fallback = methodNotAllowed(['GET']);
