/**
 * Development intentions (rozvojové záměry) and the region's calls (výzvy), domain-cz §4.6–4.7:
 * a kraj opens a call for a year (window, eligible kinds and needs, linked plan measures, rules,
 * evaluation criteria with max scores); a provider or a municipality submits an intention (type
 * A/B/C) relying on a measure of a community plan, with capacity changes in network units,
 * funding lines and evidence of need; the coordinator of the plan's area states its consistency
 * with the plan; the region scores it and decides (approved into a network category / postponed to
 * the reservoir / rejected). An approved decision changes the network of the target year.
 */
import {
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
import { areas, organisations } from '#lib/modules/organisation/index.ts';
import { services } from '#lib/modules/catalogue/index.ts';

/** A call for development intentions of a region for one network year. */
export const networkCalls = pgTable(
	'network_calls',
	{
		id: id(),
		regionAreaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'restrict' }),
		/** The network year the intentions are for. */
		year: smallint().notNull(),
		title: text().notNull(),
		/** Submission window, inclusive (Prague calendar days). */
		opensOn: date({ mode: 'string' }).notNull(),
		closesOn: date({ mode: 'string' }).notNull(),
		/** Eligible kinds of services (catalogue codes); empty = any kind. */
		eligibleKinds: text().array().notNull().default([]),
		/** Eligible needs in words ("chybějící kapacity pobytových služeb pro seniory"). */
		eligibleNeeds: text(),
		rulesText: text(),
		createdById: uuid(),
		...timestamps(),
		version: version()
	},
	(t) => [index('network_calls_region_year_idx').on(t.regionAreaId, t.year)]
);

/** Plan measures a call is linked to (type A intentions answer them). */
export const networkCallMeasures = pgTable(
	'network_call_measures',
	{
		callId: uuid()
			.notNull()
			.references(() => networkCalls.id, { onDelete: 'cascade' }),
		/** `plans_measures.id` (plans module). */
		measureId: uuid().notNull()
	},
	(t) => [
		uniqueIndex('network_call_measures_uq').on(t.callId, t.measureId),
		index('network_call_measures_measure_idx').on(t.measureId)
	]
);

/** Evaluation criterion of a call with its maximum score. */
export const networkCallCriteria = pgTable(
	'network_call_criteria',
	{
		id: id(),
		callId: uuid()
			.notNull()
			.references(() => networkCalls.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		maxScore: integer().notNull(),
		sort: integer().notNull().default(0)
	},
	(t) => [index('network_call_criteria_call_idx').on(t.callId, t.sort)]
);

export const INTENTION_TYPES = ['A', 'B', 'C'] as const;
export type IntentionType = (typeof INTENTION_TYPES)[number];
export const intentionTypeEnum = pgEnum('network_intention_type', INTENTION_TYPES);

export const CHANGE_TYPES = [
	'new_service',
	'increase',
	'decrease',
	'new_form',
	'new_territory'
] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];
export const changeTypeEnum = pgEnum('network_intention_change', CHANGE_TYPES);

/** submitted → stated (statement of consistency) → approved / postponed / rejected. */
export const INTENTION_STATUSES = [
	'submitted',
	'stated',
	'approved',
	'postponed',
	'rejected'
] as const;
export type IntentionStatus = (typeof INTENTION_STATUSES)[number];
export const intentionStatusEnum = pgEnum('network_intention_status', INTENTION_STATUSES);

/** A development intention of a provider or a municipality. */
export const networkIntentions = pgTable(
	'network_intentions',
	{
		id: id(),
		/** Short reference shown to people, e.g. "RZ-2023-0004". */
		reference: text().notNull(),
		callId: uuid().references(() => networkCalls.id, { onDelete: 'restrict' }),
		type: intentionTypeEnum().notNull(),
		regionAreaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'restrict' }),
		/** The submitting organisation (provider or municipality). */
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'restrict' }),
		submittedById: uuid(),
		/** The submitter's e-mail at the time (notifications). */
		submitterEmail: text(),
		/** Existing catalogue service, or null for a new service (then `plannedName` + `kindCode`). */
		serviceId: uuid().references(() => services.id, { onDelete: 'restrict' }),
		plannedName: text(),
		kindCode: text().notNull(),
		changeType: changeTypeEnum().notNull(),
		/** The network year the intention is for. */
		year: smallint().notNull(),
		startDate: date({ mode: 'string' }).notNull(),
		costEstimate: numeric({ precision: 14, scale: 2 }),
		territoryText: text(),
		justification: text().notNull(),
		/** The plan measure it relies on (plans module), its plan and the plan's area (who states). */
		measureId: uuid(),
		planId: uuid(),
		planAreaId: uuid().references(() => areas.id, { onDelete: 'restrict' }),
		status: intentionStatusEnum().notNull().default('submitted'),
		...timestamps(),
		version: version()
	},
	(t) => [
		uniqueIndex('network_intentions_reference_uq').on(t.reference),
		index('network_intentions_region_idx').on(t.regionAreaId, t.year, t.status),
		index('network_intentions_org_idx').on(t.organisationId),
		index('network_intentions_plan_area_idx').on(t.planAreaId, t.status),
		index('network_intentions_measure_idx').on(t.measureId),
		index('network_intentions_call_idx').on(t.callId)
	]
);

/** Requested capacity change per form in network units (negative = decrease). */
export const networkIntentionCapacities = pgTable(
	'network_intention_capacities',
	{
		id: id(),
		intentionId: uuid()
			.notNull()
			.references(() => networkIntentions.id, { onDelete: 'cascade' }),
		form: text().notNull(),
		unit: text().notNull(),
		delta: numeric({ precision: 10, scale: 2 }).notNull()
	},
	(t) => [uniqueIndex('network_intention_capacities_uq').on(t.intentionId, t.form)]
);

/** Funding sources of the intention's cost estimate (CZK per year of start). */
export const networkIntentionFunding = pgTable(
	'network_intention_funding',
	{
		id: id(),
		intentionId: uuid()
			.notNull()
			.references(() => networkIntentions.id, { onDelete: 'cascade' }),
		source: text().notNull(),
		amount: numeric({ precision: 14, scale: 2 }).notNull()
	},
	(t) => [index('network_intention_funding_idx').on(t.intentionId)]
);

export const EVIDENCE_KINDS = ['refused', 'waiting_list', 'survey', 'suggestion', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Evidence of need: refused applicants, waiting list, needs survey, suggestions (links or references). */
export const networkIntentionEvidence = pgTable(
	'network_intention_evidence',
	{
		id: id(),
		intentionId: uuid()
			.notNull()
			.references(() => networkIntentions.id, { onDelete: 'cascade' }),
		kind: text().notNull(),
		description: text().notNull(),
		/** A link to the record (survey, suggestion, document) or a reference number. */
		link: text(),
		/** A number when there is one (refused applicants, people on the waiting list). */
		count: integer()
	},
	(t) => [index('network_intention_evidence_idx').on(t.intentionId)]
);

export const STATEMENT_VERDICTS = ['consistent', 'partly', 'not_consistent'] as const;
export type StatementVerdict = (typeof STATEMENT_VERDICTS)[number];
export const statementVerdictEnum = pgEnum('network_statement_verdict', STATEMENT_VERDICTS);

/** Statement of consistency with the community plan by the coordinator of the plan's area. */
export const networkIntentionStatements = pgTable(
	'network_intention_statements',
	{
		id: id(),
		intentionId: uuid()
			.notNull()
			.references(() => networkIntentions.id, { onDelete: 'cascade' }),
		verdict: statementVerdictEnum().notNull(),
		reasons: text().notNull(),
		/** The working group's meeting that discussed it (meetings module) and its resolution. */
		meetingId: uuid(),
		resolutionText: text(),
		statedById: uuid(),
		statedByName: text(),
		statedAt: tstz().notNull().defaultNow(),
		...timestamps(),
		version: version()
	},
	(t) => [uniqueIndex('network_intention_statements_uq').on(t.intentionId)]
);

/** The region's score of an intention by one criterion of the call. */
export const networkIntentionScores = pgTable(
	'network_intention_scores',
	{
		id: id(),
		intentionId: uuid()
			.notNull()
			.references(() => networkIntentions.id, { onDelete: 'cascade' }),
		criterionId: uuid()
			.notNull()
			.references(() => networkCallCriteria.id, { onDelete: 'cascade' }),
		score: integer().notNull()
	},
	(t) => [uniqueIndex('network_intention_scores_uq').on(t.intentionId, t.criterionId)]
);

export const DECISION_OUTCOMES = ['approved', 'postponed', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export const decisionOutcomeEnum = pgEnum('network_decision_outcome', DECISION_OUTCOMES);

/** The region's decision on an intention. */
export const networkIntentionDecisions = pgTable(
	'network_intention_decisions',
	{
		id: id(),
		intentionId: uuid()
			.notNull()
			.references(() => networkIntentions.id, { onDelete: 'cascade' }),
		outcome: decisionOutcomeEnum().notNull(),
		/** Network category code (approved) and the first network year. */
		categoryCode: text(),
		fromYear: smallint(),
		/** Approved capacity per form: [{ form, delta }]. */
		capacity: jsonb().$type<{ form: string; delta: number }[]>().notNull().default([]),
		/** Council resolution, e.g. "usnesení Rady ZK č. 0456/R12/23" (mandatory). */
		decisionRef: text().notNull(),
		note: text(),
		decidedById: uuid(),
		decidedOn: date({ mode: 'string' }).notNull(),
		/** The network entry the approval created or changed. */
		networkEntryId: uuid(),
		...timestamps(),
		version: version()
	},
	(t) => [uniqueIndex('network_intention_decisions_uq').on(t.intentionId)]
);
