/** GET /ical/areas/{id}.ics — public calendar of all published meetings in a planning area. */
import type { RequestHandler } from './$types';
import { areaFeedIcs } from '#lib/modules/meetings/index.ts';
import { documentFeed, feedResponse, publicBase } from '../../feed.server.ts';

documentFeed(
	'/ical/areas/{id}.ics',
	'Kalendář jednání území',
	'Zveřejněná jednání všech skupin území a jeho podřízených území.'
);

export const GET: RequestHandler = ({ params, url }) =>
	feedResponse(params.id, 'jednání-území.ics', (id) => areaFeedIcs(id, publicBase(url)));
