/** /sit/<id> — one network of a year: totals, entries grouped by category and kind, filters, export, comparison. */
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { isAppError } from '#lib/platform/http/errors.ts';
import { getNetworkDetail, territoryText, type EntryView } from '#lib/modules/network/index.ts';

interface Group {
	category: string;
	isReservoir: boolean;
	kinds: { kind: string; entries: (EntryView & { territoryText: string })[] }[];
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const filter = {
		categoryId: url.searchParams.get('kategorie') || null,
		kindCode: url.searchParams.get('druh') || null,
		q: url.searchParams.get('q') || null,
		page: Number(url.searchParams.get('strana')) || 1
	};
	let detail;
	try {
		detail = await getNetworkDetail(locals.actor, params.id, filter);
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
	const groups: Group[] = [];
	for (const e of detail.entries) {
		let g = groups.at(-1);
		if (!g || g.category !== e.categoryName) {
			g = { category: e.categoryName, isReservoir: e.isReservoir, kinds: [] };
			groups.push(g);
		}
		let k = g.kinds.at(-1);
		if (!k || k.kind !== e.kindLabel) {
			k = { kind: e.kindLabel, entries: [] };
			g.kinds.push(k);
		}
		k.entries.push({ ...e, territoryText: territoryText(e.territory) });
	}
	const n = detail.network;
	return {
		title: n.title,
		breadcrumbs: [{ label: m.net_nw_title(), href: '/sit' }, { label: n.title }],
		network: {
			id: n.id,
			title: n.title,
			year: n.year,
			status: n.status,
			decisionRef: n.decisionRef,
			decidedOn: n.decidedOn,
			feedbackDeadline: n.feedbackDeadline,
			note: n.note
		},
		regionName: detail.regionName,
		canManage: detail.canManage,
		categories: detail.categories.map((c) => ({ value: c.id, label: c.name })),
		kinds: detail.kinds.map((k) => ({ value: k.code, label: k.label })),
		totals: detail.totals,
		groups,
		total: detail.total,
		page: detail.page,
		pageCount: detail.pageCount,
		otherYears: detail.otherYears,
		filter: {
			kategorie: filter.categoryId ?? '',
			druh: filter.kindCode ?? '',
			q: filter.q ?? ''
		}
	};
};
