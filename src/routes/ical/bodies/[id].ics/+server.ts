/** GET /ical/bodies/{id}.ics — public calendar of a body's published meetings (cancelled kept). */
import type { RequestHandler } from './$types';
import { bodyFeedIcs } from '#lib/modules/meetings/index.ts';
import { documentFeed, feedResponse, publicBase } from '../../feed.server.ts';

documentFeed(
	'/ical/bodies/{id}.ics',
	'Kalendář jednání skupiny',
	'Zveřejněná jednání jedné skupiny (včetně zrušených) se stálým UID a pořadím změn SEQUENCE.'
);

export const GET: RequestHandler = ({ params, url }) =>
	feedResponse(params.id, 'jednání-skupiny.ics', (id) => bodyFeedIcs(id, publicBase(url)));
