/** GET /plany/{id}/import/sablona.xlsx — the template for this plan (its years, target groups, groups); `plans.manage`. */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { planImportTemplate } from '#lib/modules/plans/index.ts';
import { fileResponse, isPlanId, XLSX } from '../file.server.ts';

export const GET: RequestHandler = ({ locals, params }) => {
	if (!isPlanId(params.id)) error(400, 'Neplatný identifikátor plánu.');
	return fileResponse(async () => ({
		...(await planImportTemplate(locals.actor, params.id)),
		contentType: XLSX
	}));
};
