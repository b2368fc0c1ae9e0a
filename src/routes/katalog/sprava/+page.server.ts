/** /katalog/sprava: coordinators' overview — pending provider edits, non-registered services, open data. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getCatalogueAdminOverview } from '#lib/modules/catalogue/index.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { clampPage, pageCountOf } from '#lib/platform/ui/pagination.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const overview = await getCatalogueAdminOverview(locals.actor, {
		page: clampPage(url.searchParams.get('strana'), 100_000)
	});
	return {
		title: m.catalogue_adm_title(),
		breadcrumbs: [
			{ label: m.catalogue_adm_catalogue(), href: '/katalog' },
			{ label: m.catalogue_adm_title() }
		],
		pendingEdits: overview.pendingEdits.map((e) => ({
			id: e.id,
			serviceName: e.serviceName,
			providerName: e.providerName,
			proposedByName: e.proposedByName,
			createdAt: e.createdAt.toISOString(),
			fields: e.fields
		})),
		manualServices: overview.manualServices,
		manualTotal: overview.manualTotal,
		registryTotal: overview.registryTotal,
		page: overview.page,
		pageCount: pageCountOf(overview.manualTotal, overview.pageSize)
	};
};
