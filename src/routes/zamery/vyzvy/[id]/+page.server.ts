/** /zamery/vyzvy/[id]: one call with its rules, eligible kinds, linked measures and criteria. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getCall } from '#lib/modules/network/index.ts';
import { serviceKindLabel } from '#lib/modules/catalogue/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const call = await getCall(locals.actor, params.id);
	const canSubmit = locals.actor.grants.some(
		(g) => g.role === 'admin' || g.role === 'provider' || g.role === 'coordinator'
	);
	return {
		title: call.title,
		breadcrumbs: [
			{ label: m.net_int_list_title(), href: '/zamery' },
			{ label: m.net_int_calls_title(), href: '/zamery/vyzvy' },
			{ label: call.title }
		],
		call: { ...call, kindLabels: call.eligibleKinds.map(serviceKindLabel) },
		canSubmit: canSubmit && call.state === 'open'
	};
};
