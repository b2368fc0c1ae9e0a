/** GET /api/hsds — HSDS API root: version, Czech profile, OpenAPI and datapackage links. */
import { hsdsRoot, hsdsFallback, hsdsGet, hsdsOptions } from '#lib/modules/catalogue/index.ts';

export const GET = hsdsGet(
	{ path: '/api/hsds', summary: 'HSDS: kořen rozhraní (verze, profil)', kind: 'root' },
	({ actor, origin }) => hsdsRoot(actor, origin)
);
export const OPTIONS = hsdsOptions;
export const fallback = hsdsFallback;
