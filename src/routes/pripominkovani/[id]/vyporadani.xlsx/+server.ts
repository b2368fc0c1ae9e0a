/** GET /pripominkovani/{id}/vyporadani.xlsx — the settlement table as Excel (published, or the coordinator's working version). */
import type { RequestHandler } from './$types';
import { settlementDownload } from '../download.server.ts';

export const GET: RequestHandler = ({ locals, params }) =>
	settlementDownload(locals.actor, params.id, 'xlsx');
