/**
 * Catalogue of social services: providers, registered services (registr poskytovatelů, MPSV open
 * data `rpss.json`) and related non-registered services (návazné služby), forms with capacity per
 * form and unit, facilities (zařízení) with RÚIAN codes, code lists, registry imports and
 * providers' proposed edits awaiting a coordinator's approval.
 *
 * Never stored: statutory bodies and heads of facilities (personal data in the registry file).
 * Ids are stable UUIDs (HSDS ids): a service keeps its row across re-imports (key: identifikátor).
 */
import {
	boolean,
	date,
	doublePrecision,
	index,
	integer,
	jsonb,
	numeric,
	pgEnum,
	pgTable,
	text,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, timestamps, tstz, version } from '#lib/platform/db/columns.ts';
import { organisations, targetGroups } from '#lib/modules/organisation/index.ts';

/** registry = from the MPSV registry import; manual = entered by a coordinator (návazná služba or not yet imported). */
export const recordSourceEnum = pgEnum('catalogue_source', ['registry', 'manual']);

export const providers = pgTable(
	'catalogue_providers',
	{
		id: id(),
		/** 8 digits as text (leading zeros); null only for manual providers without IČO. */
		ico: text(),
		name: text().notNull(),
		legalForm: text(),
		street: text(),
		city: text(),
		postcode: text(),
		municipalityCode: text(),
		email: text(),
		phone: text(),
		web: text(),
		/** The organisation record (organisation module) whose provider accounts may edit this provider. */
		organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		source: recordSourceEnum().notNull().default('registry'),
		...timestamps(),
		version: version()
	},
	(t) => [
		uniqueIndex('catalogue_providers_ico_uq')
			.on(t.ico)
			.where(sql`${t.ico} is not null`),
		index('catalogue_providers_name_idx').on(t.name),
		index('catalogue_providers_org_idx').on(t.organisationId)
	]
);

export const serviceStatusEnum = pgEnum('catalogue_service_status', ['active', 'ended']);

export const services = pgTable(
	'catalogue_services',
	{
		id: id(),
		providerId: uuid()
			.notNull()
			.references(() => providers.id, { onDelete: 'restrict' }),
		source: recordSourceEnum().notNull().default('registry'),
		/** Identifikátor sociální služby (7 digits); null for non-registered services. */
		registryId: text(),
		/** `portalId` / `id` of the registry item, kept for traceability. */
		registryPortalId: text(),
		name: text().notNull(),
		/** `SERVICE_KINDS` code ('49', '60a', 'cdz'); null only for a non-registered service. */
		kindCode: text(),
		/** The registry's own kind id as found in the file ("DruhSocialniSluzby/13"). */
		kindRegistryId: text(),
		/** For non-registered services: what it is ("dluhové poradenství obce", "sociální šatník"). */
		kindText: text(),
		description: text(),
		/** Registry target group codes ("CilovaSkupinaOsoby/24"). */
		targetGroupCodes: text().array().notNull().default([]),
		/** Registry age group codes ("VekovaSkupinaOsoby/…"). */
		ageGroupCodes: text().array().notNull().default([]),
		ageNote: text(),
		email: text(),
		phone: text(),
		web: text(),
		/** All contacts as in the registry: [{ type: 'email'|'phone'|'web'|'fax', value, note }]. */
		contacts: jsonb().notNull().default([]),
		validFrom: date(),
		validTo: date(),
		status: serviceStatusEnum().notNull().default('active'),
		endedAt: tstz(),
		/** Territory served, derived from facilities and extended scope: ČSÚ codes. */
		municipalityCodes: text().array().notNull().default([]),
		orpCodes: text().array().notNull().default([]),
		krajCodes: text().array().notNull().default([]),
		/** Lower-case text without diacritics of name, provider, kind and places (search). */
		searchText: text().notNull().default(''),
		/** Hash of the last imported registry item: unchanged items are skipped on re-import. */
		registryHash: text(),
		lastImportRunId: uuid(),
		/** Date the record was last confirmed (import or coordinator's check). */
		lastVerifiedOn: date(),
		...timestamps(),
		version: version()
	},
	(t) => [
		uniqueIndex('catalogue_services_registry_uq')
			.on(t.registryId)
			.where(sql`${t.registryId} is not null`),
		index('catalogue_services_provider_idx').on(t.providerId),
		index('catalogue_services_kind_idx').on(t.kindCode, t.status),
		index('catalogue_services_status_idx').on(t.status),
		index('catalogue_services_orp_idx').using('gin', t.orpCodes),
		index('catalogue_services_kraj_idx').using('gin', t.krajCodes),
		index('catalogue_services_municipality_idx').using('gin', t.municipalityCodes),
		index('catalogue_services_target_groups_idx').using('gin', t.targetGroupCodes),
		index('catalogue_services_updated_idx').on(t.updatedAt)
	]
);

/** A form of provision of a service (pobytová/ambulantní/terénní) with its time ranges. */
export const serviceForms = pgTable(
	'catalogue_service_forms',
	{
		id: id(),
		serviceId: uuid()
			.notNull()
			.references(() => services.id, { onDelete: 'cascade' }),
		form: text().notNull(),
		continuous: boolean().notNull().default(false),
		/** Time ranges as in the registry: [{ day?, from?, to?, text? }]. */
		timeRanges: jsonb().notNull().default([])
	},
	(t) => [uniqueIndex('catalogue_service_forms_uq').on(t.serviceId, t.form)]
);

/** Registered capacity of a service per form and unit (belongs to the registration, not a facility). */
export const capacities = pgTable(
	'catalogue_capacities',
	{
		id: id(),
		serviceId: uuid()
			.notNull()
			.references(() => services.id, { onDelete: 'cascade' }),
		form: text().notNull(),
		/** `CAPACITY_TYPES`: klient, kontakt, interv, luzka, hovor. */
		unit: text().notNull(),
		count: numeric({ precision: 12, scale: 2 }).notNull(),
		note: text()
	},
	(t) => [index('catalogue_capacities_service_idx').on(t.serviceId)]
);

/** Facility (zařízení) or place of provision, with its RÚIAN address codes; no head of facility. */
export const facilities = pgTable(
	'catalogue_facilities',
	{
		id: id(),
		serviceId: uuid()
			.notNull()
			.references(() => services.id, { onDelete: 'cascade' }),
		name: text(),
		street: text(),
		houseNumber: text(),
		orientationNumber: text(),
		addressNote: text(),
		postcode: text(),
		/** RÚIAN kód adresního místa (missing for ~3.6 % of registry facilities). */
		addressPointCode: text(),
		municipalityCode: text(),
		municipalityName: text(),
		municipalityPartCode: text(),
		districtCode: text(),
		/** Derived from the municipality code (the registry has no ORP). */
		orpCode: text(),
		krajCode: text(),
		latitude: doublePrecision(),
		longitude: doublePrecision(),
		validFrom: date(),
		validTo: date(),
		sort: integer().notNull().default(0)
	},
	(t) => [
		index('catalogue_facilities_service_idx').on(t.serviceId),
		index('catalogue_facilities_municipality_idx').on(t.municipalityCode),
		index('catalogue_facilities_orp_idx').on(t.orpCode)
	]
);

/**
 * Registry code lists (druhy, cílové skupiny, věkové skupiny, formy, typy kapacit, kraje, okresy,
 * obce): loaded from the MPSV code-list files when given, built-in otherwise. A registry target
 * group may be mapped to a planning target group.
 */
export const codeListItems = pgTable(
	'catalogue_code_list_items',
	{
		id: id(),
		/** 'CilovaSkupinaOsoby', 'VekovaSkupinaOsoby', 'DruhSocialniSluzby', 'Obec', … */
		list: text().notNull(),
		/** Full registry id ("CilovaSkupinaOsoby/24"). */
		code: text().notNull(),
		label: text().notNull(),
		sort: integer().notNull().default(0),
		/** Extra attributes of the item (e.g. an obec's ORP code). */
		attributes: jsonb().notNull().default({}),
		planningTargetGroupId: uuid().references(() => targetGroups.id, { onDelete: 'set null' }),
		...timestamps()
	},
	(t) => [uniqueIndex('catalogue_code_list_items_uq').on(t.list, t.code)]
);

export const importStatusEnum = pgEnum('catalogue_import_status', [
	'queued',
	'running',
	'done',
	'failed'
]);

/** One registry import: file, progress checkpoint (resumable), counts and problems found. */
export const importRuns = pgTable(
	'catalogue_import_runs',
	{
		id: id(),
		status: importStatusEnum().notNull().default('queued'),
		fileName: text().notNull(),
		/** Platform file id of an uploaded file, or the path given on the command line. */
		fileId: uuid(),
		filePath: text(),
		jobId: uuid(),
		/** Index of the last item committed; a resumed run skips up to here. */
		checkpoint: integer().notNull().default(0),
		totalItems: integer(),
		added: integer().notNull().default(0),
		changed: integer().notNull().default(0),
		unchanged: integer().notNull().default(0),
		ended: integer().notNull().default(0),
		skipped: integer().notNull().default(0),
		/** [{ position, registryId?, message }] — capped; `skipped` holds the full count. */
		problems: jsonb().notNull().default([]),
		error: text(),
		startedById: uuid(),
		startedAt: tstz(),
		finishedAt: tstz(),
		...timestamps()
	},
	(t) => [index('catalogue_import_runs_created_idx').on(t.createdAt)]
);

export const editStatusEnum = pgEnum('catalogue_edit_status', ['pending', 'approved', 'rejected']);

/** A provider's proposed change of a service's description and contacts, published after approval. */
export const serviceEdits = pgTable(
	'catalogue_service_edits',
	{
		id: id(),
		serviceId: uuid()
			.notNull()
			.references(() => services.id, { onDelete: 'cascade' }),
		/** { description?, email?, phone?, web? } */
		changes: jsonb().notNull(),
		status: editStatusEnum().notNull().default('pending'),
		proposedById: uuid(),
		decidedById: uuid(),
		decidedAt: tstz(),
		decisionNote: text(),
		...timestamps(),
		version: version()
	},
	(t) => [index('catalogue_service_edits_status_idx').on(t.status, t.createdAt)]
);
