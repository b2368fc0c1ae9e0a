/**
 * iCalendar for meetings: one VEVENT as an invitation attachment, and public feeds per body and
 * per area. UIDs are stable (`<meeting id>@souhra`), SEQUENCE follows `icsSequence`, cancelled
 * meetings stay in feeds with STATUS:CANCELLED, and times carry TZID=Europe/Prague with a
 * VTIMEZONE, so calendars show 14:00 whatever the server's time zone is.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { and, asc, desc, eq } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { areas, bodies } from '#lib/modules/organisation/index.ts';
import { agendaItems, meetings } from './meeting.schema.ts';

const TZID = 'Europe/Prague';
const PRODID = '//Souhra//Komunitní plánování sociálních služeb//CS';
const DEFAULT_DURATION_MS = 2 * 60 * 60 * 1000;
/** Most events a feed carries (the latest ones). */
const FEED_LIMIT = 2000;

/**
 * VTIMEZONE of Europe/Prague with the EU rules in force since 1996: CEST from the last Sunday
 * of March 02:00, CET from the last Sunday of October 03:00.
 */
export function pragueVtimezone(tzid: string): string | null {
	if (tzid !== TZID) return null;
	return [
		'BEGIN:VTIMEZONE',
		`TZID:${TZID}`,
		`X-LIC-LOCATION:${TZID}`,
		'BEGIN:DAYLIGHT',
		'TZOFFSETFROM:+0100',
		'TZOFFSETTO:+0200',
		'TZNAME:CEST',
		'DTSTART:19700329T020000',
		'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
		'END:DAYLIGHT',
		'BEGIN:STANDARD',
		'TZOFFSETFROM:+0200',
		'TZOFFSETTO:+0100',
		'TZNAME:CET',
		'DTSTART:19701025T030000',
		'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
		'END:STANDARD',
		'END:VTIMEZONE'
	].join('\r\n');
}

const formats = new Map<string, Intl.DateTimeFormat>();

type Wall = {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
};

/** Wall-clock parts of an instant in a time zone. */
function wallTime(instant: Date, timeZone: string): Wall {
	let format = formats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-CA', {
			timeZone,
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
			hourCycle: 'h23'
		});
		formats.set(timeZone, format);
	}
	const p = Object.fromEntries(format.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
	return {
		year: p.year,
		month: p.month,
		day: p.day,
		hour: p.hour,
		minute: p.minute,
		second: p.second
	};
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const wallIso = (w: Wall) =>
	`${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;

interface ZonedStub extends Wall {
	timeZoneId: string;
	toInstant(): {
		epochMilliseconds: number;
		toJSON(): string;
		toString(): string;
		toZonedDateTimeISO(timeZone: string): ZonedStub;
	};
	toJSON(): string;
	toString(): string;
	toPlainDateTime(): Wall & {
		toJSON(): string;
		toString(): string;
		toPlainDate(): {
			year: number;
			month: number;
			day: number;
			toJSON(): string;
			toString(): string;
		};
		toZonedDateTime(timeZone: string): ZonedStub;
	};
	withTimeZone(timeZone: string): ZonedStub;
}

/**
 * A Temporal.ZonedDateTime look-alike. ical-generator formats a native Date in the server's
 * local zone; given this it writes the wall time of `timeZone` after TZID, on any server.
 */
function zonedDateTime(instant: Date, timeZone: string = TZID): ZonedStub {
	const wall = wallTime(instant, timeZone);
	const iso = wallIso(wall);
	const again = (tz: string) => zonedDateTime(instant, tz);
	return {
		...wall,
		timeZoneId: timeZone,
		toInstant: () => ({
			epochMilliseconds: instant.getTime(),
			toJSON: () => instant.toISOString(),
			toString: () => instant.toISOString(),
			toZonedDateTimeISO: again
		}),
		toJSON: () => `${iso}[${timeZone}]`,
		toString: () => `${iso}[${timeZone}]`,
		toPlainDateTime: () => ({
			...wall,
			toJSON: () => iso,
			toString: () => iso,
			toPlainDate: () => ({
				year: wall.year,
				month: wall.month,
				day: wall.day,
				toJSON: () => iso.slice(0, 10),
				toString: () => iso.slice(0, 10)
			}),
			toZonedDateTime: again
		}),
		withTimeZone: again
	};
}

export interface IcsMeeting {
	id: string;
	startsAt: Date | string;
	endsAt?: Date | string | null;
	place?: string | null;
	room?: string | null;
	onlineUrl?: string | null;
	status: string;
	cancelReason?: string | null;
	icsSequence: number;
	updatedAt?: Date | string | null;
}

export interface IcsInput {
	meeting: IcsMeeting;
	body: { id: string; name: string };
	areaName: string;
	/** Agenda titles, in order. */
	agenda?: string[];
	/** Absolute URL of the public page of the body. */
	publicUrl?: string;
}

const toDate = (d: Date | string) => (d instanceof Date ? d : new Date(d));

function addEvent(calendar: ReturnType<typeof ical>, input: IcsInput): void {
	const { meeting, body } = input;
	const start = toDate(meeting.startsAt);
	const end = meeting.endsAt
		? toDate(meeting.endsAt)
		: new Date(start.getTime() + DEFAULT_DURATION_MS);
	const cancelled = meeting.status === 'cancelled';
	const description: string[] = [`${body.name} (${input.areaName})`];
	if (cancelled) {
		description.push(
			meeting.cancelReason?.trim()
				? `Jednání je zrušeno: ${meeting.cancelReason.trim()}`
				: 'Jednání je zrušeno.'
		);
	}
	if (input.agenda?.length) {
		description.push(['Program:', ...input.agenda.map((t, i) => `${i + 1}. ${t}`)].join('\n'));
	}
	if (meeting.onlineUrl) description.push(`Připojení online: ${meeting.onlineUrl}`);
	if (input.publicUrl) description.push(input.publicUrl);
	const location = [meeting.place?.trim(), meeting.room?.trim()].filter(Boolean).join(', ');
	calendar.createEvent({
		id: `${meeting.id}@souhra`,
		sequence: meeting.icsSequence,
		start: zonedDateTime(start),
		end: zonedDateTime(end),
		timezone: TZID,
		stamp: meeting.updatedAt ? toDate(meeting.updatedAt) : new Date(),
		summary: body.name,
		location: location || (meeting.onlineUrl ? 'online' : null),
		description: description.join('\n\n'),
		url: input.publicUrl ?? null,
		status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
	});
}

function newCalendar(name?: string) {
	return ical({
		prodId: PRODID,
		method: ICalCalendarMethod.PUBLISH,
		name: name ?? null,
		// No calendar-wide zone (DTSTAMP stays UTC); each event names Europe/Prague and the
		// generator writes its VTIMEZONE once.
		timezone: { name: null, generator: pragueVtimezone },
		ttl: 15 * 60
	});
}

/** One meeting as an iCalendar file (METHOD:PUBLISH), e.g. the invitation attachment. */
export function meetingIcs(input: IcsInput): string {
	const calendar = newCalendar();
	addEvent(calendar, input);
	return calendar.toString();
}

/** A public feed of meetings (cancelled ones included, with STATUS:CANCELLED). */
export function feedIcs(feed: { name: string; meetings: IcsInput[] }): string {
	const calendar = newCalendar(feed.name);
	for (const m of feed.meetings) addEvent(calendar, m);
	return calendar.toString();
}

/** Path of the public page of a body (the URL written into feeds). */
export function publicBodyPath(bodyId: string): string {
	return `/skupiny/${bodyId}`;
}

async function feedMeetings(where: ReturnType<typeof and>, baseUrl: string): Promise<IcsInput[]> {
	const rows = await db()
		.select({ meeting: meetings, body: { id: bodies.id, name: bodies.name }, areaName: areas.name })
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.innerJoin(areas, eq(areas.id, meetings.areaId))
		.where(where)
		.orderBy(desc(meetings.startsAt))
		.limit(FEED_LIMIT);
	rows.reverse();
	const agendaRows = rows.length
		? await db()
				.select({ meetingId: agendaItems.meetingId, title: agendaItems.title })
				.from(agendaItems)
				.innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
				.where(and(where, eq(agendaItems.status, 'accepted')))
				.orderBy(asc(agendaItems.meetingId), asc(agendaItems.position))
		: [];
	const agenda = new Map<string, string[]>();
	for (const a of agendaRows) {
		agenda.set(a.meetingId, [...(agenda.get(a.meetingId) ?? []), a.title]);
	}
	return rows.map((r) => ({
		meeting: r.meeting,
		body: r.body,
		areaName: r.areaName,
		agenda: agenda.get(r.meeting.id),
		publicUrl: `${baseUrl}${publicBodyPath(r.body.id)}`
	}));
}

/** Public feed of a body: its published meetings (cancelled included). Unknown body → 404. */
export async function bodyFeedIcs(bodyId: string, baseUrl: string): Promise<string> {
	const [body] = await db().select({ name: bodies.name }).from(bodies).where(eq(bodies.id, bodyId));
	if (!body) throw new NotFoundError('Skupina nebyla nalezena.');
	const items = await feedMeetings(
		and(eq(meetings.bodyId, bodyId), eq(meetings.isPublished, true)),
		baseUrl
	);
	return feedIcs({ name: `Jednání – ${body.name}`, meetings: items });
}

/** Public feed of an area: published meetings of all its bodies. Unknown area → 404. */
export async function areaFeedIcs(areaId: string, baseUrl: string): Promise<string> {
	const [area] = await db().select({ name: areas.name }).from(areas).where(eq(areas.id, areaId));
	if (!area) throw new NotFoundError('Území nebylo nalezeno.');
	const items = await feedMeetings(
		and(eq(meetings.areaId, areaId), eq(meetings.isPublished, true)),
		baseUrl
	);
	return feedIcs({ name: `Jednání – ${area.name}`, meetings: items });
}
