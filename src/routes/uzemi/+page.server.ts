/** /uzemi: the public list of planning areas in their hierarchy, with the number of groups. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	AREA_KINDS,
	areaKindLabel,
	searchAreas,
	type AreaKind
} from '#lib/modules/organisation/index.ts';
import { can } from '#lib/platform/access/can.ts';
import { clampPage, pageCountOf } from '#lib/platform/ui/pagination.ts';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async ({ locals, url }) => {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const rawKind = url.searchParams.get('druh') ?? '';
	const kind = (AREA_KINDS as readonly string[]).includes(rawKind)
		? (rawKind as AreaKind)
		: undefined;
	const requested = clampPage(url.searchParams.get('strana'), Number.MAX_SAFE_INTEGER);
	let result = await searchAreas({ q, kind, page: requested, pageSize: PAGE_SIZE });
	const pageCount = pageCountOf(result.total, PAGE_SIZE);
	const page = Math.min(requested, pageCount);
	if (page !== requested) result = await searchAreas({ q, kind, page, pageSize: PAGE_SIZE });
	// Filtered lists lose the hierarchy, so the indentation is only kept for the full list.
	const filtered = Boolean(q || kind);
	return {
		title: m.organisation_areas_title(),
		breadcrumbs: [{ label: m.organisation_areas_title() }],
		q,
		kind: kind ?? '',
		page,
		pageCount,
		total: result.total,
		canCreate: can(locals.actor, 'organisation.areas.manage'),
		kindOptions: AREA_KINDS.map((k) => ({ value: k, label: areaKindLabel(k) })),
		rows: result.rows.map((a) => ({
			id: a.id,
			name: a.name,
			kind: areaKindLabel(a.kind),
			code: a.code,
			parentName: a.parentName,
			depth: filtered ? 0 : Math.min(a.depth, 4),
			bodyCount: a.bodyCount
		}))
	};
};
