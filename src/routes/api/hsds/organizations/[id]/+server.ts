/** GET /api/hsds/organizations/{id} — one provider with identifiers and services. */
import {
	hsdsGetOrganization,
	hsdsFallback,
	hsdsGet,
	hsdsOptions
} from '#lib/modules/catalogue/index.ts';

export const GET = hsdsGet(
	{ path: '/api/hsds/organizations/{id}', summary: 'HSDS: detail poskytovatele', kind: 'item' },
	({ actor, params }) => hsdsGetOrganization(actor, params.id ?? '')
);
export const OPTIONS = hsdsOptions;
export const fallback = hsdsFallback;
