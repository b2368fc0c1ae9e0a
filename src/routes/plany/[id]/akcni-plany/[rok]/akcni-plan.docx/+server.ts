/** GET /plany/{id}/akcni-plany/{rok}/akcni-plan.docx — the year's action plan as DOCX (read rules of the action plan). */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getActionPlanFile } from '#lib/modules/plans/index.ts';
import { fileResponse, isPlanId, isYear } from '../../../import/file.server.ts';

export const GET: RequestHandler = ({ locals, params }) => {
	if (!isPlanId(params.id)) error(400, 'Neplatný identifikátor plánu.');
	if (!isYear(params.rok)) error(400, 'Rok zadejte čtyřmi číslicemi, např. 2025.');
	return fileResponse(() => getActionPlanFile(locals.actor, params.id, Number(params.rok), 'docx'));
};
