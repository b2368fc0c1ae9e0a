/** /katalog/situace/<slug>: a life situation — explanation and a pre-filtered search (no login). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { LIFE_SITUATIONS, lifeSituation, searchPage } from '#lib/modules/catalogue/index.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const situation = lifeSituation(params.slug);
	if (!situation) throw new NotFoundError(m.catalogue_situation_not_found());
	const search = await searchPage(
		locals.actor,
		url,
		`/katalog/situace/${situation.slug}`,
		situation
	);
	return {
		title: situation.title,
		breadcrumbs: [{ label: m.catalogue_title(), href: '/katalog' }, { label: situation.title }],
		situation: { slug: situation.slug, title: situation.title, intro: situation.intro },
		others: LIFE_SITUATIONS.filter((s) => s.slug !== situation.slug).map((s) => ({
			slug: s.slug,
			title: s.title
		})),
		search
	};
};
