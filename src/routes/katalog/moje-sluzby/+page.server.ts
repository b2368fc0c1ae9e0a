/** /katalog/moje-sluzby: a provider's services in the catalogue, with pending proposals. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { listMyServices } from '#lib/modules/catalogue/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { clampPage, pageCountOf } from '#lib/platform/ui/pagination.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const result = await listMyServices(locals.actor, {
		page: clampPage(url.searchParams.get('strana'), 100_000)
	});
	return {
		title: m.catalogue_adm_my_title(),
		breadcrumbs: [
			{ label: m.catalogue_adm_catalogue(), href: '/katalog' },
			{ label: m.catalogue_adm_my_title() }
		],
		rows: result.rows,
		page: result.page,
		pageCount: pageCountOf(result.total, result.pageSize)
	};
};
