/** /sprava/ulohy: background jobs with status and progress (administrators). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { browseJobs } from '#lib/platform/jobs/jobs.service.server.ts';
import { jobStatusOptions, presentJob } from '#lib/platform/jobs/jobs.presenter.ts';
import { jobTitle } from '#lib/platform/jobs/jobs.server.ts';
import { pageCountOf } from '#lib/platform/ui/pagination.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const values: Record<string, string> = {};
	for (const key of ['strana', 'stav', 'druh']) {
		const value = url.searchParams.get(key);
		if (value !== null) values[key] = value;
	}
	const result = await browseJobs(locals.actor, values);
	return {
		title: m.jobs_list_title(),
		breadcrumbs: [
			{ label: m.audit_admin_breadcrumb_admin(), href: '/sprava' },
			{ label: m.jobs_list_title() }
		],
		values,
		jobs: result.rows.map((job) => presentJob(job)),
		total: result.total,
		page: result.page,
		pageCount: pageCountOf(result.total, result.pageSize),
		statusOptions: jobStatusOptions(),
		nameOptions: result.names.map((name) => ({
			value: name,
			label: jobTitle(name) === name ? name : `${jobTitle(name)} (${name})`
		}))
	};
};
