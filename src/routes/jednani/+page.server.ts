/** /jednani: meetings the user may see, filtered by body, area, dates and status, paginated. */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { clampPage, pageCountOf } from '#lib/platform/ui/pagination.ts';
import { formatDate } from '#lib/platform/i18n/format.ts';
import {
	listMeetings,
	MEETING_STATUSES,
	type MeetingListRow
} from '#lib/modules/meetings/index.ts';
import { areaOptions, bodyOptions } from '#lib/modules/meetings/views/body-options.server.ts';
import {
	placeText,
	statusLabel,
	statusView,
	timeRange
} from '#lib/modules/meetings/views/meeting.presenter.ts';

const PAGE_SIZE = 25;
/** The service lists chronologically once a start date is given; this one includes every meeting. */
const EARLIEST = '1900-01-01';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const sp = url.searchParams;
	const filters = {
		skupina: sp.get('skupina') ?? '',
		uzemi: sp.get('uzemi') ?? '',
		od: sp.get('od') ?? '',
		do: sp.get('do') ?? '',
		stav: sp.get('stav') ?? ''
	};
	// Newest first by default; ascending when asked for, and always when a start date is given.
	const dir: 'asc' | 'desc' = filters.od || sp.get('smer') === 'asc' ? 'asc' : 'desc';
	const options = await bodyOptions(locals.actor);
	const query = (page: number) => ({
		bodyId: filters.skupina,
		areaId: filters.uzemi,
		from: filters.od || (dir === 'asc' ? EARLIEST : ''),
		to: filters.do,
		status: filters.stav,
		page,
		pageSize: PAGE_SIZE
	});
	let errors: Record<string, string[]> = {};
	let result: { items: MeetingListRow[]; total: number; page: number } = {
		items: [],
		total: 0,
		page: 1
	};
	try {
		const page = clampPage(sp.get('strana'), Number.MAX_SAFE_INTEGER);
		result = await listMeetings(locals.actor, query(page));
		const pageCount = pageCountOf(result.total, PAGE_SIZE);
		if (page > pageCount) result = await listMeetings(locals.actor, query(pageCount));
	} catch (error) {
		if (!(error instanceof ValidationError)) throw error;
		errors = error.fields;
	}
	const areaNames = new Map(options.map((o) => [o.areaId, o.areaName]));
	return {
		title: m.meetings_list_title(),
		breadcrumbs: [{ label: m.meetings_list_title() }],
		filters,
		errors,
		dir,
		dateFixed: !!filters.od,
		page: result.page,
		pageCount: pageCountOf(result.total, PAGE_SIZE),
		total: result.total,
		canCreate: options.some((o) => o.canManage),
		bodyOptions: options.map((o) => ({ value: o.id, label: `${o.name} (${o.areaName})` })),
		areaOptions: areaOptions(options),
		statusOptions: MEETING_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
		rows: result.items.map((row) => ({
			id: row.id,
			date: formatDate(row.startsAt),
			dateIso: row.startsAt.toISOString(),
			time: timeRange(row.startsAt, row.endsAt),
			bodyId: row.bodyId,
			bodyName: row.bodyName,
			areaName: areaNames.get(row.areaId) ?? '',
			place: placeText(row.place, row.room),
			online: !!row.onlineUrl,
			status: statusView(row.status),
			cancelReason: row.cancelReason
		}))
	};
};
