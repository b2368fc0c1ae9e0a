/**
 * Meetings of bodies (jednání): schedule, agenda, attendance, minutes per agenda item with
 * resolutions (usnesení) and tasks (úkoly), approval and frozen published revisions.
 */
import {
	boolean,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	smallint,
	text,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, timestamps, tstz, version } from '#lib/platform/db/columns.ts';
import { areas, bodies, people } from '#lib/modules/organisation/index.ts';

/**
 * planned → invited → held → minutes_draft → minutes_approved → published; or cancelled (kept,
 * with a reason). The minutes states are mirrored here so lists and feeds need no join.
 */
export const meetingStatusEnum = pgEnum('meetings_status', [
	'planned',
	'invited',
	'held',
	'minutes_draft',
	'minutes_approved',
	'published',
	'cancelled'
]);

export const meetings = pgTable(
	'meetings_meetings',
	{
		id: id(),
		bodyId: uuid()
			.notNull()
			.references(() => bodies.id, { onDelete: 'restrict' }),
		/** Denormalised from the body for area filters and permission scopes. */
		areaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'restrict' }),
		startsAt: tstz().notNull(),
		endsAt: tstz(),
		place: text(),
		room: text(),
		onlineUrl: text(),
		status: meetingStatusEnum().notNull().default('planned'),
		cancelReason: text(),
		/** Shown on the public page and in public feeds once the body's schedule is published. */
		isPublished: boolean().notNull().default(false),
		/** iCalendar SEQUENCE: bumped on every change visible in a calendar. */
		icsSequence: integer().notNull().default(0),
		invitedAt: tstz(),
		note: text(),
		createdById: uuid(),
		...timestamps(),
		version: version()
	},
	(t) => [
		index('meetings_meetings_body_starts_idx').on(t.bodyId, t.startsAt),
		index('meetings_meetings_area_starts_idx').on(t.areaId, t.startsAt),
		index('meetings_meetings_status_starts_idx').on(t.status, t.startsAt)
	]
);

export const agendaItemStatusEnum = pgEnum('meetings_agenda_item_status', [
	'proposed',
	'accepted',
	'rejected'
]);
/** `task_review` = the standard first item "Kontrola úkolů" listing open tasks automatically. */
export const agendaItemKindEnum = pgEnum('meetings_agenda_item_kind', ['regular', 'task_review']);

export const agendaItems = pgTable(
	'meetings_agenda_items',
	{
		id: id(),
		meetingId: uuid()
			.notNull()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		/** 1-based order in the programme ("Ad 2)"). */
		position: smallint().notNull(),
		kind: agendaItemKindEnum().notNull().default('regular'),
		title: text().notNull(),
		presenter: text(),
		durationMinutes: smallint(),
		description: text(),
		status: agendaItemStatusEnum().notNull().default('accepted'),
		proposedByUserId: uuid(),
		proposedByName: text(),
		/** Minutes of this item: sanitised HTML (headings, lists, links). */
		minutesHtml: text(),
		/** Who reported on the item in the minutes ("K. Šretrová, manažerka … sdělila"). */
		reportedBy: text(),
		/**
		 * Title and minutes as plain, unaccented text for search (maintained by PostgreSQL;
		 * `meetings_plain` is created by the meetings-search migration).
		 */
		searchText: text().generatedAlwaysAs(
			sql`public.meetings_plain(coalesce(title, '') || ' ' || coalesce(minutes_html, ''))`
		),
		...timestamps(),
		version: version()
	},
	(t) => [index('meetings_agenda_items_meeting_idx').on(t.meetingId, t.position)]
);

export const attendanceStatusEnum = pgEnum('meetings_attendance_status', [
	'present',
	'excused',
	'absent'
]);

export const attendance = pgTable(
	'meetings_attendance',
	{
		id: id(),
		meetingId: uuid()
			.notNull()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		/** A member (null for a guest). */
		personId: uuid().references(() => people.id, { onDelete: 'restrict' }),
		guestName: text(),
		guestOrganisation: text(),
		status: attendanceStatusEnum().notNull(),
		/** Whether the person votes (members yes; guests no). */
		isVoting: boolean().notNull().default(true),
		/** Excused through the signed link in the invitation (no login). */
		excusedAt: tstz(),
		note: text(),
		...timestamps(),
		version: version()
	},
	(t) => [
		uniqueIndex('meetings_attendance_person_uq').on(t.meetingId, t.personId),
		index('meetings_attendance_meeting_idx').on(t.meetingId)
	]
);

export const minutesStatusEnum = pgEnum('meetings_minutes_status', [
	'draft',
	'approved',
	'published'
]);

export const minutes = pgTable(
	'meetings_minutes',
	{
		id: id(),
		meetingId: uuid()
			.notNull()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		status: minutesStatusEnum().notNull().default('draft'),
		/** "zapsal/a" */
		authorPersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
		/** Who approves ("ověřil/a", "schválil/a"). */
		approverPersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
		/** "V Liberci" — the place in the signature line. */
		signedPlace: text(),
		/** "dne 23. 11. 2015" — the date the minutes were written. */
		writtenOn: date({ mode: 'string' }),
		approvedAt: tstz(),
		approvedById: uuid(),
		publishedAt: tstz(),
		/** Free text after the items (e.g. remarks to the schedule). */
		closingNote: text(),
		/** Number of the current published revision (0 = never published). */
		revision: integer().notNull().default(0),
		...timestamps(),
		version: version()
	},
	(t) => [uniqueIndex('meetings_minutes_meeting_uq').on(t.meetingId)]
);

/** Frozen published versions of minutes; a later correction publishes a new revision. */
export const minutesRevisions = pgTable(
	'meetings_minutes_revisions',
	{
		id: id(),
		minutesId: uuid()
			.notNull()
			.references(() => minutes.id, { onDelete: 'cascade' }),
		revision: integer().notNull(),
		/** The whole minutes as presented at publication (meeting, attendance, items, resolutions, tasks, events). */
		snapshot: jsonb().$type<Record<string, unknown>>().notNull(),
		reason: text(),
		publishedAt: tstz().notNull().defaultNow(),
		publishedById: uuid()
	},
	(t) => [uniqueIndex('meetings_minutes_revisions_uq').on(t.minutesId, t.revision)]
);

export const resolutions = pgTable(
	'meetings_resolutions',
	{
		id: id(),
		meetingId: uuid()
			.notNull()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		agendaItemId: uuid().references(() => agendaItems.id, { onDelete: 'set null' }),
		bodyId: uuid()
			.notNull()
			.references(() => bodies.id, { onDelete: 'restrict' }),
		year: smallint().notNull(),
		/** Sequence within body and year. */
		seq: integer().notNull(),
		/** Display number, e.g. `ŘS/2025/07`. */
		number: text().notNull(),
		text: text().notNull(),
		votesFor: integer(),
		votesAgainst: integer(),
		votesAbstained: integer(),
		adopted: boolean().notNull(),
		...timestamps(),
		version: version()
	},
	(t) => [
		uniqueIndex('meetings_resolutions_body_year_seq_uq').on(t.bodyId, t.year, t.seq),
		index('meetings_resolutions_meeting_idx').on(t.meetingId)
	]
);

export const taskStatusEnum = pgEnum('meetings_task_status', ['open', 'done', 'cancelled']);

export const tasks = pgTable(
	'meetings_tasks',
	{
		id: id(),
		/** The meeting where the task was given. */
		meetingId: uuid()
			.notNull()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		agendaItemId: uuid().references(() => agendaItems.id, { onDelete: 'set null' }),
		bodyId: uuid()
			.notNull()
			.references(() => bodies.id, { onDelete: 'restrict' }),
		areaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'restrict' }),
		text: text().notNull(),
		/** "Z:" — the responsible person. */
		responsiblePersonId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'restrict' }),
		dueDate: date({ mode: 'string' }),
		status: taskStatusEnum().notNull().default('open'),
		doneAt: tstz(),
		resolutionNote: text(),
		...timestamps(),
		version: version()
	},
	(t) => [
		index('meetings_tasks_body_status_idx').on(t.bodyId, t.status, t.dueDate),
		index('meetings_tasks_responsible_idx').on(t.responsiblePersonId, t.status),
		index('meetings_tasks_meeting_idx').on(t.meetingId)
	]
);

/** Events announced in the minutes ("Akce: dne 19. 11. 2015 – 2. ročník zážitkové akce Noc venku"). */
export const announcedEvents = pgTable(
	'meetings_announced_events',
	{
		id: id(),
		meetingId: uuid()
			.notNull()
			.references(() => meetings.id, { onDelete: 'cascade' }),
		date: date({ mode: 'string' }).notNull(),
		/** End date for multi-day events. */
		dateTo: date({ mode: 'string' }),
		title: text().notNull(),
		place: text(),
		position: smallint().notNull().default(0),
		...timestamps()
	},
	(t) => [index('meetings_announced_events_meeting_idx').on(t.meetingId, t.position)]
);
