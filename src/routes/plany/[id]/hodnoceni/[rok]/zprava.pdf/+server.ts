/** GET /plany/{id}/hodnoceni/{rok}/zprava.pdf — the evaluation report as PDF. */
import type { RequestHandler } from './$types';
import { renderEvaluationPdf } from '#lib/modules/plans/index.ts';
import { reportDownload } from '../download.server.ts';

export const GET: RequestHandler = ({ locals, params }) =>
	reportDownload(locals.actor, params, 'pdf', renderEvaluationPdf);
