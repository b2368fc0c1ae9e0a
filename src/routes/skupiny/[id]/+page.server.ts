/**
 * /skupiny/<id>: the public page of a group – statute in sentences, leadership, members (names
 * only with consent, unless the reader may see the area's people) and member count this year.
 */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	areaScope,
	bodyKindLabel,
	getBodyDetail,
	listMembers,
	memberCountByMonth,
	membershipRoleLabel,
	monthName,
	publicMemberName,
	statuteSentences
} from '#lib/modules/organisation/index.ts';
import { can } from '#lib/platform/access/can.ts';
import { getPublicBody } from '#lib/modules/meetings/index.ts';
import { bodyMeetingsView } from '#lib/modules/meetings/views/body-meetings.view.ts';
import { formatDate, pragueYear } from '#lib/platform/i18n/format.ts';

/** `2024-01-31` → a Czech calendar date without time-zone shifts. */
const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`));

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = locals.actor;
	const detail = await getBodyDetail(actor, params.id);
	const { body, area } = detail;
	const year = pragueYear();
	const scope = await areaScope(area.id, { bodyId: body.id });
	const showNames = can(actor, 'organisation.people.read', scope);
	const positive = (value: string | null) => {
		const n = Number(value);
		return Number.isInteger(n) && n > 0 ? n : undefined;
	};
	const [members, counts, publicMeetings] = await Promise.all([
		listMembers(actor, body.id),
		memberCountByMonth(body.id, year),
		getPublicBody(body.id, {
			year: positive(url.searchParams.get('rok')),
			page: positive(url.searchParams.get('strana'))
		})
	]);
	const rows = members.map((row) => {
		const shown = publicMemberName(row, showNames);
		return {
			id: row.membershipId,
			personId: showNames ? row.personId : null,
			name: shown.label,
			hidden: shown.name === null,
			position: shown.name === null ? null : row.position,
			role: row.role,
			roleLabel: membershipRoleLabel(row.role),
			since: day(row.validFrom)
		};
	});
	return {
		title: body.name,
		breadcrumbs: [
			{ label: m.organisation_areas_title(), href: '/uzemi' },
			{ label: area.name, href: `/uzemi/${area.id}` },
			{ label: body.name }
		],
		body: {
			id: body.id,
			name: body.name,
			code: body.code,
			kind: bodyKindLabel(body.kind),
			description: body.description,
			isActive: body.isActive
		},
		area: { id: area.id, name: area.name },
		targetGroup: detail.targetGroupName,
		parent: detail.parent,
		subgroups: detail.subgroups,
		statute: statuteSentences(body),
		leaders: rows.filter((r) => r.role === 'vedouci'),
		deputies: rows.filter((r) => r.role === 'zastupce'),
		members: rows,
		memberCount: rows.filter((r) => r.role !== 'host').length,
		showNames,
		year,
		counts: counts.map((c) => ({ month: monthName(c.month), count: c.count })),
		meetings: bodyMeetingsView(publicMeetings),
		canEdit: can(actor, 'organisation.bodies.manage', scope),
		canMembers: can(actor, 'organisation.memberships.manage', scope)
	};
};
