/** GET /sprava/ulohy/[id]/stav: the job's progress as JSON, for pages that poll with JavaScript. */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isAppError } from '#lib/platform/http/errors.ts';
import { readJob } from '#lib/platform/jobs/jobs.service.server.ts';
import { jobProgressJson } from '#lib/platform/jobs/jobs.presenter.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const job = await readJob(locals.actor, params.id);
		return json(jobProgressJson(job), { headers: { 'cache-control': 'no-store' } });
	} catch (error) {
		if (isAppError(error)) {
			return json({ status: error.status, message: error.message }, { status: error.status });
		}
		throw error;
	}
};
