/**
 * Suggestions and comments (podněty a připomínky): the continuously kept agenda of citizens'
 * suggestions with their lifecycle (nová → posouzení → přiděleno → řeší se → vypořádáno →
 * zveřejněno, or odmítnuto), and their links to meeting agenda items and plan measures.
 * Attachments are stored files (`files_files`, owner type `participation.suggestion`).
 */
import {
	boolean,
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	smallint,
	text,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { id, timestamps, tstz, version } from '#lib/platform/db/columns.ts';
import { areas, bodies, targetGroups } from '#lib/modules/organisation/index.ts';

export const suggestionStatusEnum = pgEnum('participation_suggestion_status', [
	'new',
	'screening',
	'assigned',
	'in_progress',
	'settled',
	'published',
	'rejected'
]);

export const suggestionChannelEnum = pgEnum('participation_suggestion_channel', [
	'web',
	'meeting',
	'phone',
	'letter',
	'email',
	'users_council',
	'in_person'
]);

export const suggestionOutcomeEnum = pgEnum('participation_suggestion_outcome', [
	'resolved',
	'plan',
	'forwarded',
	'not_possible'
]);

export const suggestions = pgTable(
	'participation_suggestions',
	{
		id: id(),
		/** Planning area the suggestion belongs to (its coordinators handle it). */
		areaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'restrict' }),
		/** Reference number within area and year: `2026/7`. */
		year: smallint().notNull(),
		seq: integer().notNull(),
		status: suggestionStatusEnum().notNull().default('new'),
		channel: suggestionChannelEnum().notNull().default('web'),
		/** Code of `SUGGESTION_TOPICS`. */
		topic: text().notNull(),
		targetGroupId: uuid().references(() => targetGroups.id, { onDelete: 'set null' }),
		/** Place within the area in the submitter's words (obec, street). */
		place: text(),
		/** The original text as received; never changed. */
		text: text().notNull(),
		/** Public wording edited by the coordinator (null = the original text). */
		publicText: text(),
		/** The submitter agrees that the text and the answer may be published. */
		isPublic: boolean().notNull().default(false),
		submitterName: text(),
		submitterEmail: text(),
		submitterPhone: text(),
		receivedOn: date().notNull(),
		assignedBodyId: uuid().references(() => bodies.id, { onDelete: 'set null' }),
		/** Office department when not a body ("odbor sociálních věcí"). */
		assignedDepartment: text(),
		dueOn: date(),
		assignedAt: tstz(),
		answer: text(),
		outcome: suggestionOutcomeEnum(),
		settledAt: tstz(),
		settledById: uuid(),
		publishedAt: tstz(),
		rejectReason: text(),
		rejectedAt: tstz(),
		createdById: uuid(),
		...timestamps(),
		version: version()
	},
	(t) => [
		uniqueIndex('participation_suggestions_area_year_seq_uq').on(t.areaId, t.year, t.seq),
		index('participation_suggestions_area_status_idx').on(t.areaId, t.status, t.createdAt),
		index('participation_suggestions_status_published_idx').on(t.status, t.publishedAt),
		index('participation_suggestions_body_idx').on(t.assignedBodyId, t.status)
	]
);

export const suggestionLinkKindEnum = pgEnum('participation_suggestion_link_kind', [
	'agenda_item',
	'measure'
]);

/** A suggestion put on a meeting's agenda, or linked to a plan measure. */
export const suggestionLinks = pgTable(
	'participation_suggestion_links',
	{
		id: id(),
		suggestionId: uuid()
			.notNull()
			.references(() => suggestions.id, { onDelete: 'cascade' }),
		kind: suggestionLinkKindEnum().notNull(),
		/** Meetings module ids (no foreign key across modules: removing an item keeps the history). */
		meetingId: uuid(),
		agendaItemId: uuid(),
		/** Plans module ids. */
		planId: uuid(),
		measureId: uuid(),
		createdById: uuid(),
		...timestamps()
	},
	(t) => [
		index('participation_suggestion_links_suggestion_idx').on(t.suggestionId),
		index('participation_suggestion_links_agenda_idx').on(t.agendaItemId),
		index('participation_suggestion_links_meeting_idx').on(t.meetingId),
		index('participation_suggestion_links_measure_idx').on(t.measureId)
	]
);
