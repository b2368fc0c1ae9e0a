/** GET /api/hsds/taxonomies — the taxonomies of the Czech profile. */
import {
	hsdsListTaxonomies,
	hsdsFallback,
	hsdsGet,
	hsdsOptions
} from '#lib/modules/catalogue/index.ts';

export const GET = hsdsGet(
	{ path: '/api/hsds/taxonomies', summary: 'HSDS: taxonomie profilu', kind: 'list' },
	({ actor, query }) => hsdsListTaxonomies(actor, query)
);
export const OPTIONS = hsdsOptions;
export const fallback = hsdsFallback;
