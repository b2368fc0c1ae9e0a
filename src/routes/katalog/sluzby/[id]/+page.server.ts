/** /katalog/sluzby/<id>: one service — details, capacities, facilities on a map, JSON-LD (no login). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { env } from '#lib/platform/config/env.server.ts';
import {
	getServiceDetail,
	jsonLdScript,
	serviceDetailView,
	serviceJsonLd
} from '#lib/modules/catalogue/index.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const view = serviceDetailView(await getServiceDetail(locals.actor, params.id));
	const canonical = `${url.origin}/katalog/sluzby/${view.id}`;
	return {
		title: view.name,
		breadcrumbs: [
			{ label: m.catalogue_title(), href: '/katalog' },
			{ label: view.provider.name, href: `/katalog/poskytovatele/${view.provider.id}` },
			{ label: view.name }
		],
		service: view,
		jsonLd: jsonLdScript(serviceJsonLd(view, canonical)),
		print: url.searchParams.get('tisk') === '1',
		map: { tileUrl: env().MAP_TILE_URL, attribution: env().MAP_TILE_ATTRIBUTION }
	};
};
