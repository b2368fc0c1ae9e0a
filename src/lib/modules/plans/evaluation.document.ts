/**
 * The evaluation report (hodnoticí zpráva) of one year of a plan as a plain model, built from the
 * plan tree and the roll-up. One model feeds the web preview, the public page, DOCX, PDF and XLSX,
 * so every output shows the same numbers. Client-safe; Czech labels for the documents.
 */
import type { FundingSource, MeasureStatus, PlanTree } from './plan.tree.ts';
import { costDelta, rollupYear, type StatusCounts } from './plan.rollup.ts';
import { formatDate } from '#lib/platform/i18n/format.ts';

export const STATUS_LABELS_CS: Record<MeasureStatus, string> = {
	not_started: 'nezahájeno',
	in_progress: 'plní se',
	done: 'splněno',
	partially_done: 'částečně splněno',
	not_done: 'nesplněno',
	cancelled: 'zrušeno'
};

export const SOURCE_LABELS_CS: Record<FundingSource, string> = {
	state_101a: 'Státní rozpočet (dotace dle § 101a)',
	region: 'Rozpočet kraje',
	municipalities: 'Rozpočty obcí',
	eu_esf: 'Evropský sociální fond',
	user_fees: 'Úhrady uživatelů',
	health_insurance: 'Veřejné zdravotní pojištění',
	other: 'Jiné zdroje'
};

export const METHOD_NOTE_CS = {
	equal:
		'Plnění priorit a plánu je průměrem plnění opatření, která se v daném roce realizují; každé opatření má stejnou váhu. Zrušená opatření a opatření mimo roky své realizace se do plnění nezapočítávají.',
	cost: 'Plnění priorit a plánu je průměrem plnění opatření vážený plánovanými náklady opatření na daný rok. Zrušená opatření a opatření mimo roky své realizace se do plnění nezapočítávají; nemá-li žádné započtené opatření plánované náklady, mají všechna stejnou váhu.'
};

export interface ReportIndicator {
	name: string;
	unit: string;
	baseline: number | null;
	baselineYear: number | null;
	target: number | null;
	actual: number | null;
	note: string | null;
}

export interface ReportMeasure {
	id: string;
	number: string;
	title: string;
	responsible: string | null;
	years: string;
	active: boolean;
	status: MeasureStatus;
	progress: number;
	comment: string | null;
	planned: number;
	actual: number;
	indicators: ReportIndicator[];
}

export interface ReportPriority {
	id: string;
	number: string;
	title: string;
	progress: number | null;
	counts: StatusCounts;
	activeCount: number;
	planned: number;
	actual: number;
	measures: ReportMeasure[];
}

export interface ReportSource {
	source: FundingSource;
	label: string;
	planned: number;
	actual: number;
	diff: number;
	ratio: number | null;
}

export interface EvaluationReport {
	planId: string;
	planTitle: string;
	areaName: string;
	period: string;
	year: number;
	/** Year closed = the report is final. */
	closed: boolean;
	closedAt: string | null;
	approvedBy: string | null;
	approvedOn: string | null;
	introduction: string | null;
	summary: string | null;
	weighting: 'equal' | 'cost';
	methodNote: string;
	figures: {
		progress: number | null;
		activeCount: number;
		countedCount: number;
		counts: StatusCounts;
		planned: number;
		actual: number;
		diff: number;
		ratio: number | null;
	};
	priorities: ReportPriority[];
	sources: ReportSource[];
}

export interface ReportTexts {
	introduction: string | null;
	summary: string | null;
	closed: boolean;
	closedAt: Date | string | null;
}

function responsibleOf(m: PlanTree['priorities'][number]['measures'][number]): string | null {
	return (
		m.responsibleText ??
		m.responsibleOrganisation?.name ??
		m.responsiblePerson?.name ??
		m.responsibleBody?.name ??
		null
	);
}

/** Build the report model of `year` from the tree (monitoring included) and the texts. */
export function buildEvaluationReport(
	tree: PlanTree,
	year: number,
	texts: ReportTexts
): EvaluationReport {
	const rollup = rollupYear(tree, year);
	const priorities: ReportPriority[] = tree.priorities.map((p, i) => {
		const r = rollup.priorities[i];
		return {
			id: p.id,
			number: p.number,
			title: p.title,
			progress: r.progress,
			counts: r.counts,
			activeCount: r.activeCount,
			planned: r.planned,
			actual: r.actual,
			measures: p.measures.map((m) => {
				const f = rollup.measures.get(m.id)!;
				return {
					id: m.id,
					number: m.number,
					title: m.title,
					responsible: responsibleOf(m),
					years: m.startYear === m.endYear ? String(m.startYear) : `${m.startYear}–${m.endYear}`,
					active: f.active,
					status: f.status,
					progress: f.progress,
					comment: f.comment,
					planned: f.plannedCost,
					actual: f.actualCost,
					indicators: m.indicators.map((ind) => {
						const actual = ind.actuals.find((a) => a.year === year);
						return {
							name: ind.name,
							unit: ind.unit,
							baseline: ind.baseline,
							baselineYear: ind.baselineYear,
							target: ind.targets.find((t) => t.year === year)?.target ?? null,
							actual: actual?.actual ?? null,
							note: actual?.note ?? null
						};
					})
				};
			})
		};
	});
	const delta = costDelta(rollup.plan.planned, rollup.plan.actual);
	const closedAt = texts.closedAt
		? typeof texts.closedAt === 'string'
			? texts.closedAt
			: texts.closedAt.toISOString()
		: null;
	return {
		planId: tree.id,
		planTitle: tree.title,
		areaName: tree.area.name,
		period: `${tree.periodFrom}–${tree.periodTo}`,
		year,
		closed: texts.closed,
		closedAt,
		approvedBy: tree.approval.byLabel,
		approvedOn: tree.approval.on,
		introduction: texts.introduction,
		summary: texts.summary,
		weighting: rollup.plan.weighting,
		methodNote: METHOD_NOTE_CS[tree.rollupWeighting],
		figures: {
			progress: rollup.plan.progress,
			activeCount: rollup.plan.activeCount,
			countedCount: rollup.plan.countedCount,
			counts: rollup.plan.counts,
			planned: rollup.plan.planned,
			actual: rollup.plan.actual,
			diff: delta.diff,
			ratio: delta.ratio
		},
		priorities,
		sources: rollup.sources.map((s) => ({
			...s,
			label: SOURCE_LABELS_CS[s.source],
			...costDelta(s.planned, s.actual)
		}))
	};
}

/** Keep only the monitoring of the given (closed) years: what the public may see. */
export function onlyYears(tree: PlanTree, years: readonly number[]): PlanTree {
	const keep = new Set(years);
	return {
		...tree,
		priorities: tree.priorities.map((p) => ({
			...p,
			measures: p.measures.map((m) => ({
				...m,
				monitoring: m.monitoring.filter((r) => keep.has(r.year)),
				actualCosts: m.actualCosts.filter((c) => keep.has(c.year)),
				indicators: m.indicators.map((i) => ({
					...i,
					actuals: i.actuals.filter((a) => keep.has(a.year))
				}))
			}))
		}))
	};
}

/** "20. 12. 2021" from an ISO date or timestamp (documents are Czech whatever the UI language). */
export function czDate(value: string | Date): string {
	const d =
		typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
			? new Date(`${value}T12:00:00Z`)
			: value;
	return formatDate(d, 'cs');
}

const czNumberFormat = new Intl.NumberFormat('cs-CZ', { maximumFractionDigits: 2 });
const czMoneyFormat = new Intl.NumberFormat('cs-CZ', {
	style: 'currency',
	currency: 'CZK',
	minimumFractionDigits: 2
});
/** "1 234,5" */
export const czNumber = (n: number) => czNumberFormat.format(n);
/** "1 234,50 Kč" */
export const czMoney = (n: number) => czMoneyFormat.format(n);
/** "70 %" / "–" */
export const czPercent = (n: number | null) => (n === null ? '–' : `${czNumber(n)} %`);

/** File name stem: "hodnoceni-2022-Strednedoby-plan…" is built by the caller; this is the plan part. */
export function reportFileStem(report: Pick<EvaluationReport, 'year'>): string {
	return `hodnotici-zprava-${report.year}`;
}
