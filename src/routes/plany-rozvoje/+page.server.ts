/** /plany-rozvoje: public list of approved development plans (filter by area and text, paginated). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { listPublicPlans } from '#lib/modules/plans/index.ts';

const PAGE_SIZE = 20;

export const load: PageServerLoad = async ({ url }) => {
	const q = url.searchParams.get('q') ?? '';
	const areaId = url.searchParams.get('uzemi') ?? '';
	const page = Math.max(1, Number.parseInt(url.searchParams.get('strana') ?? '1', 10) || 1);
	const result = await listPublicPlans({ q, areaId, page, pageSize: PAGE_SIZE });
	return {
		title: m.plans_mon_public_list_title(),
		breadcrumbs: [{ label: m.plans_mon_public_list_title() }],
		filter: { q, areaId },
		rows: result.rows,
		total: result.total,
		page,
		pageCount: Math.max(1, Math.ceil(result.total / PAGE_SIZE)),
		areas: result.areas
	};
};
