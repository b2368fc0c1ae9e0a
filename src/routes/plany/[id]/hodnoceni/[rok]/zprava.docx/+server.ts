/** GET /plany/{id}/hodnoceni/{rok}/zprava.docx — the evaluation report as DOCX. */
import type { RequestHandler } from './$types';
import { renderEvaluationDocx } from '#lib/modules/plans/index.ts';
import { reportDownload } from '../download.server.ts';

export const GET: RequestHandler = ({ locals, params }) =>
	reportDownload(locals.actor, params, 'docx', renderEvaluationDocx);
