/** GET /api/hsds/taxonomy_terms — terms of the profile's taxonomies (taxonomy_id, search). */
import {
	hsdsListTaxonomyTerms,
	hsdsFallback,
	hsdsGet,
	hsdsOptions
} from '#lib/modules/catalogue/index.ts';

export const GET = hsdsGet(
	{ path: '/api/hsds/taxonomy_terms', summary: 'HSDS: pojmy taxonomií', kind: 'list' },
	({ actor, query }) => hsdsListTaxonomyTerms(actor, query)
);
export const OPTIONS = hsdsOptions;
export const fallback = hsdsFallback;
