/** /plany/[id]/verze: stored versions (status, date, author) and the comparison of any two (`?a=&b=`, `live` = working state). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getVersionsPage } from '#lib/modules/plans/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { presentComparison } from '#lib/modules/plans/views/plan.compare.view.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals.actor, url);
	const a = url.searchParams.get('a');
	const b = url.searchParams.get('b');
	const page = await getVersionsPage(locals.actor, params.id, a && b ? { a, b } : null);
	let comparison = null;
	let compareError: string | null = null;
	if (page.comparison && 'error' in page.comparison) compareError = page.comparison.error;
	else if (page.comparison) comparison = presentComparison(page.comparison);
	return {
		title: m.plans_versions_title(),
		breadcrumbs: [
			{ label: m.plans_nav(), href: '/plany' },
			{ label: page.plan.title, href: `/plany/${params.id}` },
			{ label: m.plans_versions_title() }
		],
		plan: { id: page.plan.id, title: page.plan.title, status: page.plan.status },
		versions: page.versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
		a: a ?? '',
		b: b ?? '',
		comparison,
		compareError
	};
};
