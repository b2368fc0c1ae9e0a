/**
 * Public consultation (veřejné připomínkování) of a draft plan version or an uploaded document:
 * the consultation with its window and public hearing, its sections (text frozen at opening),
 * the comments (from the public, logged-in members or entered by staff with their channel) and
 * the settlement of each comment (vypořádání: status, justification, who decided and where).
 *
 * The plan is referenced by id only (no foreign key into the plans module's tables).
 */
import {
	boolean,
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { id, timestamps, tstz, version } from '#lib/platform/db/columns.ts';
import { areas, bodies } from '#lib/modules/organisation/index.ts';

/** What is consulted: a stored plan version or a document whose sections the coordinator typed. */
export const consultationSourceEnum = pgEnum('participation_consultation_source', [
	'plan',
	'document'
]);

/** Kind of a section: plan introduction (vision/principles), priority, measure, document text. */
export const consultationSectionKindEnum = pgEnum('participation_consultation_section_kind', [
	'intro',
	'priority',
	'measure',
	'text'
]);

/** How a comment arrived: web form (public or signed in), e-mail, paper letter, public hearing. */
export const consultationChannelEnum = pgEnum('participation_consultation_channel', [
	'web',
	'email',
	'paper',
	'hearing'
]);

/** Settlement: akceptováno / částečně akceptováno / neakceptováno / vzato na vědomí. */
export const settlementStatusEnum = pgEnum('participation_settlement_status', [
	'accepted',
	'partly_accepted',
	'rejected',
	'noted'
]);

export const consultations = pgTable(
	'participation_consultations',
	{
		id: id(),
		areaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'restrict' }),
		source: consultationSourceEnum().notNull(),
		title: text().notNull(),
		/** Introduction shown on the public page (what is consulted, how comments are settled). */
		description: text(),
		/** Plan and the stored version whose text is consulted (source = plan). */
		planId: uuid(),
		planVersionNo: integer(),
		/** The uploaded document (platform file), source = document. */
		documentFileId: uuid(),
		opensOn: date({ mode: 'string' }).notNull(),
		closesOn: date({ mode: 'string' }).notNull(),
		hearingAt: tstz(),
		hearingPlace: text(),
		/** Name and e-mail are required from public commenters. */
		identityRequired: boolean().notNull().default(false),
		/** Settlement published (public page, annex of the plan). */
		settlementPublishedAt: tstz(),
		createdById: uuid(),
		...timestamps(),
		version: version()
	},
	(t) => [
		index('participation_consultations_area_idx').on(t.areaId, t.opensOn),
		index('participation_consultations_plan_idx').on(t.planId),
		index('participation_consultations_window_idx').on(t.opensOn, t.closesOn)
	]
);

export const consultationSections = pgTable(
	'participation_consultation_sections',
	{
		id: id(),
		consultationId: uuid()
			.notNull()
			.references(() => consultations.id, { onDelete: 'cascade' }),
		sort: integer().notNull(),
		kind: consultationSectionKindEnum().notNull(),
		/** Plan number ("2", "2.3") or empty. */
		number: text(),
		title: text().notNull(),
		/** Frozen text of the section at opening. */
		body: text().notNull().default(''),
		/** Source measure or priority id in the plan (for "zapracováno do opatření"). */
		sourceId: uuid(),
		...timestamps()
	},
	(t) => [index('participation_consultation_sections_idx').on(t.consultationId, t.sort)]
);

export const consultationComments = pgTable(
	'participation_consultation_comments',
	{
		id: id(),
		consultationId: uuid()
			.notNull()
			.references(() => consultations.id, { onDelete: 'cascade' }),
		/** Sequential number within the consultation (č. in the settlement table). */
		number: integer().notNull(),
		/** null = comment on the whole document. */
		sectionId: uuid().references(() => consultationSections.id, { onDelete: 'restrict' }),
		/** The selected passage of the section (citovaný text). */
		quote: text(),
		text: text().notNull(),
		authorName: text(),
		authorEmail: text(),
		/** Set when the comment is made on behalf of an organisation. */
		organisationName: text(),
		/** The commenter agreed that their name is published with the settlement. */
		publishName: boolean().notNull().default(false),
		channel: consultationChannelEnum().notNull(),
		receivedOn: date({ mode: 'string' }).notNull(),
		/** Signed-in commenter (member) or the staff member who entered it. */
		userId: uuid(),
		enteredByStaff: boolean().notNull().default(false),
		// Settlement (vypořádání).
		settlementStatus: settlementStatusEnum(),
		justification: text(),
		decidedByBodyId: uuid().references(() => bodies.id, { onDelete: 'set null' }),
		/** Body name as written in the settlement (kept when the body is renamed). */
		decidedByLabel: text(),
		/** Where: meeting and resolution ("Manažerský tým 25. 11. 2021, usnesení MT/2021/11/03"). */
		decidedWhere: text(),
		settledAt: tstz(),
		settledById: uuid(),
		/** Measure of the plan the comment was worked into (accepted comments). */
		measureId: uuid(),
		measureNumber: text(),
		...timestamps(),
		version: version()
	},
	(t) => [
		uniqueIndex('participation_consultation_comments_number_idx').on(t.consultationId, t.number),
		index('participation_consultation_comments_section_idx').on(t.sectionId),
		index('participation_consultation_comments_status_idx').on(t.consultationId, t.settlementStatus)
	]
);
