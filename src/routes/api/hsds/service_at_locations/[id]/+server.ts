/** GET /api/hsds/service_at_locations/{id} — one service at one facility, with the location and address. */
import {
	hsdsGetServiceAtLocation,
	hsdsFallback,
	hsdsGet,
	hsdsOptions
} from '#lib/modules/catalogue/index.ts';

export const GET = hsdsGet(
	{
		path: '/api/hsds/service_at_locations/{id}',
		summary: 'HSDS: služba v jednom místě',
		kind: 'item'
	},
	({ actor, params }) => hsdsGetServiceAtLocation(actor, params.id ?? '')
);
export const OPTIONS = hsdsOptions;
export const fallback = hsdsFallback;
