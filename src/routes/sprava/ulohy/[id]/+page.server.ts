/** /sprava/ulohy/[id]: one job with its progress; the page refreshes itself while the job runs. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { readJob } from '#lib/platform/jobs/jobs.service.server.ts';
import { presentJob } from '#lib/platform/jobs/jobs.presenter.ts';
import { jobTitle } from '#lib/platform/jobs/jobs.server.ts';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const job = await readJob(locals.actor, params.id);
	setHeaders({ 'cache-control': 'no-store' });
	return {
		title: m.jobs_detail_title({ name: jobTitle(job.name) }),
		breadcrumbs: [
			{ label: m.audit_admin_breadcrumb_admin(), href: '/sprava' },
			{ label: m.jobs_list_title(), href: '/sprava/ulohy' },
			{ label: jobTitle(job.name) }
		],
		job: presentJob(job),
		payload: JSON.stringify(job.payload, null, 2),
		result:
			job.result === null || job.result === undefined ? null : JSON.stringify(job.result, null, 2)
	};
};
