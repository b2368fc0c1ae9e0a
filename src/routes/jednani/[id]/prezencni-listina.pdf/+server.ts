/**
 * GET /jednani/{id}/prezencni-listina.pdf — the attendance sheet for signatures (members on the
 * meeting date + empty guest rows). Needs `meetings.manage` on the body: 401/403/404/400.
 */
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { isAppError } from '#lib/platform/http/errors.ts';
import { contentDisposition } from '#lib/platform/files/content-disposition.ts';
import {
	fileStem,
	getAttendanceSheet,
	renderAttendanceSheetPdf
} from '#lib/modules/meetings/index.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	if (!z.uuid().safeParse(params.id).success) error(400, 'Neplatný identifikátor jednání.');
	try {
		const { input, bodyCode } = await getAttendanceSheet(locals.actor, params.id);
		const data = await renderAttendanceSheetPdf(input);
		const startsAt =
			typeof input.startsAt === 'string' ? input.startsAt : input.startsAt.toISOString();
		return new Response(new Uint8Array(data), {
			headers: {
				'content-type': 'application/pdf',
				'content-length': String(data.length),
				'content-disposition': contentDisposition(
					`${fileStem('prezenční-listina', bodyCode, startsAt)}.pdf`
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
