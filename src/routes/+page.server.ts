/**
 * Home: the public introduction with the list of planning areas, or – for a signed-in user –
 * "Přehled" with their roles, their areas and shortcuts into administration.
 */
import type { PageServerLoad } from './$types';
import { listAreas, type Area } from '#lib/modules/organisation/index.ts';
import { can, isAdmin } from '#lib/platform/access/can.ts';
import { roleLabel } from '#lib/platform/access/role.presenter.ts';
import '#lib/platform/access/platform.permissions.ts';
import { compareCs, currentLocale } from '#lib/platform/i18n/format.ts';
import { clampPage, paginate } from '#lib/platform/ui/pagination.ts';
import { sortParams } from '#lib/platform/ui/sort.ts';
import { m } from '#lib/paraglide/messages.js';

const PAGE_SIZE = 20;
const SORT_KEYS = ['nazev', 'druh'] as const;
const KIND_ORDER: Area['kind'][] = ['kraj', 'orp', 'so_pou', 'mikroregion', 'obec'];

const kindLabel = (kind: Area['kind']): string =>
	({
		kraj: m.ui_area_kind_kraj(),
		orp: m.ui_area_kind_orp(),
		so_pou: m.ui_area_kind_so_pou(),
		mikroregion: m.ui_area_kind_mikroregion(),
		obec: m.ui_area_kind_obec()
	})[kind];

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = locals.actor;
	const all = await listAreas();
	const names = new Map(all.map((a) => [a.id, a.name]));
	const { sort, dir } = sortParams(url, SORT_KEYS, 'druh');
	const byName = (a: Area, b: Area) => compareCs(a.name, b.name);
	const byKind = (a: Area, b: Area) =>
		KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || byName(a, b);
	const sorted = [...all].sort(sort === 'nazev' ? byName : byKind);
	if (dir === 'desc') sorted.reverse();
	const pageCount = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
	const areaPage = paginate(
		sorted,
		clampPage(url.searchParams.get('strana'), pageCount),
		PAGE_SIZE
	);

	const locale = currentLocale();
	const overview =
		actor.kind === 'user'
			? {
					roles: actor.grants.map((g) => ({
						role: roleLabel(g.role, locale),
						area: g.areaId ? (names.get(g.areaId) ?? null) : null
					})),
					isAdmin: isAdmin(actor),
					adminLinks: can(actor, 'admin.audit.read')
				}
			: null;

	return {
		// The anonymous home uses the layout's default title ("Souhra – …").
		title: actor.kind === 'user' ? m.ui_home_overview_title() : undefined,
		overview,
		areas: {
			items: areaPage.items.map((a) => ({
				id: a.id,
				name: a.name,
				kind: kindLabel(a.kind),
				parent: a.parentId ? (names.get(a.parentId) ?? null) : null,
				description: a.description
			})),
			page: areaPage.page,
			pageCount: areaPage.pageCount,
			total: areaPage.total,
			sort,
			dir
		}
	};
};
