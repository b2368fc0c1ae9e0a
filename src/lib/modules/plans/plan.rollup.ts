/**
 * Roll-up of monitoring for one year of a plan: progress per priority and for the whole plan,
 * counts of measures per status, planned vs actual costs per funding source and per priority.
 * The one definition used by the monitoring pages, the evaluation report (web, DOCX, PDF, XLSX),
 * the public plan page and the API. Pure and client-safe.
 *
 * Rules (documented for users in the report's methodology note):
 * - A measure counts in a year only when the year lies within its start–end years.
 * - A measure without a record for the year counts as "nezahájeno" with 0 %.
 * - Cancelled measures ("zrušeno") are counted in the status counts but left out of progress:
 *   their work will never happen, so they neither lower nor raise the fulfilment.
 * - Weighting `equal`: every counted measure weighs the same. Weighting `cost`: a measure weighs
 *   its planned cost for the year (all sources); when the counted measures of a group have no
 *   planned cost at all, the group falls back to equal weights.
 * - Plan progress is computed from the measures directly (not as a mean of the priorities).
 * - Costs: planned = the plan's cost lines for the year, actual = the monitoring's actual costs
 *   for the year; measures outside their years and cancelled measures are included as entered.
 */
import type {
	FundingSource,
	MeasureNode,
	MeasureStatus,
	PlanTree,
	PriorityNode
} from './plan.tree.ts';
import { FUNDING_SOURCES } from './plan.tree.ts';

export const MEASURE_STATUSES: readonly MeasureStatus[] = [
	'not_started',
	'in_progress',
	'partially_done',
	'done',
	'not_done',
	'cancelled'
];

export type StatusCounts = Record<MeasureStatus, number>;

export interface MeasureYearFigures {
	measureId: string;
	/** Whether the year lies within the measure's start–end years. */
	active: boolean;
	/** Whether a record exists for the year. */
	recorded: boolean;
	status: MeasureStatus;
	progress: number;
	comment: string | null;
	plannedCost: number;
	actualCost: number;
	/** The weight used for progress (0 when not counted). */
	weight: number;
}

export interface GroupRollup {
	/** Weighted progress 0–100 (one decimal), null when no measure counts. */
	progress: number | null;
	/** Measures active in the year (including cancelled). */
	activeCount: number;
	/** Measures that enter the progress (active, not cancelled). */
	countedCount: number;
	counts: StatusCounts;
	planned: number;
	actual: number;
	/** The weighting actually applied ('equal' also when cost weighting had no costs). */
	weighting: 'equal' | 'cost';
}

export interface PriorityRollup extends GroupRollup {
	id: string;
	number: string;
	title: string;
}

export interface SourceCosts {
	source: FundingSource;
	planned: number;
	actual: number;
}

export interface YearRollup {
	year: number;
	plan: GroupRollup;
	priorities: PriorityRollup[];
	/** Every funding source in the fixed order, with zeros where nothing was planned or spent. */
	sources: SourceCosts[];
	measures: Map<string, MeasureYearFigures>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function emptyCounts(): StatusCounts {
	return {
		not_started: 0,
		in_progress: 0,
		done: 0,
		partially_done: 0,
		not_done: 0,
		cancelled: 0
	};
}

const sumYear = (lines: { year: number; amount: number }[], year: number) =>
	round2(lines.filter((l) => l.year === year).reduce((s, l) => s + l.amount, 0));

/** Figures of one measure in one year (status, progress, planned and actual cost). */
export function measureYearFigures(measure: MeasureNode, year: number): MeasureYearFigures {
	const record = measure.monitoring.find((r) => r.year === year);
	const active = year >= measure.startYear && year <= measure.endYear;
	return {
		measureId: measure.id,
		active,
		recorded: !!record,
		status: record?.status ?? 'not_started',
		progress: record?.progress ?? 0,
		comment: record?.comment ?? null,
		plannedCost: sumYear(measure.costs, year),
		actualCost: sumYear(measure.actualCosts, year),
		weight: 0
	};
}

function rollupGroup(
	measures: MeasureNode[],
	figures: Map<string, MeasureYearFigures>,
	weighting: 'equal' | 'cost'
): GroupRollup {
	const counts = emptyCounts();
	let planned = 0;
	let actual = 0;
	const counted: MeasureYearFigures[] = [];
	let activeCount = 0;
	for (const measure of measures) {
		const f = figures.get(measure.id)!;
		planned += f.plannedCost;
		actual += f.actualCost;
		if (!f.active) continue;
		activeCount++;
		counts[f.status]++;
		if (f.status !== 'cancelled') counted.push(f);
	}
	const costTotal = counted.reduce((s, f) => s + f.plannedCost, 0);
	const applied: 'equal' | 'cost' = weighting === 'cost' && costTotal > 0 ? 'cost' : 'equal';
	const weightOf = (f: MeasureYearFigures) => (applied === 'cost' ? f.plannedCost : 1);
	const totalWeight = counted.reduce((s, f) => s + weightOf(f), 0);
	const progress =
		counted.length === 0 || totalWeight === 0
			? null
			: Math.round((counted.reduce((s, f) => s + weightOf(f) * f.progress, 0) / totalWeight) * 10) /
				10;
	return {
		progress,
		activeCount,
		countedCount: counted.length,
		counts,
		planned: round2(planned),
		actual: round2(actual),
		weighting: applied
	};
}

/** The roll-up of one year of a plan (see the rules at the top of this file). */
export function rollupYear(
	plan: Pick<PlanTree, 'priorities' | 'rollupWeighting'>,
	year: number
): YearRollup {
	const figures = new Map<string, MeasureYearFigures>();
	const all = plan.priorities.flatMap((p) => p.measures);
	for (const measure of all) figures.set(measure.id, measureYearFigures(measure, year));

	const priorities = plan.priorities.map((p: PriorityNode) => ({
		id: p.id,
		number: p.number,
		title: p.title,
		...rollupGroup(p.measures, figures, plan.rollupWeighting)
	}));
	const whole = rollupGroup(all, figures, plan.rollupWeighting);

	// Weights actually used at plan level, for display next to each measure.
	for (const f of figures.values()) {
		const counted = f.active && f.status !== 'cancelled';
		f.weight = counted ? (whole.weighting === 'cost' ? f.plannedCost : 1) : 0;
	}

	const sources = FUNDING_SOURCES.map((source) => {
		let planned = 0;
		let actual = 0;
		for (const m of all) {
			for (const c of m.costs) if (c.year === year && c.source === source) planned += c.amount;
			for (const c of m.actualCosts) if (c.year === year && c.source === source) actual += c.amount;
		}
		return { source, planned: round2(planned), actual: round2(actual) };
	});

	return { year, plan: whole, priorities, sources, measures: figures };
}

/** Difference actual − planned and the share actual/planned (null when nothing was planned). */
export function costDelta(planned: number, actual: number): { diff: number; ratio: number | null } {
	return { diff: round2(actual - planned), ratio: planned > 0 ? actual / planned : null };
}
