/** GET /api/hsds/taxonomy_terms/{id} — one taxonomy term. */
import {
	hsdsGetTaxonomyTerm,
	hsdsFallback,
	hsdsGet,
	hsdsOptions
} from '#lib/modules/catalogue/index.ts';

export const GET = hsdsGet(
	{ path: '/api/hsds/taxonomy_terms/{id}', summary: 'HSDS: jeden pojem taxonomie', kind: 'item' },
	({ actor, params }) => hsdsGetTaxonomyTerm(actor, params.id ?? '')
);
export const OPTIONS = hsdsOptions;
export const fallback = hsdsFallback;
