/** GET /open-data/catalogue.zip — the catalogue as an HSDS Tabular Data Package (streamed zip). */
import type { RequestHandler } from './$types';
import { HSDS_CORS_HEADERS, openDataZipStream } from '#lib/modules/catalogue/index.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';

export const GET: RequestHandler = ({ locals, url }) => {
	const stamp = pragueDay();
	return new Response(openDataZipStream(locals.actor, url.origin), {
		headers: {
			...HSDS_CORS_HEADERS,
			'content-type': 'application/zip',
			'content-disposition': `attachment; filename="katalog-socialnich-sluzeb-${stamp}.zip"`,
			'cache-control': 'public, max-age=3600',
			'x-content-type-options': 'nosniff'
		}
	});
};
