/** GET /api/hsds/services — HSDS page of active services (search, taxonomy_term_id, organization_id, modified_after). */
import {
	hsdsListServices,
	hsdsFallback,
	hsdsGet,
	hsdsOptions
} from '#lib/modules/catalogue/index.ts';

export const GET = hsdsGet(
	{ path: '/api/hsds/services', summary: 'HSDS: seznam služeb', kind: 'list' },
	({ actor, query }) => hsdsListServices(actor, query)
);
export const OPTIONS = hsdsOptions;
export const fallback = hsdsFallback;
