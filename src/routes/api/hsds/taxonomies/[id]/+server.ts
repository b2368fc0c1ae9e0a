/** GET /api/hsds/taxonomies/{id} — one taxonomy. */
import {
	hsdsGetTaxonomy,
	hsdsFallback,
	hsdsGet,
	hsdsOptions
} from '#lib/modules/catalogue/index.ts';

export const GET = hsdsGet(
	{ path: '/api/hsds/taxonomies/{id}', summary: 'HSDS: jedna taxonomie', kind: 'item' },
	({ actor, params }) => hsdsGetTaxonomy(actor, params.id ?? '')
);
export const OPTIONS = hsdsOptions;
export const fallback = hsdsFallback;
