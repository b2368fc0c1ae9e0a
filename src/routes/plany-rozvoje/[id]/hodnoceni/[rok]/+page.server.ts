/** /plany-rozvoje/<id>/hodnoceni/<rok>: the public evaluation report of a closed year. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getPublicEvaluation } from '#lib/modules/plans/index.ts';

export const load: PageServerLoad = async ({ params }) => {
	const report = await getPublicEvaluation(params.id, params.rok);
	return {
		title: m.plans_mon_report_title({ year: String(report.year), plan: report.planTitle }),
		breadcrumbs: [
			{ label: m.plans_mon_public_list_title(), href: '/plany-rozvoje' },
			{ label: report.planTitle, href: `/plany-rozvoje/${report.planId}` },
			{ label: m.plans_mon_report_link({ year: String(report.year) }) }
		],
		report
	};
};
