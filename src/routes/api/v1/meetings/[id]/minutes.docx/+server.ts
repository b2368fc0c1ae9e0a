/** GET /api/v1/meetings/{id}/minutes.docx — the minutes as Word (draft for readers, else published). */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { fileStem, getMinutesForDownload, renderMinutesDocx } from '#lib/modules/meetings/index.ts';
import { MeetingIdParams } from '../../meeting.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/meetings/{id}/minutes.docx',
	summary: 'Zápis z jednání (DOCX)',
	description:
		'Členové skupiny a koordinátoři dostanou aktuální zápis (i rozpracovaný, označený NÁVRH), ' +
		'ostatní poslední zveřejněnou verzi; 401/403, pokud zápis není zveřejněn, 404, pokud neexistuje.',
	tags: ['Jednání'],
	auth: 'public',
	params: MeetingIdParams,
	binary: {
		contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		description: 'Zápis ve formátu Word (DOCX).'
	},
	errors: [401, 403, 404],
	handler: async ({ actor, params }) => {
		const doc = await getMinutesForDownload(actor, params.id);
		return {
			data: await renderMinutesDocx(doc),
			filename: `${fileStem('zápis', doc.bodyCode, doc.startsAt)}.docx`
		};
	}
});

export const fallback = methodNotAllowed(['GET']);
