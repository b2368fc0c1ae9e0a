/**
 * The plan as one tree: the shape returned by `getPlanTree` (live records), `getPublishedPlan`
 * (the latest approved version), stored in version snapshots, served by `GET /api/v1/plans/{id}`
 * and read by monitoring, evaluation reports, exports and the import preview. Client-safe (types
 * and pure helpers only). Numbers are plain JS numbers (CZK with two decimals at most).
 */

export type PlanStatus =
	'preparation' | 'draft' | 'consultation' | 'approved' | 'in_force' | 'evaluated' | 'archived';
export type FundingSource =
	| 'state_101a'
	| 'region'
	| 'municipalities'
	| 'eu_esf'
	| 'user_fees'
	| 'health_insurance'
	| 'other';
export type CapacityUnit = 'fte' | 'beds' | 'clients' | 'interventions' | 'contacts';
export type IndicatorDirection = 'increase' | 'decrease' | 'maintain';
export type MeasureStatus =
	'not_started' | 'in_progress' | 'done' | 'partially_done' | 'not_done' | 'cancelled';

export const FUNDING_SOURCES: readonly FundingSource[] = [
	'state_101a',
	'region',
	'municipalities',
	'eu_esf',
	'user_fees',
	'health_insurance',
	'other'
];

/** Statuses in which the plan is public ("vše je veřejné"). */
export const PUBLIC_PLAN_STATUSES: readonly PlanStatus[] = [
	'approved',
	'in_force',
	'evaluated',
	'archived'
];
/** Statuses in which priorities, measures, activities, costs and indicators may be edited. */
export const EDITABLE_PLAN_STATUSES: readonly PlanStatus[] = ['preparation', 'draft'];

export interface CostLine {
	year: number;
	source: FundingSource;
	amount: number;
}

export interface IndicatorNode {
	id: string;
	name: string;
	unit: string;
	baseline: number | null;
	baselineYear: number | null;
	direction: IndicatorDirection;
	/** Target per year. */
	targets: { year: number; target: number }[];
	/** Actual value per monitored year (empty in version snapshots). */
	actuals: { year: number; actual: number; note: string | null }[];
}

export interface ActivityNode {
	id: string;
	number: string;
	title: string;
	description: string | null;
	responsibleText: string | null;
	dueYear: number | null;
}

/** Fulfilment of a measure in one year (monitoring). */
export interface MeasureYearStatus {
	year: number;
	status: MeasureStatus;
	progress: number;
	comment: string | null;
}

export interface MeasureNode {
	id: string;
	priorityId: string;
	number: string;
	title: string;
	description: string | null;
	rationale: string | null;
	responsibleOrganisation: { id: string; name: string } | null;
	responsiblePerson: { id: string; name: string } | null;
	responsibleText: string | null;
	/** Working group monitoring the measure (own or inherited from the priority). */
	responsibleBody: { id: string; name: string } | null;
	partners: string | null;
	startYear: number;
	endYear: number;
	/** `SERVICE_KINDS` codes of the catalogue module. */
	serviceKinds: string[];
	targetGroups: { id: string; name: string }[];
	municipalityCodes: string[];
	capacityChange: number | null;
	capacityUnit: CapacityUnit | null;
	capacityDecrease: boolean;
	/** Planned costs (kind 'planned'). */
	costs: CostLine[];
	/** Actual costs reported in monitoring (kind 'actual'; empty in version snapshots). */
	actualCosts: CostLine[];
	indicators: IndicatorNode[];
	activities: ActivityNode[];
	/** Monitoring per year, oldest first (empty in version snapshots). */
	monitoring: MeasureYearStatus[];
	version: number;
}

export interface PriorityNode {
	id: string;
	number: string;
	title: string;
	description: string | null;
	/** null = cross-cutting priority. */
	targetGroup: { id: string; name: string } | null;
	responsibleBody: { id: string; name: string } | null;
	measures: MeasureNode[];
	version: number;
}

export interface PlanTree {
	id: string;
	area: { id: string; name: string; kind: string };
	kind: string;
	title: string;
	periodFrom: number;
	periodTo: number;
	vision: string | null;
	principles: string | null;
	responsibleBody: { id: string; name: string } | null;
	targetGroups: { id: string; name: string }[];
	status: PlanStatus;
	approval: {
		byLabel: string | null;
		byBodyId: string | null;
		on: string | null;
		resolution: string | null;
		fileId: string | null;
	};
	consultationId: string | null;
	rollupWeighting: 'equal' | 'cost';
	lastVersionNo: number;
	priorities: PriorityNode[];
	version: number;
}

/** Years of the plan period, e.g. [2022, 2023, 2024]. */
export function planYears(plan: Pick<PlanTree, 'periodFrom' | 'periodTo'>): number[] {
	const years: number[] = [];
	for (let y = plan.periodFrom; y <= plan.periodTo; y++) years.push(y);
	return years;
}

/** All measures of the tree in display order. */
export function allMeasures(plan: Pick<PlanTree, 'priorities'>): MeasureNode[] {
	return plan.priorities.flatMap((p) => p.measures);
}
