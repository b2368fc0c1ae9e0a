/**
 * Network of social services of a region (síť sociálních služeb kraje) by year: configurable
 * network categories per region, one network per region and year (its published state is the
 * "version" of that year), and entries — a catalogue service (or a planned service not yet
 * registered) with its category, capacity per form in network units, territory of availability,
 * mandate (pověření), expected financing and the decision that put it there.
 *
 * Network units (domain-cz §4.6): přepočtené úvazky pracovníků v přímé péči (`fte`) for ambulantní
 * and terénní forms, lůžka (`beds`) for pobytová.
 */
import { sql } from 'drizzle-orm';
import {
	boolean,
	date,
	index,
	integer,
	numeric,
	pgEnum,
	pgTable,
	text,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { id, timestamps, version } from '#lib/platform/db/columns.ts';
import { areas, organisations } from '#lib/modules/organisation/index.ts';
import { services } from '#lib/modules/catalogue/index.ts';

/** Network category of a region (základní síť, rozvojová síť, krajská síť, dočasná síť, zásobník…). */
export const networkCategories = pgTable(
	'network_categories',
	{
		id: id(),
		/** The region (planning area of kind kraj) whose network uses the category. */
		regionAreaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'cascade' }),
		/** Short code, unique in the region: `zakladni`, `rozvojova`, `zasobnik`… */
		code: text().notNull(),
		name: text().notNull(),
		description: text(),
		/** True for the reservoir of intentions (zásobník): entries there add no network capacity. */
		isReservoir: boolean().notNull().default(false),
		/** Year range in which the category may be used (inclusive; null = open). */
		validFromYear: integer(),
		validToYear: integer(),
		sortOrder: integer().notNull().default(0),
		...timestamps(),
		version: version()
	},
	(t) => [uniqueIndex('network_categories_region_code_uq').on(t.regionAreaId, t.code)]
);

export const NETWORK_STATUSES = ['draft', 'published'] as const;
export type NetworkStatus = (typeof NETWORK_STATUSES)[number];
export const networkStatusEnum = pgEnum('network_status', NETWORK_STATUSES);

/** The network of one region for one year (draft while being prepared, then published). */
export const networks = pgTable(
	'network_networks',
	{
		id: id(),
		regionAreaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'restrict' }),
		year: integer().notNull(),
		title: text().notNull(),
		status: networkStatusEnum().notNull().default('draft'),
		/** Decision that adopted the network (e.g. "usnesení Rady LK č. 123/17/RK"). */
		decisionRef: text(),
		decidedOn: date({ mode: 'string' }),
		/** Deadline for providers' feedback on the draft (seed 001: "návratka"). */
		feedbackDeadline: date({ mode: 'string' }),
		note: text(),
		...timestamps(),
		version: version()
	},
	(t) => [uniqueIndex('network_networks_region_year_uq').on(t.regionAreaId, t.year)]
);

export const NETWORK_UNITS = ['fte', 'beds'] as const;
export type NetworkUnit = (typeof NETWORK_UNITS)[number];

/** One service in a network: category, capacity per form, territory, mandate, financing, decision. */
export const networkEntries = pgTable(
	'network_entries',
	{
		id: id(),
		networkId: uuid()
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		/** The catalogue service; null for a planned service that is not registered yet. */
		serviceId: uuid().references(() => services.id, { onDelete: 'restrict' }),
		/** For a planned service (serviceId null): its name, provider and kind. */
		plannedName: text(),
		providerOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		/** Kind code of the service (catalogue `service-kinds.ts`, e.g. `39` osobní asistence). */
		kindCode: text().notNull(),
		categoryId: uuid()
			.notNull()
			.references(() => networkCategories.id, { onDelete: 'restrict' }),
		/** Mandate (pověření) reference, e.g. "Pověření LK č. 5/2016". */
		mandateRef: text(),
		/** Expected financing in CZK for the year: optimal subsidy, real subsidy, municipal co-financing (§105). */
		optimalSubsidy: numeric({ precision: 14, scale: 2 }),
		realSubsidy: numeric({ precision: 14, scale: 2 }),
		municipalCofinancing: numeric({ precision: 14, scale: 2 }),
		decisionRef: text(),
		/** The development intention (intentions block) that created or changed this entry. */
		intentionId: uuid(),
		note: text(),
		...timestamps(),
		version: version()
	},
	(t) => [
		index('network_entries_network_idx').on(t.networkId),
		index('network_entries_service_idx').on(t.serviceId),
		index('network_entries_kind_idx').on(t.kindCode),
		uniqueIndex('network_entries_network_service_uq')
			.on(t.networkId, t.serviceId)
			.where(sql`${t.serviceId} is not null`)
	]
);

/** Capacity of an entry per form (`amb`, `pob`, `ter`) in network units (`fte` or `beds`). */
export const networkEntryCapacities = pgTable(
	'network_entry_capacities',
	{
		id: id(),
		entryId: uuid()
			.notNull()
			.references(() => networkEntries.id, { onDelete: 'cascade' }),
		form: text().notNull(),
		unit: text().notNull(),
		amount: numeric({ precision: 10, scale: 2 }).notNull()
	},
	(t) => [uniqueIndex('network_entry_capacities_uq').on(t.entryId, t.form)]
);

/**
 * Territory of availability with the share of capacity (percent, the shares of an entry sum to
 * 100): `code` is an ORP code (`orp`) or a municipality code (`obec`), both as in the catalogue.
 */
export const networkEntryTerritories = pgTable(
	'network_entry_territories',
	{
		id: id(),
		entryId: uuid()
			.notNull()
			.references(() => networkEntries.id, { onDelete: 'cascade' }),
		level: text().notNull(),
		code: text().notNull(),
		sharePercent: numeric({ precision: 5, scale: 2 }).notNull()
	},
	(t) => [
		uniqueIndex('network_entry_territories_uq').on(t.entryId, t.level, t.code),
		index('network_entry_territories_code_idx').on(t.code)
	]
);
