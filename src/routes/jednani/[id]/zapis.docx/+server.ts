/**
 * GET /jednani/{id}/zapis.docx — minutes as Word: the live draft for readers of the body, the
 * published revision for everybody else (401/403 when neither, 404 unknown, 400 malformed id).
 */
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { isAppError } from '#lib/platform/http/errors.ts';
import { contentDisposition } from '#lib/platform/files/content-disposition.ts';
import { fileStem, getMinutesForDownload, renderMinutesDocx } from '#lib/modules/meetings/index.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	if (!z.uuid().safeParse(params.id).success) error(400, 'Neplatný identifikátor jednání.');
	try {
		const doc = await getMinutesForDownload(locals.actor, params.id);
		const data = await renderMinutesDocx(doc);
		return new Response(new Uint8Array(data), {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
				'content-length': String(data.length),
				'content-disposition': contentDisposition(
					`${fileStem('zápis', doc.bodyCode, doc.startsAt)}.docx`
				),
				'cache-control': 'private, no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
};
