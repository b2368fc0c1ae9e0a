/** /organizace: signed-in users search organisations by name (without diacritics) or IČO. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	listOrganisations,
	ORGANISATION_SORTS,
	ORGANISATION_TYPES,
	organisationTypeLabel
} from '#lib/modules/organisation/index.ts';
import { can } from '#lib/platform/access/can.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { clampPage, pageCountOf } from '#lib/platform/ui/pagination.ts';
import { sortParams } from '#lib/platform/ui/sort.ts';

const PAGE_SIZE = 25;
type OrgType = (typeof ORGANISATION_TYPES)[number];

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const { sort, dir } = sortParams(url, ORGANISATION_SORTS, 'name');
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const rawType = url.searchParams.get('typ') ?? '';
	const type = (ORGANISATION_TYPES as readonly string[]).includes(rawType)
		? (rawType as OrgType)
		: undefined;
	const requested = clampPage(url.searchParams.get('strana'), Number.MAX_SAFE_INTEGER);
	const query = { q, type, sort, dir, pageSize: PAGE_SIZE };
	let result = await listOrganisations(locals.actor, { ...query, page: requested });
	const pageCount = pageCountOf(result.total, PAGE_SIZE);
	const page = Math.min(requested, pageCount);
	if (page !== requested) result = await listOrganisations(locals.actor, { ...query, page });
	return {
		title: m.organisation_orgs_title(),
		breadcrumbs: [{ label: m.organisation_orgs_title() }],
		q,
		type: type ?? '',
		sort,
		dir,
		page,
		pageCount,
		total: result.total,
		canCreate: can(locals.actor, 'organisation.organisations.manage'),
		typeOptions: ORGANISATION_TYPES.map((t) => ({ value: t, label: organisationTypeLabel(t) })),
		rows: result.rows.map((o) => ({
			id: o.id,
			name: o.name,
			ico: o.ico,
			type: organisationTypeLabel(o.type),
			city: o.city
		}))
	};
};
