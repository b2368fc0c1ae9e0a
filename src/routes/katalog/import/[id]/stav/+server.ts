/** GET /katalog/import/[id]/stav: the run's progress as JSON, for the page's polling with JavaScript. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isAppError } from '#lib/platform/http/errors.ts';
import { getImportRun, presentImportProgress } from '#lib/modules/catalogue/index.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const { run, job } = await getImportRun(locals.actor, params.id);
		return json(presentImportProgress(run, job), { headers: { 'cache-control': 'no-store' } });
	} catch (error) {
		if (isAppError(error)) {
			return json({ status: error.status, message: error.message }, { status: error.status });
		}
		throw error;
	}
};
