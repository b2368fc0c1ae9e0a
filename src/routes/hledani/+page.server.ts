/** /hledani?q=: search minutes, resolutions and tasks of the user's areas and groups (diacritics ignored). */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { formatDate } from '#lib/platform/i18n/format.ts';
import { clampPage, pageCountOf } from '#lib/platform/ui/pagination.ts';
import { searchMeetings, type SearchHit } from '#lib/modules/meetings/index.ts';
import { highlight } from '#lib/modules/meetings/views/meeting.presenter.ts';

const PAGE_SIZE = 20;
const KINDS = ['minutes', 'resolution', 'task'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const base = {
		title: q ? m.meetings_search_title_q({ q }) : m.meetings_search_title(),
		breadcrumbs: [{ label: m.meetings_search_title() }],
		q
	};
	const noErrors: Record<string, string[]> = {};
	if (!q) {
		return {
			...base,
			searched: false,
			errors: noErrors,
			total: 0,
			page: 1,
			pageCount: 1,
			groups: []
		};
	}
	const page = clampPage(url.searchParams.get('strana'), Number.MAX_SAFE_INTEGER);
	let result: { items: SearchHit[]; total: number; page: number };
	try {
		result = await searchMeetings(locals.actor, { q, page, pageSize: PAGE_SIZE });
		const pageCount = pageCountOf(result.total, PAGE_SIZE);
		if (page > pageCount && result.total > 0) {
			result = await searchMeetings(locals.actor, { q, page: pageCount, pageSize: PAGE_SIZE });
		}
	} catch (error) {
		if (!(error instanceof ValidationError)) throw error;
		return {
			...base,
			searched: false,
			errors: error.fields,
			total: 0,
			page: 1,
			pageCount: 1,
			groups: []
		};
	}
	const words = q.split(/\s+/).filter(Boolean);
	const groups = KINDS.map((kind) => ({
		kind,
		hits: result.items
			.filter((hit) => hit.kind === kind)
			.map((hit) => ({
				id: hit.id,
				href: `/jednani/${hit.meetingId}${hit.kind === 'minutes' ? `#bod-${hit.id}` : ''}`,
				title: hit.title,
				bodyName: hit.bodyName,
				date: formatDate(hit.startsAt),
				snippet: highlight(hit.snippet, words)
			}))
	})).filter((g) => g.hits.length);
	return {
		...base,
		searched: true,
		errors: noErrors,
		total: result.total,
		page: result.page,
		pageCount: pageCountOf(result.total, PAGE_SIZE),
		groups
	};
};
