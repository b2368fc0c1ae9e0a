/** GET /api/v1/plans/{id}/export.docx — the whole plan as Word (public plans for everyone). */
import { z } from 'zod';
import { defineEndpoint } from '#lib/platform/http/api.server.ts';
import { methodNotAllowed } from '#lib/platform/http/problem.server.ts';
import { getPlanDocx } from '#lib/modules/plans/index.ts';

export const GET = defineEndpoint({
	method: 'GET',
	path: '/api/v1/plans/{id}/export.docx',
	summary: 'Plán jako dokument Word (DOCX)',
	description:
		'Celý plán jako dokument: titulní strana, vize a principy, karty opatření s náklady, ukazateli a aktivitami, souhrn nákladů. ' +
		'Plány ve veřejném stavu si stáhne kdokoli (plán v aktualizaci: jeho poslední schválená verze); plán v přípravě jen s oprávněním plans.read (401/403).',
	tags: ['Plány'],
	auth: 'public',
	params: z.object({ id: z.uuid().meta({ description: 'Identifikátor plánu (UUID).' }) }),
	binary: {
		contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		description: 'Plán ve formátu Word (DOCX).'
	},
	errors: [401, 403, 404],
	handler: async ({ actor, params }) => getPlanDocx(actor, params.id)
});

export const fallback = methodNotAllowed(['GET']);
