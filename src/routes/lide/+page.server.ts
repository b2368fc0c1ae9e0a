/** /lide: a coordinator's people of one area (?uzemi=<id>, default the first own area). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	coordinatedAreas,
	fullName,
	isUuid,
	listPeople,
	triadRoleLabel
} from '#lib/modules/organisation/index.ts';
import { ForbiddenError } from '#lib/platform/http/errors.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { clampPage, pageCountOf } from '#lib/platform/ui/pagination.ts';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const areas = await coordinatedAreas(locals.actor);
	const wanted = url.searchParams.get('uzemi');
	const areaId = isUuid(wanted) ? wanted : areas[0]?.id;
	if (!areaId) throw new ForbiddenError(m.organisation_people_no_area());
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const requested = clampPage(url.searchParams.get('strana'), Number.MAX_SAFE_INTEGER);
	const query = { areaId, q, pageSize: PAGE_SIZE };
	let result = await listPeople(locals.actor, { ...query, page: requested });
	const pageCount = pageCountOf(result.total, PAGE_SIZE);
	const page = Math.min(requested, pageCount);
	if (page !== requested) result = await listPeople(locals.actor, { ...query, page });
	const area = areas.find((a) => a.id === areaId);
	return {
		title: m.organisation_people_title(),
		breadcrumbs: [{ label: m.organisation_people_title() }],
		areaId,
		areaName: area?.name ?? '',
		areaOptions: areas.map((a) => ({ value: a.id, label: a.name })),
		q,
		page,
		pageCount,
		total: result.total,
		rows: result.rows.map((p) => ({
			id: p.id,
			name: fullName(p),
			email: p.email,
			organisation: p.organisationName,
			position: p.position,
			triad: triadRoleLabel(p.triadRole),
			publishName: p.publishName
		}))
	};
};
