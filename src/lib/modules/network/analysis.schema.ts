/**
 * Capacity gap analysis (analýza kapacit): demand indicators per territory — population by age
 * band per municipality (ČSÚ-style import), demand records ("monitorování zájemců o službu":
 * unmet requests and refused applicants per kind), norms per region (expected capacity per 1 000
 * people of given age bands) and substitution groups of kinds that can replace each other.
 */
import { index, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps, version } from '#lib/platform/db/columns.ts';
import { users } from '#lib/platform/auth/auth.schema.ts';
import { areas, organisations } from '#lib/modules/organisation/index.ts';
import { services } from '#lib/modules/catalogue/index.ts';

/** Age bands of the population (ČSÚ-style 0–14, 15–64, 65–79, 80+). */
export const AGE_BANDS = ['0-14', '15-64', '65-79', '80+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Population of one municipality in one year and age band (imported from a ČSÚ-style CSV). */
export const networkPopulation = pgTable(
	'network_population',
	{
		id: id(),
		/** ČSÚ/RÚIAN obec code (6 digits). */
		municipalityCode: text().notNull(),
		municipalityName: text().notNull(),
		year: integer().notNull(),
		ageBand: text().notNull(),
		count: integer().notNull(),
		/** File name or "demo" — where the row came from. */
		source: text().notNull(),
		...timestamps()
	},
	(t) => [
		uniqueIndex('network_population_uq').on(t.municipalityCode, t.year, t.ageBand),
		index('network_population_year_idx').on(t.year)
	]
);

export const DEMAND_KINDS = ['unmet', 'refused'] as const;
export type DemandKind = (typeof DEMAND_KINDS)[number];
export const DEMAND_SOURCES = ['provider', 'coordinator'] as const;
export type DemandSource = (typeof DEMAND_SOURCES)[number];

/** One demand record: unmet requests or refused applicants of a kind in a territory and year. */
export const networkDemand = pgTable(
	'network_demand',
	{
		id: id(),
		areaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'cascade' }),
		kindCode: text().notNull(),
		year: integer().notNull(),
		/** `unmet` = neuspokojení zájemci, `refused` = odmítnutí žadatelé. */
		indicator: text().notNull(),
		count: integer().notNull(),
		/** Who reported it: a provider (for its own service) or the coordinator. */
		source: text().notNull(),
		serviceId: uuid().references(() => services.id, { onDelete: 'set null' }),
		organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		enteredBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		note: text(),
		...timestamps(),
		version: version()
	},
	(t) => [
		index('network_demand_area_year_idx').on(t.areaId, t.year),
		index('network_demand_kind_idx').on(t.kindCode),
		index('network_demand_org_idx').on(t.organisationId)
	]
);

/** A norm of a region: expected capacity of a kind (in network units) per 1 000 people. */
export const networkNorms = pgTable(
	'network_norms',
	{
		id: id(),
		regionAreaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'cascade' }),
		kindCode: text().notNull(),
		/** Network unit: `beds` (pobytová) or `fte` (terénní/ambulantní). */
		unit: text().notNull(),
		perThousand: numeric({ precision: 10, scale: 3 }).notNull(),
		/** The age bands whose population the norm is counted on (e.g. 65-79 + 80+ = 65+). */
		ageBands: text().array().notNull(),
		label: text().notNull(),
		...timestamps(),
		version: version()
	},
	(t) => [uniqueIndex('network_norms_uq').on(t.regionAreaId, t.kindCode, t.unit)]
);

/** A group of kinds that can substitute each other (gaps are judged on the group's totals). */
export const networkSubstitutionGroups = pgTable(
	'network_substitution_groups',
	{
		id: id(),
		regionAreaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		note: text(),
		...timestamps(),
		version: version()
	},
	(t) => [uniqueIndex('network_substitution_groups_uq').on(t.regionAreaId, t.name)]
);

export const networkSubstitutionMembers = pgTable(
	'network_substitution_members',
	{
		id: id(),
		groupId: uuid()
			.notNull()
			.references(() => networkSubstitutionGroups.id, { onDelete: 'cascade' }),
		kindCode: text().notNull()
	},
	(t) => [uniqueIndex('network_substitution_members_uq').on(t.groupId, t.kindCode)]
);
