/** Organisations, people (members of the triad), planning target groups, bodies and memberships. */
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
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, timestamps, tstz, version } from '#lib/platform/db/columns.ts';
import { users } from '#lib/platform/auth/auth.schema.ts';
import { areas } from './area.schema.ts';

export const organisationTypeEnum = pgEnum('organisation_type', [
	'obec',
	'kraj',
	'poskytovatel',
	'nno',
	'urad_prace',
	'zdravotnicke_zarizeni',
	'jina'
]);

export const organisations = pgTable(
	'organisation_organisations',
	{
		id: id(),
		name: text().notNull(),
		/** 8 digits with leading zeros, checksum validated; null for bodies without IČO. */
		ico: text(),
		type: organisationTypeEnum().notNull(),
		street: text(),
		city: text(),
		postcode: text(),
		email: text(),
		phone: text(),
		web: text(),
		/** The area that registered it (organisations are shared across areas). */
		areaId: uuid().references(() => areas.id, { onDelete: 'set null' }),
		...timestamps(),
		version: version()
	},
	(t) => [
		uniqueIndex('organisation_organisations_ico_uq')
			.on(t.ico)
			.where(sql`${t.ico} is not null`),
		index('organisation_organisations_name_idx').on(t.name)
	]
);

/** Triad role: zadavatel (commissioner), poskytovatel (provider), uživatel/zástupce uživatelů, veřejnost. */
export const triadRoleEnum = pgEnum('organisation_triad_role', [
	'zadavatel',
	'poskytovatel',
	'uzivatel',
	'verejnost'
]);

export const people = pgTable(
	'organisation_people',
	{
		id: id(),
		titlesBefore: text(),
		firstName: text().notNull(),
		lastName: text().notNull(),
		titlesAfter: text(),
		email: text(),
		phone: text(),
		organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		/** Job title or function shown in minutes ("manažerka pracovní skupiny"). */
		position: text(),
		triadRole: triadRoleEnum().notNull(),
		/** Consent to publish the name in public outputs; without it only the role is shown. */
		publishName: boolean().notNull().default(false),
		consentAt: tstz(),
		userId: uuid().references(() => users.id, { onDelete: 'set null' }),
		areaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'restrict' }),
		...timestamps(),
		version: version()
	},
	(t) => [
		index('organisation_people_area_name_idx').on(t.areaId, t.lastName, t.firstName),
		index('organisation_people_org_idx').on(t.organisationId),
		index('organisation_people_user_idx').on(t.userId)
	]
);

/** Configurable list of planning target groups (Senioři, Duševní zdraví, …). */
export const targetGroups = pgTable(
	'organisation_target_groups',
	{
		id: id(),
		name: text().notNull(),
		sort: integer().notNull().default(0),
		isActive: boolean().notNull().default(true),
		...timestamps(),
		version: version()
	},
	(t) => [uniqueIndex('organisation_target_groups_name_uq').on(t.name)]
);

export const bodyKindEnum = pgEnum('organisation_body_kind', [
	'steering_group',
	'working_group',
	'managerial_team',
	'subgroup'
]);

export const bodies = pgTable(
	'organisation_bodies',
	{
		id: id(),
		areaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'restrict' }),
		kind: bodyKindEnum().notNull(),
		name: text().notNull(),
		/** Short code used in resolution numbers, e.g. `ŘS` → `ŘS/2025/07`. */
		code: text().notNull(),
		targetGroupId: uuid().references(() => targetGroups.id, { onDelete: 'set null' }),
		parentBodyId: uuid().references((): AnyPgColumn => bodies.id, { onDelete: 'restrict' }),
		description: text(),
		/** Statute: at least this many meetings a year (null = no rule). */
		minMeetingsPerYear: smallint(),
		/** Statute: at most this many months between two meetings ("alespoň jednou za 2 měsíce"). */
		maxMonthsBetweenMeetings: smallint(),
		/** Statute: months (1–12) without regular meetings, e.g. July and August. */
		noMeetingMonths: smallint()
			.array()
			.notNull()
			.default(sql`'{}'::smallint[]`),
		/** Statute: invitations go out at least this many days before the meeting. */
		invitationLeadDays: smallint().notNull().default(7),
		/** Statute: agenda proposals up to this many days before the meeting. */
		agendaProposalDays: smallint().notNull().default(3),
		/** Statute: excuses up to this many days before (0 = until the meeting starts). */
		excuseDays: smallint().notNull().default(0),
		/** Statute: quorate when MORE than this share (%) of voting members is present (50 = nadpoloviční většina). */
		quorumPercent: smallint().notNull().default(50),
		isActive: boolean().notNull().default(true),
		...timestamps(),
		version: version()
	},
	(t) => [
		index('organisation_bodies_area_idx').on(t.areaId, t.kind, t.name),
		uniqueIndex('organisation_bodies_area_code_uq').on(t.areaId, t.code)
	]
);

export const membershipRoleEnum = pgEnum('organisation_membership_role', [
	'vedouci',
	'zastupce',
	'clen',
	'zapisovatel',
	'host'
]);

export const memberships = pgTable(
	'organisation_memberships',
	{
		id: id(),
		bodyId: uuid()
			.notNull()
			.references(() => bodies.id, { onDelete: 'cascade' }),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'restrict' }),
		role: membershipRoleEnum().notNull(),
		validFrom: date({ mode: 'string' }).notNull(),
		/** Inclusive; null = open-ended. */
		validTo: date({ mode: 'string' }),
		note: text(),
		...timestamps(),
		version: version()
	},
	(t) => [
		index('organisation_memberships_body_idx').on(t.bodyId, t.validFrom),
		index('organisation_memberships_person_idx').on(t.personId)
	]
);
