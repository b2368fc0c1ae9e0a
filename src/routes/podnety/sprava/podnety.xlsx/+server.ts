/** GET /podnety/sprava/podnety.xlsx — the staff list of suggestions with the page's filters, streamed. 401/403 as the list. */
import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isAppError } from '#lib/platform/http/errors.ts';
import { contentDisposition } from '#lib/platform/files/content-disposition.ts';
import {
	lenientFilter,
	SuggestionStaffListQuery,
	suggestionsXlsx
} from '#lib/modules/participation/index.ts';
import { filterFromUrl } from '#lib/modules/participation/views/suggestions/query.ts';

export const GET: RequestHandler = async ({ locals, url }) => {
	if (locals.actor.kind === 'anonymous') {
		redirect(303, `/prihlaseni?next=${encodeURIComponent(url.pathname + url.search)}`);
	}
	try {
		const filter = lenientFilter(SuggestionStaffListQuery, filterFromUrl(url));
		const file = await suggestionsXlsx(locals.actor, filter);
		return new Response(file.body, {
			headers: {
				'content-type': file.contentType,
				'content-disposition': contentDisposition(file.filename),
				'cache-control': 'private, no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
};
