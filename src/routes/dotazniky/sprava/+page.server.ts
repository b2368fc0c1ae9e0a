/** /dotazniky/sprava: surveys of the areas the coordinator manages. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { listManagedSurveys } from '#lib/modules/participation/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const page = Number(url.searchParams.get('strana') ?? '1');
	const result = await listManagedSurveys(locals.actor, {
		page: Number.isInteger(page) && page > 0 ? page : 1,
		pageSize: 25
	});
	return {
		title: m.part_srv_admin_title(),
		breadcrumbs: [{ label: m.part_srv_admin_title() }],
		...result
	};
};
