/**
 * GET /plany/{id}/plan.docx — the whole plan as Word. Public plans for everyone (a plan under
 * update: its approved version), plans in preparation with `plans.read` (401/403), 404 unknown.
 */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getPlanDocx } from '#lib/modules/plans/index.ts';
import { DOCX, fileResponse, isPlanId } from '../import/file.server.ts';

export const GET: RequestHandler = ({ locals, params }) => {
	if (!isPlanId(params.id)) error(400, 'Neplatný identifikátor plánu.');
	return fileResponse(async () => ({
		...(await getPlanDocx(locals.actor, params.id)),
		contentType: DOCX
	}));
};
