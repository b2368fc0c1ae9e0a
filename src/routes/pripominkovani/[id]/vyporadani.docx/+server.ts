/** GET /pripominkovani/{id}/vyporadani.docx — the settlement table as Word (published, or the coordinator's working version). */
import type { RequestHandler } from './$types';
import { settlementDownload } from '../download.server.ts';

export const GET: RequestHandler = ({ locals, params }) =>
	settlementDownload(locals.actor, params.id, 'docx');
