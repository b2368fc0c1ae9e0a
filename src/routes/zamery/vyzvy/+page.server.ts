/** /zamery/vyzvy: calls for development intentions (signed-in users), newest year first. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { CALLS_PAGE_SIZE, callRegionOptions, listCalls } from '#lib/modules/network/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const page = Math.max(1, Number(url.searchParams.get('strana')) || 1);
	const [result, regions] = await Promise.all([
		listCalls(locals.actor, { page }),
		callRegionOptions(locals.actor)
	]);
	return {
		title: m.net_int_calls_title(),
		breadcrumbs: [
			{ label: m.net_int_list_title(), href: '/zamery' },
			{ label: m.net_int_calls_title() }
		],
		rows: result.rows,
		page,
		pageCount: Math.max(1, Math.ceil(result.total / CALLS_PAGE_SIZE)),
		canCreate: regions.length > 0
	};
};
