/** GET /api/hsds/services/{id} — one service, fully nested. */
import {
	hsdsGetService,
	hsdsFallback,
	hsdsGet,
	hsdsOptions
} from '#lib/modules/catalogue/index.ts';

export const GET = hsdsGet(
	{ path: '/api/hsds/services/{id}', summary: 'HSDS: detail služby', kind: 'item' },
	({ actor, params }) => hsdsGetService(actor, params.id ?? '')
);
export const OPTIONS = hsdsOptions;
export const fallback = hsdsFallback;
