/**
 * Pure presenters shared by the meeting pages: status labels and tones, Czech date/time texts,
 * weekday names and search-snippet highlighting. No database; safe in the browser.
 */
import { m } from '#lib/paraglide/messages.js';
import type { BadgeTone } from '#lib/platform/ui/index.ts';
import { formatDate, formatTime } from '#lib/platform/i18n/format.ts';
import type { MeetingStatus } from '../meeting.rules.ts';

/** Status → Czech label (follows the request language). */
export function statusLabel(status: MeetingStatus): string {
	switch (status) {
		case 'planned':
			return m.meetings_status_planned();
		case 'invited':
			return m.meetings_status_invited();
		case 'held':
			return m.meetings_status_held();
		case 'minutes_draft':
			return m.meetings_status_minutes_draft();
		case 'minutes_approved':
			return m.meetings_status_minutes_approved();
		case 'published':
			return m.meetings_status_published();
		case 'cancelled':
			return m.meetings_status_cancelled();
	}
}

/** Badge tone per status; the badge icon keeps the state readable without colour. */
export function statusTone(status: MeetingStatus): BadgeTone {
	if (status === 'cancelled') return 'danger';
	if (status === 'published' || status === 'minutes_approved') return 'success';
	if (status === 'planned') return 'neutral';
	return 'info';
}

export interface StatusView {
	value: MeetingStatus;
	label: string;
	tone: BadgeTone;
}

export const statusView = (status: MeetingStatus): StatusView => ({
	value: status,
	label: statusLabel(status),
	tone: statusTone(status)
});

/** Czech weekday names, Monday first (index 1 = pondělí … 7 = neděle, as ISO). */
export function weekdayName(isoWeekday: number): string {
	const names = [
		m.meetings_weekday_1,
		m.meetings_weekday_2,
		m.meetings_weekday_3,
		m.meetings_weekday_4,
		m.meetings_weekday_5,
		m.meetings_weekday_6,
		m.meetings_weekday_7
	];
	return names[(isoWeekday - 1 + 7) % 7]();
}

/** ISO weekday (1 = Monday) of a Prague calendar date `YYYY-MM-DD`. */
export function isoWeekdayOf(date: string): number {
	const d = new Date(`${date}T12:00:00Z`).getUTCDay();
	return d === 0 ? 7 : d;
}

/** `14:00–16:00`, or just `14:00`. */
export function timeRange(startsAt: Date, endsAt: Date | null): string {
	return endsAt ? `${formatTime(startsAt)}–${formatTime(endsAt)}` : formatTime(startsAt);
}

/** `13. 1. 2016, 14:00–16:00` */
export function whenText(startsAt: Date, endsAt: Date | null): string {
	return `${formatDate(startsAt)}, ${timeRange(startsAt, endsAt)}`;
}

/** `budova „Uran“, zasedací místnost č. 17` */
export function placeText(place: string | null, room: string | null): string {
	return [place, room].filter(Boolean).join(', ');
}

export interface SnippetPart {
	text: string;
	hit: boolean;
}

const fold = (c: string) =>
	c
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

/**
 * Split a snippet into plain and matched parts (diacritics ignored, as the search does), so
 * the page can wrap matches in <mark> without any HTML from the data.
 */
export function highlight(snippet: string, words: string[]): SnippetPart[] {
	const chars = [...snippet];
	const folded = chars.map((c) => fold(c)[0] ?? c).join('');
	const hits = new Array<boolean>(chars.length).fill(false);
	for (const word of words.map((w) => [...w].map((c) => fold(c)[0] ?? c).join(''))) {
		if (!word) continue;
		let at = folded.indexOf(word);
		while (at >= 0) {
			for (let i = at; i < at + word.length; i++) hits[i] = true;
			at = folded.indexOf(word, at + word.length);
		}
	}
	const parts: SnippetPart[] = [];
	chars.forEach((c, i) => {
		const last = parts.at(-1);
		if (last && last.hit === hits[i]) last.text += c;
		else parts.push({ text: c, hit: hits[i] });
	});
	return parts;
}
