/** GET /sprava/posta/[id]/priloha/[index]: download an attachment of an outgoing message. */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isAppError } from '#lib/platform/http/errors.ts';
import { getOutboxAttachment } from '#lib/platform/mail/mail.service.server.ts';
import { contentDisposition } from '#lib/platform/files/content-disposition.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const attachment = await getOutboxAttachment(locals.actor, params.id, Number(params.index));
		return new Response(new Uint8Array(attachment.data), {
			headers: {
				'content-type': attachment.contentType.split(';')[0] || 'application/octet-stream',
				'content-length': String(attachment.data.length),
				'content-disposition': contentDisposition(attachment.filename),
				'x-content-type-options': 'nosniff',
				'cache-control': 'private, no-store'
			}
		});
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
};
