/** /zamery: development intentions the signed-in user may see (by role), newest first, paginated. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	INTENTION_STATUSES,
	INTENTIONS_PAGE_SIZE,
	listIntentions,
	type IntentionStatus
} from '#lib/modules/network/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const statusParam = url.searchParams.get('stav') ?? '';
	const status = (INTENTION_STATUSES as readonly string[]).includes(statusParam)
		? (statusParam as IntentionStatus)
		: undefined;
	const page = Math.max(1, Number(url.searchParams.get('strana')) || 1);
	const result = await listIntentions(locals.actor, { status, page });
	const canSubmit = locals.actor.grants.some(
		(g) => g.role === 'admin' || g.role === 'provider' || g.role === 'coordinator'
	);
	return {
		title: m.net_int_list_title(),
		breadcrumbs: [{ label: m.net_int_list_title() }],
		rows: result.rows,
		total: result.total,
		page,
		pageCount: Math.max(1, Math.ceil(result.total / INTENTIONS_PAGE_SIZE)),
		status: status ?? '',
		canSubmit
	};
};
