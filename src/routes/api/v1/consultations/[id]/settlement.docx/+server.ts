/** GET /api/v1/consultations/{id}/settlement.docx — the settlement table as Word (DOCX), annex of the plan. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { getSettlementFile } from '#lib/modules/participation/index.ts';
import { ConsultationIdParams } from '../../consultation.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/consultations/{id}/settlement.docx',
	summary: 'Vypořádání připomínek (Word (DOCX))',
	description:
		'Tabulka vypořádání připomínek („Příloha: Vypořádání připomínek“). Po zveřejnění vypořádání pro každého, ' +
		'koordinátor území dostane i pracovní verzi; jinak 404.',
	tags: ['Připomínkování'],
	auth: 'public',
	params: ConsultationIdParams,
	binary: {
		contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		description: 'Vypořádání připomínek ve formátu Word (DOCX).'
	},
	errors: [404],
	handler: async ({ actor, params }) => getSettlementFile(actor, params.id, 'docx')
});

export const fallback = methodNotAllowed(['GET']);
