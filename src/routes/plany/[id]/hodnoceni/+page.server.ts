/** /plany/<id>/hodnoceni: the evaluation reports of the plan, one per year of the period. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getMonitoringOverview } from '#lib/modules/plans/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const { tree, years } = await getMonitoringOverview(locals.actor, params.id);
	return {
		title: m.plans_mon_reports_title({ plan: tree.title }),
		breadcrumbs: [
			{ label: m.plans_mon_crumb_plans(), href: '/plany' },
			{ label: tree.title, href: `/plany/${tree.id}` },
			{ label: m.plans_mon_crumb_reports() }
		],
		plan: { id: tree.id, title: tree.title },
		years: years.map((y) => ({
			year: y.year,
			state: y.state,
			closedAt: y.closedAt,
			progress: y.rollup.plan.progress,
			planned: y.rollup.plan.planned,
			actual: y.rollup.plan.actual
		}))
	};
};
