/** /plany: plans the user may see (public ones and those of their areas and groups), filtered and paginated. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	listPlans,
	PLAN_STATUSES,
	planKindLabel,
	planAreaOptions
} from '#lib/modules/plans/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { clampPage, pageCountOf } from '#lib/platform/ui/pagination.ts';
import { statusLabel } from '#lib/modules/plans/views/plan.labels.ts';

const PAGE_SIZE = 20;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const rawStatus = url.searchParams.get('stav') ?? '';
	const status = (PLAN_STATUSES as readonly string[]).includes(rawStatus) ? rawStatus : '';
	const rawArea = url.searchParams.get('uzemi') ?? '';
	const areas = await planAreaOptions(locals.actor);
	const areaId = areas.some((a) => a.id === rawArea) ? rawArea : '';
	const requested = clampPage(url.searchParams.get('strana'), Number.MAX_SAFE_INTEGER);
	const query = { q, status, areaId, pageSize: PAGE_SIZE };
	let result = await listPlans(locals.actor, { ...query, page: requested });
	const pageCount = pageCountOf(result.total, PAGE_SIZE);
	const page = Math.min(requested, pageCount);
	if (page !== requested) result = await listPlans(locals.actor, { ...query, page });
	return {
		title: m.plans_list_title(),
		breadcrumbs: [{ label: m.plans_nav() }],
		q,
		status,
		areaId,
		page,
		pageCount,
		total: result.total,
		canCreate: areas.some((a) => a.canManage),
		areaOptions: areas.map((a) => ({ value: a.id, label: a.name })),
		statusOptions: PLAN_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
		rows: result.rows.map((r) => ({
			id: r.id,
			title: r.title,
			kind: planKindLabel(r.kind),
			area: r.areaName,
			period: r.periodFrom === r.periodTo ? String(r.periodFrom) : `${r.periodFrom}–${r.periodTo}`,
			status: r.status,
			measureCount: r.measureCount
		}))
	};
};
