/** /plany/<id>/monitoring: the years of the plan period with their monitoring state and roll-up. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getMonitoringOverview } from '#lib/modules/plans/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const overview = await getMonitoringOverview(locals.actor, params.id);
	const { tree } = overview;
	return {
		title: m.plans_mon_overview_title({ plan: tree.title }),
		breadcrumbs: [
			{ label: m.plans_mon_crumb_plans(), href: '/plany' },
			{ label: tree.title, href: `/plany/${tree.id}` },
			{ label: m.plans_mon_crumb_monitoring() }
		],
		plan: {
			id: tree.id,
			title: tree.title,
			areaName: tree.area.name,
			period: `${tree.periodFrom}–${tree.periodTo}`
		},
		blockedReason: overview.blockedReason,
		years: overview.years.map((y) => ({
			year: y.year,
			state: y.state,
			closedAt: y.closedAt,
			recorded: y.recorded,
			active: y.rollup.plan.activeCount - y.rollup.plan.counts.cancelled,
			activeAll: y.rollup.plan.activeCount,
			progress: y.rollup.plan.progress
		}))
	};
};
