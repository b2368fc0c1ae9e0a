/**
 * Medium-term plans (střednědobý plán rozvoje sociálních služeb, komunitní plán): priorities →
 * measures → activities, with costs per year and funding source, indicators with yearly targets,
 * immutable versions at each status change, annual action plans and yearly monitoring.
 *
 * Plan kind and period length are data, not code (Act 300/2025 Sb. may change both).
 */
import {
	boolean,
	date,
	index,
	integer,
	jsonb,
	numeric,
	pgEnum,
	pgTable,
	smallint,
	text,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { id, timestamps, tstz, version } from '#lib/platform/db/columns.ts';
import {
	areas,
	bodies,
	organisations,
	people,
	targetGroups
} from '#lib/modules/organisation/index.ts';

/** preparation → draft → consultation → approved → in_force → evaluated → archived. */
export const planStatusEnum = pgEnum('plans_status', [
	'preparation',
	'draft',
	'consultation',
	'approved',
	'in_force',
	'evaluated',
	'archived'
]);

/** How progress rolls up from measures to priorities and the plan. */
export const rollupWeightingEnum = pgEnum('plans_rollup_weighting', ['equal', 'cost']);

export const plans = pgTable(
	'plans_plans',
	{
		id: id(),
		areaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'restrict' }),
		/** Configurable plan type: 'sprss_kraj', 'sprss_obec', 'komunitni_plan', 'other' (see plan.validation.ts). */
		kind: text().notNull(),
		title: text().notNull(),
		periodFrom: smallint().notNull(),
		periodTo: smallint().notNull(),
		vision: text(),
		principles: text(),
		/** Body responsible for the plan (steering group, managerial team). */
		responsibleBodyId: uuid().references(() => bodies.id, { onDelete: 'set null' }),
		status: planStatusEnum().notNull().default('preparation'),
		/** Who approved it, as written in the decision ("Valná hromada Mikroregionu …"). */
		approvedByLabel: text(),
		approvedByBodyId: uuid().references(() => bodies.id, { onDelete: 'set null' }),
		approvedOn: date(),
		approvalResolution: text(),
		/** Attached decision (platform file). */
		approvalFileId: uuid(),
		/** The public consultation of the draft (participation module), when there is one. */
		consultationId: uuid(),
		rollupWeighting: rollupWeightingEnum().notNull().default('equal'),
		/** Number of the last stored version (0 = none yet). */
		lastVersionNo: integer().notNull().default(0),
		createdById: uuid(),
		...timestamps(),
		version: version()
	},
	(t) => [
		index('plans_plans_area_idx').on(t.areaId, t.periodFrom),
		index('plans_plans_status_idx').on(t.status)
	]
);

/** Planning target groups the plan covers. */
export const planTargetGroups = pgTable(
	'plans_plan_target_groups',
	{
		planId: uuid()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		targetGroupId: uuid()
			.notNull()
			.references(() => targetGroups.id, { onDelete: 'restrict' })
	},
	(t) => [uniqueIndex('plans_plan_target_groups_uq').on(t.planId, t.targetGroupId)]
);

/** Priority (cíl/priorita): for one planning target group, or cross-cutting when `targetGroupId` is null. */
export const priorities = pgTable(
	'plans_priorities',
	{
		id: id(),
		planId: uuid()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		/** Display number, e.g. "2". */
		number: text().notNull(),
		sort: integer().notNull().default(0),
		title: text().notNull(),
		description: text(),
		targetGroupId: uuid().references(() => targetGroups.id, { onDelete: 'set null' }),
		/** Working group that prepared the priority and records the monitoring of its measures. */
		responsibleBodyId: uuid().references(() => bodies.id, { onDelete: 'set null' }),
		...timestamps(),
		version: version()
	},
	(t) => [
		index('plans_priorities_plan_idx').on(t.planId, t.sort),
		uniqueIndex('plans_priorities_number_uq').on(t.planId, t.number)
	]
);

/** Capacity units of a measure's expected change (network units and registry units). */
export const capacityUnitEnum = pgEnum('plans_capacity_unit', [
	'fte',
	'beds',
	'clients',
	'interventions',
	'contacts'
]);

/** Measure (opatření), numbered like "2.3". */
export const measures = pgTable(
	'plans_measures',
	{
		id: id(),
		planId: uuid()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		priorityId: uuid()
			.notNull()
			.references(() => priorities.id, { onDelete: 'cascade' }),
		number: text().notNull(),
		sort: integer().notNull().default(0),
		title: text().notNull(),
		description: text(),
		/** Why: the needs found (analysis, suggestions, meetings). */
		rationale: text(),
		responsibleOrganisationId: uuid().references(() => organisations.id, {
			onDelete: 'set null'
		}),
		responsiblePersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
		/** Free text when the responsible party is not a record ("Město Valašské Meziříčí, odbor sociálních věcí"). */
		responsibleText: text(),
		/** Working group monitoring this measure when it differs from its priority's. */
		responsibleBodyId: uuid().references(() => bodies.id, { onDelete: 'set null' }),
		partners: text(),
		startYear: smallint().notNull(),
		endYear: smallint().notNull(),
		/** Codes of `SERVICE_KINDS` (catalogue module): '49', '60a', 'cdz'. */
		serviceKinds: text().array().notNull().default([]),
		targetGroupIds: uuid().array().notNull().default([]),
		/** ČSÚ obec codes of the territory (empty = the whole planning area). */
		municipalityCodes: text().array().notNull().default([]),
		/** Expected capacity change; negative only with `capacityDecrease` set. */
		capacityChange: numeric({ precision: 12, scale: 2 }),
		capacityUnit: capacityUnitEnum(),
		capacityDecrease: boolean().notNull().default(false),
		...timestamps(),
		version: version()
	},
	(t) => [
		index('plans_measures_plan_idx').on(t.planId, t.sort),
		index('plans_measures_priority_idx').on(t.priorityId, t.sort),
		uniqueIndex('plans_measures_number_uq').on(t.planId, t.number),
		index('plans_measures_service_kinds_idx').using('gin', t.serviceKinds)
	]
);

/** Activity (aktivita) of a measure, numbered like "2.3.1". */
export const activities = pgTable(
	'plans_activities',
	{
		id: id(),
		planId: uuid()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		measureId: uuid()
			.notNull()
			.references(() => measures.id, { onDelete: 'cascade' }),
		number: text().notNull(),
		sort: integer().notNull().default(0),
		title: text().notNull(),
		description: text(),
		responsibleText: text(),
		/** Year the activity should be done by (within the plan period). */
		dueYear: smallint(),
		...timestamps(),
		version: version()
	},
	(t) => [index('plans_activities_measure_idx').on(t.measureId, t.sort)]
);

export const fundingSourceEnum = pgEnum('plans_funding_source', [
	'state_101a',
	'region',
	'municipalities',
	'eu_esf',
	'user_fees',
	'health_insurance',
	'other'
]);

/** planned = the plan's estimate; actual = what monitoring reported for the year. */
export const costKindEnum = pgEnum('plans_cost_kind', ['planned', 'actual']);

/** Cost of a measure in one year from one funding source (CZK). */
export const measureCosts = pgTable(
	'plans_measure_costs',
	{
		id: id(),
		planId: uuid()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		measureId: uuid()
			.notNull()
			.references(() => measures.id, { onDelete: 'cascade' }),
		kind: costKindEnum().notNull().default('planned'),
		year: smallint().notNull(),
		source: fundingSourceEnum().notNull(),
		amount: numeric({ precision: 14, scale: 2 }).notNull(),
		...timestamps()
	},
	(t) => [
		uniqueIndex('plans_measure_costs_uq').on(t.measureId, t.kind, t.year, t.source),
		index('plans_measure_costs_plan_idx').on(t.planId, t.kind, t.year)
	]
);

export const indicatorDirectionEnum = pgEnum('plans_indicator_direction', [
	'increase',
	'decrease',
	'maintain'
]);

/** Indicator (ukazatel) of a measure: unit, baseline, direction; targets per year below. */
export const indicators = pgTable(
	'plans_indicators',
	{
		id: id(),
		planId: uuid()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		measureId: uuid()
			.notNull()
			.references(() => measures.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		unit: text().notNull(),
		baseline: numeric({ precision: 14, scale: 2 }),
		baselineYear: smallint(),
		direction: indicatorDirectionEnum().notNull().default('increase'),
		sort: integer().notNull().default(0),
		...timestamps(),
		version: version()
	},
	(t) => [index('plans_indicators_measure_idx').on(t.measureId, t.sort)]
);

export const indicatorTargets = pgTable(
	'plans_indicator_targets',
	{
		id: id(),
		indicatorId: uuid()
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		year: smallint().notNull(),
		target: numeric({ precision: 14, scale: 2 }).notNull()
	},
	(t) => [uniqueIndex('plans_indicator_targets_uq').on(t.indicatorId, t.year)]
);

/** Immutable snapshot of the whole plan, stored at every status change. */
export const planVersions = pgTable(
	'plans_versions',
	{
		id: id(),
		planId: uuid()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		versionNo: integer().notNull(),
		/** Status the plan entered when this version was stored. */
		status: planStatusEnum().notNull(),
		note: text(),
		/** The full tree (see plan.snapshot.ts), including ids so versions can be compared. */
		snapshot: jsonb().notNull(),
		createdById: uuid(),
		createdAt: tstz().notNull().defaultNow()
	},
	(t) => [uniqueIndex('plans_versions_uq').on(t.planId, t.versionNo)]
);

export const actionPlanStatusEnum = pgEnum('plans_action_plan_status', ['draft', 'approved']);

/** Annual action plan (akční plán) for one year of the plan. */
export const actionPlans = pgTable(
	'plans_action_plans',
	{
		id: id(),
		planId: uuid()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		year: smallint().notNull(),
		title: text().notNull(),
		introduction: text(),
		status: actionPlanStatusEnum().notNull().default('draft'),
		approvedByLabel: text(),
		approvedOn: date(),
		...timestamps(),
		version: version()
	},
	(t) => [uniqueIndex('plans_action_plans_uq').on(t.planId, t.year)]
);

/** A measure (or one of its activities) selected for the year, with that year's cost and capacity. */
export const actionPlanItems = pgTable(
	'plans_action_plan_items',
	{
		id: id(),
		actionPlanId: uuid()
			.notNull()
			.references(() => actionPlans.id, { onDelete: 'cascade' }),
		measureId: uuid()
			.notNull()
			.references(() => measures.id, { onDelete: 'cascade' }),
		activityId: uuid().references(() => activities.id, { onDelete: 'cascade' }),
		plannedCost: numeric({ precision: 14, scale: 2 }),
		plannedCapacity: numeric({ precision: 12, scale: 2 }),
		note: text(),
		sort: integer().notNull().default(0),
		...timestamps()
	},
	(t) => [index('plans_action_plan_items_ap_idx').on(t.actionPlanId, t.sort)]
);

export const monitoringYearStatusEnum = pgEnum('plans_monitoring_year_status', ['open', 'closed']);

/** One year of monitoring of a plan; the coordinator closes it. Holds the evaluation report texts. */
export const monitoringYears = pgTable(
	'plans_monitoring_years',
	{
		id: id(),
		planId: uuid()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		year: smallint().notNull(),
		status: monitoringYearStatusEnum().notNull().default('open'),
		/** Editable introduction and summary of the evaluation report. */
		introduction: text(),
		summary: text(),
		closedAt: tstz(),
		closedById: uuid(),
		...timestamps(),
		version: version()
	},
	(t) => [uniqueIndex('plans_monitoring_years_uq').on(t.planId, t.year)]
);

export const measureStatusEnum = pgEnum('plans_measure_status', [
	'not_started',
	'in_progress',
	'done',
	'partially_done',
	'not_done',
	'cancelled'
]);

/** Fulfilment of one measure in one year. */
export const measureMonitoring = pgTable(
	'plans_measure_monitoring',
	{
		id: id(),
		planId: uuid()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		measureId: uuid()
			.notNull()
			.references(() => measures.id, { onDelete: 'cascade' }),
		year: smallint().notNull(),
		status: measureStatusEnum().notNull().default('not_started'),
		/** 0–100. */
		progress: smallint().notNull().default(0),
		comment: text(),
		/** [{ label, url?, meetingId? }] — e.g. the meeting where fulfilment was checked. */
		evidence: jsonb().notNull().default([]),
		recordedById: uuid(),
		recordedAt: tstz(),
		...timestamps(),
		version: version()
	},
	(t) => [
		uniqueIndex('plans_measure_monitoring_uq').on(t.measureId, t.year),
		index('plans_measure_monitoring_plan_idx').on(t.planId, t.year)
	]
);

/** Actual value of an indicator in one year (unit must match the indicator's). */
export const indicatorValues = pgTable(
	'plans_indicator_values',
	{
		id: id(),
		planId: uuid()
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		indicatorId: uuid()
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		year: smallint().notNull(),
		actual: numeric({ precision: 14, scale: 2 }).notNull(),
		note: text(),
		recordedById: uuid(),
		...timestamps(),
		version: version()
	},
	(t) => [
		uniqueIndex('plans_indicator_values_uq').on(t.indicatorId, t.year),
		index('plans_indicator_values_plan_idx').on(t.planId, t.year)
	]
);
