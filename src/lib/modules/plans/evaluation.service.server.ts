/**
 * Evaluation reports (hodnoticí zprávy) of a plan per year: the editable introduction and summary,
 * the report model for the pages and the downloads, and the public plan pages (approved plans,
 * monitoring of closed years only — an open year is work in progress).
 */
import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, can } from '#lib/platform/access/can.ts';
import { auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, UnauthorizedError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { areas, isUuid } from '#lib/modules/organisation/index.ts';
import { monitoringYears, plans } from './plan.schema.ts';
import { canReadPlan, findPlan, planScope } from './plan.access.server.ts';
import { getPlanTree, getPublishedPlan } from './plan.tree.server.ts';
import { PUBLIC_PLAN_STATUSES, type PlanStatus, type PlanTree } from './plan.tree.ts';
import { rollupYear, type YearRollup } from './plan.rollup.ts';
import { buildEvaluationReport, onlyYears, type EvaluationReport } from './evaluation.document.ts';
import { evaluationTextsInput } from './monitoring.validation.ts';
import {
	findYearRow,
	MONITORING_YEAR_ENTITY,
	monitoringNotAllowedMessage,
	parseYearParam,
	type MonitoringYearRow
} from './monitoring.service.server.ts';
import './plan.permissions.ts';

export interface EvaluationView {
	report: EvaluationReport;
	yearRow: MonitoringYearRow | null;
	canEdit: boolean;
	blockedReason: string | null;
}

/** The report of one year for people working on the plan (any year of the period). */
export async function getEvaluationReport(
	actor: Actor,
	planId: string,
	yearParam: string
): Promise<EvaluationView> {
	const plan = await findPlan(planId);
	if (!(await canReadPlan(actor, plan))) {
		if (actor.kind === 'anonymous') throw new UnauthorizedError();
		authorize(actor, 'plans.read', await planScope(plan));
	}
	const year = parseYearParam(plan, yearParam);
	const [tree, yearRow, scope] = await Promise.all([
		getPlanTree(actor, plan.id),
		findYearRow(db(), plan.id, year),
		planScope(plan)
	]);
	const blockedReason = monitoringNotAllowedMessage(plan.status);
	return {
		report: buildEvaluationReport(tree, year, {
			introduction: yearRow?.introduction ?? null,
			summary: yearRow?.summary ?? null,
			closed: yearRow?.status === 'closed',
			closedAt: yearRow?.closedAt ?? null
		}),
		yearRow,
		canEdit: !blockedReason && can(actor, 'plans.monitoring.close', scope),
		blockedReason
	};
}

/** Save the introduction and summary of the year's report (coordinator). */
export async function saveEvaluationTexts(
	actor: Actor,
	planId: string,
	year: number,
	input: unknown
): Promise<MonitoringYearRow> {
	if (actor.kind === 'anonymous') throw new UnauthorizedError();
	const plan = await findPlan(planId);
	authorize(actor, 'plans.monitoring.close', await planScope(plan));
	const data = parseInput(evaluationTextsInput, input);
	const yearNumber = parseYearParam(plan, String(year));
	return db().transaction(async (tx) => {
		const row = await findYearRow(tx, plan.id, yearNumber);
		const values = { introduction: data.introduction, summary: data.summary };
		if (!row) {
			return auditedInsert(
				tx,
				actor,
				monitoringYears,
				MONITORING_YEAR_ENTITY,
				{ planId: plan.id, year: yearNumber, status: 'open', ...values },
				{ areaId: plan.areaId }
			);
		}
		return auditedUpdate(tx, actor, monitoringYears, MONITORING_YEAR_ENTITY, row.id, values, {
			expectedVersion: data.version ?? undefined,
			areaId: plan.areaId
		});
	});
}

// ── public ──

export interface PublicYear {
	year: number;
	closedAt: Date | null;
	progress: number | null;
}

export interface PublicPlanView {
	/** The approved tree with the monitoring of closed years only. */
	tree: PlanTree;
	years: PublicYear[];
	/** The latest closed year and its roll-up (null before the first evaluation). */
	latest: { year: number; rollup: YearRollup } | null;
}

async function closedYears(planId: string): Promise<MonitoringYearRow[]> {
	return db()
		.select()
		.from(monitoringYears)
		.where(and(eq(monitoringYears.planId, planId), eq(monitoringYears.status, 'closed')))
		.orderBy(asc(monitoringYears.year));
}

/** The public plan page: approved content, statuses of closed years, evaluations. */
export async function getPublicPlan(planId: string): Promise<PublicPlanView> {
	const [published, closed] = await Promise.all([getPublishedPlan(planId), closedYears(planId)]);
	const tree = onlyYears(
		published,
		closed.map((c) => c.year)
	);
	const years = closed.map((c) => ({
		year: c.year,
		closedAt: c.closedAt,
		progress: rollupYear(tree, c.year).plan.progress
	}));
	const last = closed.at(-1);
	return {
		tree,
		years,
		latest: last ? { year: last.year, rollup: rollupYear(tree, last.year) } : null
	};
}

/** The public evaluation of a closed year (404 for open or unknown years). */
export async function getPublicEvaluation(
	planId: string,
	yearParam: string
): Promise<EvaluationReport> {
	const plan = await findPlan(planId);
	const year = parseYearParam(plan, yearParam);
	const [published, row] = await Promise.all([
		getPublishedPlan(plan.id),
		findYearRow(db(), plan.id, year)
	]);
	if (!row || row.status !== 'closed') {
		throw new NotFoundError(`Hodnocení roku ${year} zatím nebylo zveřejněno.`);
	}
	const closed = await closedYears(plan.id);
	return buildEvaluationReport(
		onlyYears(
			published,
			closed.map((c) => c.year)
		),
		year,
		{ introduction: row.introduction, summary: row.summary, closed: true, closedAt: row.closedAt }
	);
}

/**
 * The report to download: people working on the plan get the live report of any year (marked as
 * a draft while the year is open); everybody else the public report of a closed year.
 */
export async function getEvaluationForDownload(
	actor: Actor,
	planId: string,
	yearParam: string
): Promise<EvaluationReport> {
	const plan = await findPlan(planId);
	if (await canReadPlan(actor, plan)) {
		return (await getEvaluationReport(actor, plan.id, yearParam)).report;
	}
	return getPublicEvaluation(plan.id, yearParam);
}

export interface PublicPlanQuery {
	q?: string;
	areaId?: string;
	page?: number;
	pageSize?: number;
}

export interface PublicPlanRow {
	id: string;
	title: string;
	areaId: string;
	areaName: string;
	periodFrom: number;
	periodTo: number;
	status: PlanStatus;
	approvedOn: string | null;
}

/** Public (approved and later) plans: filter by area and text, paginated, Czech order. */
export async function listPublicPlans(
	query: PublicPlanQuery = {}
): Promise<{ rows: PublicPlanRow[]; total: number; areas: { id: string; name: string }[] }> {
	authorize({ kind: 'anonymous' }, 'plans.public.read');
	const page = Math.max(1, query.page ?? 1);
	const pageSize = Math.min(100, Math.max(1, query.pageSize ?? 20));
	const parts: SQL[] = [inArray(plans.status, PUBLIC_PLAN_STATUSES as PlanStatus[])];
	if (query.areaId && isUuid(query.areaId)) parts.push(eq(plans.areaId, query.areaId));
	if (query.q?.trim()) {
		const q = `%${query.q.trim()}%`;
		parts.push(
			or(
				sql`unaccent(${plans.title}) ilike unaccent(${q})`,
				sql`unaccent(${areas.name}) ilike unaccent(${q})`,
				ilike(plans.title, q)
			)!
		);
	}
	const where = and(...parts);
	const [rows, [{ n }], areaRows] = await Promise.all([
		db()
			.select({
				id: plans.id,
				title: plans.title,
				areaId: plans.areaId,
				areaName: areas.name,
				periodFrom: plans.periodFrom,
				periodTo: plans.periodTo,
				status: plans.status,
				approvedOn: plans.approvedOn
			})
			.from(plans)
			.innerJoin(areas, eq(areas.id, plans.areaId))
			.where(where)
			.orderBy(
				sql`${plans.periodFrom} desc`,
				sql`lower(unaccent(${areas.name}))`,
				sql`lower(unaccent(${plans.title}))`,
				asc(plans.id)
			)
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db()
			.select({ n: count() })
			.from(plans)
			.innerJoin(areas, eq(areas.id, plans.areaId))
			.where(where),
		db()
			.selectDistinct({ id: areas.id, name: areas.name })
			.from(plans)
			.innerJoin(areas, eq(areas.id, plans.areaId))
			.where(inArray(plans.status, PUBLIC_PLAN_STATUSES as PlanStatus[]))
	]);
	const collator = new Intl.Collator('cs', { sensitivity: 'base', numeric: true });
	return {
		rows,
		total: n,
		areas: areaRows.sort((a, b) => collator.compare(a.name, b.name))
	};
}
