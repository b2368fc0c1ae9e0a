/** GET /sit/<id>/sit.xlsx — the network in the layout regions publish, streamed. Drafts only for the kraj coordinator (404 otherwise). */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isAppError } from '#lib/platform/http/errors.ts';
import { contentDisposition } from '#lib/platform/files/content-disposition.ts';
import { networkXlsx } from '#lib/modules/network/index.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const file = await networkXlsx(locals.actor, params.id);
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
