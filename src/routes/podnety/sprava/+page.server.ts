/** /podnety/sprava: the staff working list of suggestions — filters, counts per status, pages, exports. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { can } from '#lib/platform/access/can.ts';
import { formatDate } from '#lib/platform/i18n/format.ts';
import {
	lenientFilter,
	listSuggestions,
	staffAreaOptions,
	suggestionBodyFilterOptions,
	SuggestionStaffListQuery,
	targetGroupOptions
} from '#lib/modules/participation/index.ts';
import { filterFromUrl, filterQuery } from '#lib/modules/participation/views/suggestions/query.ts';
import { PAGE_SIZE } from '#lib/modules/participation/views/suggestions/constants.ts';

const day = (d: string | null) => (d ? formatDate(`${d}T12:00:00Z`) : null);

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const filter = lenientFilter(SuggestionStaffListQuery, filterFromUrl(url));
	const list = await listSuggestions(locals.actor, filter, PAGE_SIZE);
	const [areaOptions, groupOptions, bodyOptions] = await Promise.all([
		staffAreaOptions(locals.actor),
		targetGroupOptions(),
		suggestionBodyFilterOptions(locals.actor)
	]);
	const plain = {
		status: filter.status ?? '',
		topic: filter.topic ?? '',
		channel: filter.channel ?? '',
		targetGroupId: filter.targetGroupId ?? '',
		areaId: filter.areaId ?? '',
		bodyId: filter.bodyId ?? '',
		year: filter.year ? String(filter.year) : '',
		q: filter.q ?? ''
	};
	return {
		title: m.part_sug_admin_title(),
		breadcrumbs: [{ label: m.part_sug_admin_title() }],
		filter: plain,
		exportQuery: filterQuery(plain),
		canRecord: areaOptions.length > 0 || can(locals.actor, 'participation.suggestions.manage', {}),
		page: filter.page,
		pageCount: Math.max(1, Math.ceil(list.total / PAGE_SIZE)),
		total: list.total,
		counts: list.counts,
		rows: list.rows.map((r) => ({
			id: r.id,
			number: r.number,
			status: r.status,
			topic: r.topic,
			text: r.text.length > 160 ? `${r.text.slice(0, 159)}…` : r.text,
			areaName: r.areaName,
			handledBy: r.handledBy,
			receivedOn: day(r.receivedOn),
			dueOn: day(r.dueOn),
			overdue: r.overdue
		})),
		areaOptions,
		groupOptions,
		bodyOptions
	};
};
