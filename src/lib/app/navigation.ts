/**
 * Composition root: the primary navigation of all modules. Adding a module's page is one line:
 * `{ label: m.plans_nav(), href: '/plany', visibleTo: { roles: ['coordinator'] } }` – labels
 * are message functions so they follow the request's language.
 */
import { m } from '#lib/paraglide/messages.js';
import type { Actor, Role } from '#lib/platform/access/actor.ts';
import { can } from '#lib/platform/access/can.ts';
import '#lib/platform/access/platform.permissions.ts';

export type NavAudience =
	| 'everyone'
	| 'signedIn'
	/** Holders of a permission in some scope (checked with `can` and an empty scope). */
	| { permission: string }
	/** Holders of any of these roles anywhere (admins always see everything). */
	| { roles: Role[] };

export interface NavEntry {
	label: () => string;
	href: string;
	visibleTo: NavAudience;
}

export const navigation: NavEntry[] = [
	{ label: m.ui_nav_home, href: '/', visibleTo: 'everyone' },
	{ label: m.organisation_nav_areas, href: '/uzemi', visibleTo: 'everyone' },
	{ label: m.catalogue_nav, href: '/katalog', visibleTo: 'everyone' },
	{ label: m.plans_nav_public, href: '/plany-rozvoje', visibleTo: 'everyone' },
	{ label: m.part_sug_nav_public, href: '/zapojte-se', visibleTo: 'everyone' },
	{ label: m.net_nw_nav, href: '/sit', visibleTo: 'everyone' },
	{ label: m.organisation_nav_organisations, href: '/organizace', visibleTo: 'signedIn' },
	{ label: m.organisation_nav_people, href: '/lide', visibleTo: { roles: ['coordinator'] } },
	{
		label: m.plans_nav,
		href: '/plany',
		visibleTo: { roles: ['coordinator', 'manager', 'member'] }
	},
	{ label: m.meetings_nav, href: '/jednani', visibleTo: 'signedIn' },
	{
		label: m.part_sug_nav_admin,
		href: '/podnety/sprava',
		visibleTo: { roles: ['coordinator', 'manager'] }
	},
	{
		label: m.part_con_nav_admin,
		href: '/pripominkovani/sprava',
		visibleTo: { roles: ['coordinator'] }
	},
	{ label: m.part_srv_nav_admin, href: '/dotazniky/sprava', visibleTo: { roles: ['coordinator'] } },
	{
		label: m.net_int_nav,
		href: '/zamery',
		visibleTo: { roles: ['coordinator', 'manager', 'provider'] }
	},
	{
		label: m.net_gap_nav,
		href: '/analyza-kapacit',
		visibleTo: { roles: ['coordinator', 'manager'] }
	},
	{ label: m.meetings_tasks_nav, href: '/ukoly', visibleTo: 'signedIn' },
	{ label: m.meetings_search_nav, href: '/hledani', visibleTo: 'signedIn' },
	{
		label: m.catalogue_adm_nav_admin,
		href: '/katalog/sprava',
		visibleTo: { roles: ['coordinator'] }
	},
	{
		label: m.catalogue_adm_nav_mine,
		href: '/katalog/moje-sluzby',
		visibleTo: { roles: ['provider'] }
	},
	{ label: m.ui_nav_admin, href: '/sprava', visibleTo: { permission: 'admin.audit.read' } }
];

/** Whether `actor` should see an entry; navigation only hides links, services still authorize. */
export function isVisibleTo(actor: Actor, audience: NavAudience): boolean {
	if (audience === 'everyone') return true;
	if (actor.kind !== 'user') return false;
	if (audience === 'signedIn') return true;
	if ('permission' in audience) return can(actor, audience.permission);
	return actor.grants.some((g) => g.role === 'admin' || audience.roles.includes(g.role));
}

/** The entries `actor` sees, with labels in the current language (for the root layout). */
export function visibleNavigation(
	actor: Actor,
	entries: NavEntry[] = navigation
): { label: string; href: string }[] {
	return entries
		.filter((entry) => isVisibleTo(actor, entry.visibleTo))
		.map((entry) => ({ label: entry.label(), href: entry.href }));
}

/** The entry to mark with aria-current: the longest href that prefixes the path. */
export function currentNavHref(pathname: string, hrefs: string[]): string | null {
	let best: string | null = null;
	for (const href of hrefs) {
		const hit =
			href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
		if (hit && (!best || href.length > best.length)) best = href;
	}
	return best;
}
