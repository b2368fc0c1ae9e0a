/** /sit — public: regions with their networks by year; pick a region and year. */
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { listRegionNetworks } from '#lib/modules/network/index.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const groups = await listRegionNetworks(locals.actor);
	// The picker form (GET ?sit=<id>) works without JavaScript.
	const picked = url.searchParams.get('sit');
	if (picked && groups.some((g) => g.networks.some((n) => n.id === picked))) {
		redirect(303, `/sit/${picked}`);
	}
	return {
		title: m.net_nw_title(),
		breadcrumbs: [{ label: m.net_nw_title() }],
		groups,
		canManageAny: groups.some((g) => g.canManage) || locals.actor.kind === 'user'
	};
};
