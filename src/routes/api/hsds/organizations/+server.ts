/** GET /api/hsds/organizations — HSDS page of providers with an active service. */
import {
	hsdsListOrganizations,
	hsdsFallback,
	hsdsGet,
	hsdsOptions
} from '#lib/modules/catalogue/index.ts';

export const GET = hsdsGet(
	{ path: '/api/hsds/organizations', summary: 'HSDS: seznam poskytovatelů', kind: 'list' },
	({ actor, query }) => hsdsListOrganizations(actor, query)
);
export const OPTIONS = hsdsOptions;
export const fallback = hsdsFallback;
