/**
 * Builds the `MinutesDocument` of a meeting straight from the database (meeting, body, area,
 * attendance, agenda, resolutions, tasks, events, minutes meta, the body's next schedule), and
 * picks what a download may show: the live minutes for readers of the body, the frozen published
 * revision for everybody else.
 */
import { and, asc, eq, gt, inArray, lt, ne } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, can } from '#lib/platform/access/can.ts';
import { db as defaultDb, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { compareCs } from '#lib/platform/i18n/format.ts';
import {
	areas,
	areaScope,
	bodies,
	fullName,
	people,
	shortName
} from '#lib/modules/organisation/index.ts';
import {
	agendaItems,
	announcedEvents,
	attendance,
	meetings,
	minutes,
	minutesRevisions,
	resolutions,
	tasks
} from './meeting.schema.ts';
import { fromPrague, toPrague } from './meeting.time.ts';
import {
	MINUTES_DOCUMENT_SCHEMA,
	isMinutesDocument,
	type MinutesDocument,
	type MinutesItem
} from './minutes.document.ts';
import './meeting.permissions.ts';

/** Shown instead of the name of a person who did not consent to publishing it. */
export const ANONYMOUS_MEMBER = 'člen/ka skupiny';

type PersonRow = typeof people.$inferSelect;

/** Name for the minutes; in the public view a person without consent appears as their role. */
function displayName(p: PersonRow, publicView: boolean, form: 'full' | 'short'): string {
	if (publicView && !p.publishName) return p.position?.trim() || ANONYMOUS_MEMBER;
	return form === 'full' ? fullName(p) : shortName(p);
}

const byName = (a: PersonRow, b: PersonRow) =>
	compareCs(a.lastName, b.lastName) || compareCs(a.firstName, b.firstName);

const placeLine = (place: string | null, room: string | null) =>
	[place?.trim(), room?.trim()].filter(Boolean).join(', ') || null;

/**
 * The minutes of a meeting as one JSON-safe object. Use `publicView: true` for anything the
 * public sees (the frozen snapshot of `publishMinutes`): names without consent become roles.
 * Pass `db` to read inside a running transaction.
 */
export async function loadMinutesDocument(
	meetingId: string,
	options: { publicView: boolean; db?: Db; now?: Date }
): Promise<MinutesDocument> {
	const target = options.db ?? defaultDb();
	const publicView = options.publicView;
	const [head] = await target
		.select({ meeting: meetings, body: bodies, area: areas })
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.innerJoin(areas, eq(areas.id, meetings.areaId))
		.where(eq(meetings.id, meetingId));
	if (!head) throw new NotFoundError('Jednání nebylo nalezeno.');
	const { meeting, body, area } = head;

	const [minutesRow] = await target.select().from(minutes).where(eq(minutes.meetingId, meetingId));

	const attendanceRows = await target
		.select({ row: attendance, person: people })
		.from(attendance)
		.leftJoin(people, eq(people.id, attendance.personId))
		.where(eq(attendance.meetingId, meetingId));
	const members = attendanceRows
		.filter((r): r is { row: typeof r.row; person: PersonRow } => r.person !== null)
		.sort((a, b) => byName(a.person, b.person));
	const namesWith = (status: 'present' | 'excused' | 'absent') =>
		members
			.filter((r) => r.row.status === status)
			.map((r) => displayName(r.person, publicView, 'full'));
	const guests = attendanceRows
		.filter((r) => r.person === null && r.row.status === 'present')
		.map((r) => ({
			name: publicView ? 'host' : r.row.guestName?.trim() || 'host',
			organisation: r.row.guestOrganisation?.trim() || null
		}))
		.sort((a, b) => compareCs(a.name, b.name));

	const agenda = await target
		.select()
		.from(agendaItems)
		.where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.status, 'accepted')))
		.orderBy(asc(agendaItems.position));

	const resolutionRows = await target
		.select()
		.from(resolutions)
		.where(eq(resolutions.meetingId, meetingId))
		.orderBy(asc(resolutions.year), asc(resolutions.seq));
	const taskRows = await target
		.select({ task: tasks, person: people })
		.from(tasks)
		.innerJoin(people, eq(people.id, tasks.responsiblePersonId))
		.where(eq(tasks.meetingId, meetingId))
		.orderBy(asc(tasks.createdAt), asc(tasks.id));

	// Programme numbering follows the order of accepted items (1, 2, 3 … as printed).
	const items: MinutesItem[] = agenda.map((a, i) => ({
		position: i + 1,
		title: a.title,
		reportedBy: a.reportedBy?.trim() || null,
		html: a.minutesHtml ?? '',
		resolutions: [],
		tasks: []
	}));
	const itemById = new Map(agenda.map((a, i) => [a.id, items[i]]));
	let orphan: MinutesItem | null = null;
	const itemFor = (agendaItemId: string | null): MinutesItem => {
		const found = agendaItemId ? itemById.get(agendaItemId) : undefined;
		if (found) return found;
		if (!orphan) {
			orphan = {
				position: items.length + 1,
				title: 'Další usnesení a úkoly',
				reportedBy: null,
				html: '',
				resolutions: [],
				tasks: []
			};
			items.push(orphan);
		}
		return orphan;
	};
	for (const r of resolutionRows) {
		itemFor(r.agendaItemId).resolutions.push({
			number: r.number,
			text: r.text,
			votesFor: r.votesFor,
			votesAgainst: r.votesAgainst,
			votesAbstained: r.votesAbstained,
			adopted: r.adopted
		});
	}
	for (const { task, person } of taskRows) {
		itemFor(task.agendaItemId).tasks.push({
			text: task.text,
			responsible: displayName(person, publicView, 'short'),
			dueDate: task.dueDate,
			status: task.status
		});
	}

	const events = await target
		.select()
		.from(announcedEvents)
		.where(eq(announcedEvents.meetingId, meetingId))
		.orderBy(asc(announcedEvents.position), asc(announcedEvents.date));

	const signers = [minutesRow?.authorPersonId, minutesRow?.approverPersonId].filter(
		(id): id is string => !!id
	);
	const signerRows = signers.length
		? await target.select().from(people).where(inArray(people.id, signers))
		: [];
	const author = signerRows.find((p) => p.id === minutesRow?.authorPersonId) ?? null;
	const approver = signerRows.find((p) => p.id === minutesRow?.approverPersonId) ?? null;

	const schedule = await nextSchedule(target, meeting, body.code);

	return {
		schema: MINUTES_DOCUMENT_SCHEMA,
		meetingId: meeting.id,
		bodyId: body.id,
		bodyName: body.name,
		bodyCode: body.code,
		areaId: area.id,
		areaName: area.name,
		headerLine: `KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB – ${area.name} – ${body.name}`,
		title: `Zápis z jednání – ${body.name}`,
		place: placeLine(meeting.place, meeting.room),
		startsAt: meeting.startsAt.toISOString(),
		endsAt: meeting.endsAt?.toISOString() ?? null,
		present: namesWith('present'),
		excused: namesWith('excused'),
		absent: namesWith('absent'),
		guests,
		programme: items
			.filter((i) => i !== orphan)
			.map((i) => ({ position: i.position, title: i.title })),
		items,
		events: events.map((e) => ({ date: e.date, dateTo: e.dateTo, title: e.title, place: e.place })),
		signature: {
			signedPlace: minutesRow?.signedPlace?.trim() || null,
			writtenOn: minutesRow?.writtenOn ?? null,
			author: author ? displayName(author, publicView, 'short') : null,
			authorVerb: author && author.lastName.trim().endsWith('á') ? 'zapsala' : 'zapsal',
			approver: approver ? displayName(approver, publicView, 'full') : null,
			approverVerb: approver && approver.lastName.trim().endsWith('á') ? 'ověřila' : 'ověřil'
		},
		schedule,
		closingNote: minutesRow?.closingNote?.trim() || null,
		status: minutesRow?.status ?? 'draft',
		revision: minutesRow?.revision ?? 0,
		publicView,
		generatedAt: (options.now ?? new Date()).toISOString()
	};
}

/** Same as `loadMinutesDocument` (the name the meetings services use for the snapshot). */
export const buildMinutesDocument = loadMinutesDocument;

/**
 * The body's published, not cancelled meetings after this one up to the end of the following
 * calendar year ("Harmonogram jednání ŘPS pro rok 2016").
 */
async function nextSchedule(
	target: Db,
	meeting: typeof meetings.$inferSelect,
	bodyCode: string
): Promise<MinutesDocument['schedule']> {
	const year = toPrague(meeting.startsAt).year;
	const until = fromPrague(`${year + 2}-01-01`, '00:00')!;
	const rows = await target
		.select({ startsAt: meetings.startsAt, place: meetings.place, room: meetings.room })
		.from(meetings)
		.where(
			and(
				eq(meetings.bodyId, meeting.bodyId),
				eq(meetings.isPublished, true),
				ne(meetings.status, 'cancelled'),
				gt(meetings.startsAt, meeting.startsAt),
				lt(meetings.startsAt, until),
				ne(meetings.id, meeting.id)
			)
		)
		.orderBy(asc(meetings.startsAt))
		.limit(60);
	const years = new Set(rows.map((r) => toPrague(r.startsAt).year));
	const heading =
		years.size === 1
			? `Harmonogram jednání ${bodyCode} pro rok ${[...years][0]}`
			: `Harmonogram dalších jednání ${bodyCode}`;
	return {
		heading,
		rows: rows.map((r) => ({
			startsAt: r.startsAt.toISOString(),
			place: placeLine(r.place, r.room)
		}))
	};
}

/**
 * What `/jednani/[id]/zapis.*` may hand out: the live minutes (draft included) for users allowed
 * `meetings.read` on the body, otherwise the published revision; neither → 401/403.
 */
export async function getMinutesForDownload(
	actor: Actor,
	meetingId: string
): Promise<MinutesDocument> {
	const [meeting] = await defaultDb()
		.select({ id: meetings.id, bodyId: meetings.bodyId, areaId: meetings.areaId })
		.from(meetings)
		.where(eq(meetings.id, meetingId));
	if (!meeting) throw new NotFoundError('Jednání nebylo nalezeno.');
	const scope = await areaScope(meeting.areaId, { bodyId: meeting.bodyId });
	if (can(actor, 'meetings.read', scope)) {
		return loadMinutesDocument(meetingId, { publicView: false });
	}
	const [published] = await defaultDb()
		.select({ snapshot: minutesRevisions.snapshot })
		.from(minutes)
		.innerJoin(
			minutesRevisions,
			and(
				eq(minutesRevisions.minutesId, minutes.id),
				eq(minutesRevisions.revision, minutes.revision)
			)
		)
		.where(eq(minutes.meetingId, meetingId));
	if (!published) {
		// Nothing public yet: anonymous → 401 (sign in), signed in without the right → 403.
		authorize(actor, 'meetings.read', scope);
		throw new NotFoundError('Zápis z tohoto jednání zatím nebyl zveřejněn.');
	}
	if (!isMinutesDocument(published.snapshot)) {
		throw new NotFoundError('Zveřejněný zápis nelze zobrazit – byl uložen ve starším formátu.');
	}
	return published.snapshot;
}
