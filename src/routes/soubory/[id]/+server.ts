/**
 * GET /soubory/[id]: stream a stored file, if the owning module's access rule allows it
 * (401 anonymous, 403 signed-in without access, 404 unknown). PDF and images open inline.
 */
import { Readable } from 'node:stream';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isAppError } from '#lib/platform/http/errors.ts';
import { openFileDownload } from '#lib/platform/files/files.service.server.ts';
import { contentDisposition } from '#lib/platform/files/content-disposition.ts';
import { FILE_TYPES } from '#lib/platform/files/files.mime.ts';

const INLINE = new Set(FILE_TYPES.filter((t) => t.inline).map((t) => t.contentType));

export const GET: RequestHandler = async ({ locals, params, request }) => {
	let opened;
	try {
		opened = await openFileDownload(locals.actor, params.id);
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
	const { file, stream } = opened;
	const etag = `"${file.sha256}"`;
	const headers: Record<string, string> = {
		'content-type': file.contentType,
		'content-disposition': contentDisposition(
			file.filename,
			INLINE.has(file.contentType) ? 'inline' : 'attachment'
		),
		'x-content-type-options': 'nosniff',
		'cache-control': 'private, max-age=0, must-revalidate',
		etag
	};
	if (request.headers.get('if-none-match') === etag) {
		stream.destroy();
		return new Response(null, { status: 304, headers });
	}
	headers['content-length'] = String(file.size);
	return new Response(Readable.toWeb(stream) as ReadableStream, { headers });
};
