/** GET /api/hsds/service_at_locations — HSDS page of services at their facilities. */
import {
	hsdsListServiceAtLocations,
	hsdsFallback,
	hsdsGet,
	hsdsOptions
} from '#lib/modules/catalogue/index.ts';

export const GET = hsdsGet(
	{
		path: '/api/hsds/service_at_locations',
		summary: 'HSDS: služby v místech poskytování',
		kind: 'list'
	},
	({ actor, query }) => hsdsListServiceAtLocations(actor, query)
);
export const OPTIONS = hsdsOptions;
export const fallback = hsdsFallback;
