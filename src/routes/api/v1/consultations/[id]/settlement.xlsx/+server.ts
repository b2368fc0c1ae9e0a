/** GET /api/v1/consultations/{id}/settlement.xlsx — the settlement table as Excel (XLSX), annex of the plan. */
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { getSettlementFile } from '#lib/modules/participation/index.ts';
import { ConsultationIdParams } from '../../consultation.api.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/consultations/{id}/settlement.xlsx',
	summary: 'Vypořádání připomínek (Excel (XLSX))',
	description:
		'Tabulka vypořádání připomínek („Příloha: Vypořádání připomínek“). Po zveřejnění vypořádání pro každého, ' +
		'koordinátor území dostane i pracovní verzi; jinak 404.',
	tags: ['Připomínkování'],
	auth: 'public',
	params: ConsultationIdParams,
	binary: {
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		description: 'Vypořádání připomínek ve formátu Excel (XLSX).'
	},
	errors: [404],
	handler: async ({ actor, params }) => getSettlementFile(actor, params.id, 'xlsx')
});

export const fallback = methodNotAllowed(['GET']);
