/** /katalog: the public catalogue of social services — life situations and search (no login). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { LIFE_SITUATIONS, searchPage } from '#lib/modules/catalogue/index.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const search = await searchPage(locals.actor, url, '/katalog');
	return {
		title: search.state.q ? m.catalogue_title_query({ q: search.state.q }) : m.catalogue_title(),
		breadcrumbs: [{ label: m.catalogue_title() }],
		search,
		situations: LIFE_SITUATIONS.map((s) => ({ slug: s.slug, title: s.title, summary: s.summary }))
	};
};
