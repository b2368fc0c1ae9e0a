/** /podnety: the public agenda of suggestions — published suggestions with answers, filters, counts, pages. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { formatDate } from '#lib/platform/i18n/format.ts';
import {
	lenientFilter,
	listPublicSuggestions,
	publicAreaOptions,
	SuggestionPublicListQuery,
	targetGroupOptions
} from '#lib/modules/participation/index.ts';
import { filterFromUrl } from '#lib/modules/participation/views/suggestions/query.ts';
import { PAGE_SIZE } from '#lib/modules/participation/views/suggestions/constants.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const filter = lenientFilter(SuggestionPublicListQuery, filterFromUrl(url));
	const [list, areaOptions, groupOptions] = await Promise.all([
		listPublicSuggestions(locals.actor, filter, PAGE_SIZE),
		publicAreaOptions(),
		targetGroupOptions()
	]);
	return {
		title: m.part_sug_list_title(),
		breadcrumbs: [
			{ label: m.part_sug_hub_title(), href: '/zapojte-se' },
			{ label: m.part_sug_list_title() }
		],
		filter: {
			outcome: filter.outcome ?? '',
			topic: filter.topic ?? '',
			targetGroupId: filter.targetGroupId ?? '',
			areaId: filter.areaId ?? '',
			year: filter.year ? String(filter.year) : ''
		},
		page: filter.page,
		pageCount: Math.max(1, Math.ceil(list.total / PAGE_SIZE)),
		total: list.total,
		counts: list.counts,
		rows: list.rows.map((r) => ({
			id: r.id,
			number: r.number,
			areaName: r.areaName,
			topic: r.topic,
			targetGroupName: r.targetGroupName,
			text: r.text,
			receivedOn: formatDate(`${r.receivedOn}T12:00:00Z`),
			outcome: r.outcome,
			answer: r.answer,
			handledBy: r.handledBy
		})),
		areaOptions,
		groupOptions
	};
};
