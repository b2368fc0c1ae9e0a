/** GET /api/v1/meetings/{id}/minutes.pdf — the minutes as PDF (draft for readers, else published). */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { fileStem, getMinutesForDownload, renderMinutesPdf } from '#lib/modules/meetings/index.ts';
import { MeetingIdParams } from '../../meeting.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/meetings/{id}/minutes.pdf',
	summary: 'Zápis z jednání (PDF)',
	description:
		'Stejná pravidla jako u DOCX: členové a koordinátoři aktuální zápis, ostatní zveřejněnou verzi.',
	tags: ['Jednání'],
	auth: 'public',
	params: MeetingIdParams,
	binary: { contentType: 'application/pdf', description: 'Zápis ve formátu PDF.' },
	errors: [401, 403, 404],
	handler: async ({ actor, params }) => {
		const doc = await getMinutesForDownload(actor, params.id);
		return {
			data: await renderMinutesPdf(doc),
			filename: `${fileStem('zápis', doc.bodyCode, doc.startsAt)}.pdf`
		};
	}
});

export const fallback = methodNotAllowed(['GET']);
