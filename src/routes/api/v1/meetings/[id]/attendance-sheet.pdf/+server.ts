/** GET /api/v1/meetings/{id}/attendance-sheet.pdf — the attendance sheet for signatures. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import {
	fileStem,
	getAttendanceSheet,
	renderAttendanceSheetPdf
} from '#lib/modules/meetings/index.ts';
import { MeetingIdParams } from '../../meeting.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/meetings/{id}/attendance-sheet.pdf',
	summary: 'Prezenční listina (PDF)',
	description:
		'Prezenční listina k podpisu: členové skupiny ke dni jednání a prázdné řádky pro hosty. ' +
		'Jen pro koordinátora území a vedoucího skupiny.',
	tags: ['Jednání'],
	auth: 'user',
	params: MeetingIdParams,
	binary: { contentType: 'application/pdf', description: 'Prezenční listina ve formátu PDF.' },
	errors: [403, 404],
	handler: async ({ actor, params }) => {
		const { input, bodyCode } = await getAttendanceSheet(actor, params.id);
		const startsAt =
			typeof input.startsAt === 'string' ? input.startsAt : input.startsAt.toISOString();
		return {
			data: await renderAttendanceSheetPdf(input),
			filename: `${fileStem('prezenční-listina', bodyCode, startsAt)}.pdf`
		};
	}
});

export const fallback = methodNotAllowed(['GET']);
