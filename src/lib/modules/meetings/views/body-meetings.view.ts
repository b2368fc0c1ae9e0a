/**
 * `getPublicBody` → the view model of BodyMeetings.svelte (a group's public schedule, its
 * published minutes and calendar link). Pure; Czech dates.
 */
import { formatDate } from '#lib/platform/i18n/format.ts';
import { pageCountOf } from '#lib/platform/ui/pagination.ts';
import type { PublicBody } from '../public.service.server.ts';
import { toPrague } from '../meeting.time.ts';
import {
	isoWeekdayOf,
	placeText,
	statusView,
	timeRange,
	weekdayName,
	type StatusView
} from './meeting.presenter.ts';

export interface BodyMeetingsView {
	bodyId: string;
	bodyName: string;
	years: number[];
	year: number | null;
	schedule: {
		id: string;
		date: string;
		dateIso: string;
		weekday: string;
		time: string;
		place: string;
		status: StatusView;
		cancelled: boolean;
		cancelReason: string | null;
		hasMinutes: boolean;
	}[];
	minutes: {
		items: { meetingId: string; date: string; revision: number; publishedAt: string }[];
		page: number;
		pageCount: number;
		total: number;
	};
	icsHref: string;
}

/** Build the view model; pass the result of `getPublicBody(bodyId, { year, page })`. */
export function bodyMeetingsView(p: PublicBody): BodyMeetingsView {
	return {
		bodyId: p.body.id,
		bodyName: p.body.name,
		years: p.years,
		year: p.year,
		schedule: p.schedule.map((x) => ({
			id: x.id,
			date: formatDate(x.startsAt),
			dateIso: x.startsAt.toISOString(),
			weekday: weekdayName(isoWeekdayOf(toPrague(x.startsAt).date)),
			time: timeRange(x.startsAt, x.endsAt),
			place: placeText(x.place, x.room),
			status: statusView(x.status),
			cancelled: x.status === 'cancelled',
			cancelReason: x.cancelReason,
			hasMinutes: x.hasMinutes
		})),
		minutes: {
			items: p.minutes.items.map((r) => ({
				meetingId: r.meetingId,
				date: formatDate(r.startsAt),
				revision: r.revision,
				publishedAt: formatDate(r.publishedAt)
			})),
			page: p.minutes.page,
			pageCount: pageCountOf(p.minutes.total, p.minutes.per_page),
			total: p.minutes.total
		},
		icsHref: `/ical/bodies/${p.body.id}.ics`
	};
}
