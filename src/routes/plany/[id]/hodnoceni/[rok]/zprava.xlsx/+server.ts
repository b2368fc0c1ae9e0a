/** GET /plany/{id}/hodnoceni/{rok}/zprava.xlsx — the evaluation report as XLSX. */
import type { RequestHandler } from './$types';
import { renderEvaluationXlsx } from '#lib/modules/plans/index.ts';
import { reportDownload } from '../download.server.ts';

export const GET: RequestHandler = ({ locals, params }) =>
	reportDownload(locals.actor, params, 'xlsx', renderEvaluationXlsx);
