/**
 * Yearly monitoring of a plan: a record per measure (status, progress, comment, evidence),
 * indicator actual values, actual costs per funding source; the coordinator closes the year
 * (read-only) and may reopen it with a reason. Working-group managers record their group's
 * measures (scope bodyId = the measure's responsible body, else its priority's).
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { actorId } from '#lib/platform/access/actor.ts';
import { authorize, can, type ResourceScope } from '#lib/platform/access/can.ts';
import {
	auditedDelete,
	auditedInsert,
	auditedUpdate,
	recordAudit
} from '#lib/platform/audit/audit.server.ts';
import { auditLog } from '#lib/platform/audit/audit.schema.ts';
import { users } from '#lib/platform/auth/auth.schema.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import {
	ConflictError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { areaLineage, bodies, isUuid } from '#lib/modules/organisation/index.ts';
import { listMeetings, meetings } from '#lib/modules/meetings/index.ts';
import {
	indicators,
	indicatorValues,
	measureCosts,
	measureMonitoring,
	measures,
	monitoringYears,
	priorities
} from './plan.schema.ts';
import { authorizeReadPlan, findPlan, planScope, type PlanRow } from './plan.access.server.ts';
import { getPlanTree } from './plan.tree.server.ts';
import type { PlanStatus, PlanTree } from './plan.tree.ts';
import { rollupYear, type YearRollup } from './plan.rollup.ts';
import {
	closeInput,
	measureMonitoringInput,
	reopenInput,
	type MeasureMonitoringInput
} from './monitoring.validation.ts';
import './plan.permissions.ts';
import { formatDate } from '#lib/platform/i18n/format.ts';

export const MONITORING_ENTITY = 'plans.measure_monitoring';
export const MONITORING_YEAR_ENTITY = 'plans.monitoring_year';
export const INDICATOR_VALUE_ENTITY = 'plans.indicator_value';
export const ACTUAL_COST_ENTITY = 'plans.measure_cost';

/** Plan statuses in which monitoring is recorded. */
export const MONITORED_PLAN_STATUSES: readonly PlanStatus[] = ['approved', 'in_force', 'evaluated'];

export type MonitoringYearRow = typeof monitoringYears.$inferSelect;
export type MeasureMonitoringRow = typeof measureMonitoring.$inferSelect;

/** Evidence of fulfilment: a free link or a meeting where the fulfilment was checked. */
export interface EvidenceItem {
	label: string;
	url?: string;
	meetingId?: string;
}

export function monitoringNotAllowedMessage(status: PlanStatus): string | null {
	if (MONITORED_PLAN_STATUSES.includes(status)) return null;
	return status === 'archived'
		? 'Plán je archivován; jeho monitoring už nelze měnit.'
		: 'Plán ještě není schválen. Monitoring plnění se zapisuje až u schváleného plánu (platného nebo vyhodnocovaného).';
}

function assertMonitored(plan: PlanRow): void {
	const message = monitoringNotAllowedMessage(plan.status);
	if (message) throw new ValidationError({ _form: [message] }, message);
}

const yearOutside = (plan: PlanRow, year: number) =>
	`Rok ${year} nepatří do období plánu (${plan.periodFrom}–${plan.periodTo}).`;

/** A year of the plan period (404 for the pages, which address years in the URL). */
export function parseYearParam(
	plan: Pick<PlanRow, 'periodFrom' | 'periodTo'>,
	raw: string
): number {
	const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
	if (!Number.isInteger(year) || year < plan.periodFrom || year > plan.periodTo) {
		throw new NotFoundError(
			`Rok ${raw} nepatří do období plánu (${plan.periodFrom}–${plan.periodTo}).`
		);
	}
	return year;
}

function assertYearInPeriod(plan: PlanRow, year: number): void {
	if (!Number.isInteger(year) || year < plan.periodFrom || year > plan.periodTo) {
		throw new ValidationError({ year: [yearOutside(plan, year)] }, yearOutside(plan, year));
	}
}

interface MeasureRef {
	id: string;
	planId: string;
	number: string;
	title: string;
	startYear: number;
	endYear: number;
	bodyId: string | null;
}

async function findMeasure(tx: Db, planId: string, measureId: string): Promise<MeasureRef> {
	if (!isUuid(measureId)) throw new NotFoundError('Opatření nebylo nalezeno.');
	const [row] = await tx
		.select({
			id: measures.id,
			planId: measures.planId,
			number: measures.number,
			title: measures.title,
			startYear: measures.startYear,
			endYear: measures.endYear,
			bodyId: sql<
				string | null
			>`coalesce(${measures.responsibleBodyId}, ${priorities.responsibleBodyId})`
		})
		.from(measures)
		.innerJoin(priorities, eq(priorities.id, measures.priorityId))
		.where(and(eq(measures.id, measureId), eq(measures.planId, planId)));
	if (!row) throw new NotFoundError('Opatření nebylo nalezeno.');
	return row;
}

async function findYearRow(
	tx: Db,
	planId: string,
	year: number
): Promise<MonitoringYearRow | null> {
	const [row] = await tx
		.select()
		.from(monitoringYears)
		.where(and(eq(monitoringYears.planId, planId), eq(monitoringYears.year, year)));
	return row ?? null;
}

/** The year's row, created (open) on first use. */
export async function ensureYearRow(
	tx: Db,
	actor: Actor,
	plan: PlanRow,
	year: number
): Promise<MonitoringYearRow> {
	const existing = await findYearRow(tx, plan.id, year);
	if (existing) return existing;
	return auditedInsert(
		tx,
		actor,
		monitoringYears,
		MONITORING_YEAR_ENTITY,
		{ planId: plan.id, year, status: 'open' },
		{ areaId: plan.areaId }
	);
}

const closedMessage = (year: number) =>
	`Monitoring roku ${year} je uzavřen. Změny jsou možné až po jeho znovuotevření koordinátorem.`;

const isUniqueViolation = (error: unknown) =>
	(error as { code?: string })?.code === '23505' ||
	(error as { cause?: { code?: string } })?.cause?.code === '23505';

/**
 * Write one measure's record for a year inside `tx` (validated input). Shared by the service and
 * the demo seeder. Checks the year, the closed state, indicator units and meetings.
 */
export async function writeMeasureMonitoring(
	tx: Db,
	actor: Actor,
	plan: PlanRow,
	measure: MeasureRef,
	year: number,
	data: MeasureMonitoringInput,
	at: Date = new Date()
): Promise<MeasureMonitoringRow> {
	assertMonitored(plan);
	assertYearInPeriod(plan, year);
	if (year < measure.startYear || year > measure.endYear) {
		const message = `Opatření ${measure.number} se podle plánu plní v letech ${measure.startYear}–${measure.endYear}; za rok ${year} se nezapisuje.`;
		throw new ValidationError({ _form: [message] }, message);
	}
	const yearRow = await ensureYearRow(tx, actor, plan, year);
	if (yearRow.status === 'closed') {
		throw new ValidationError({ _form: [closedMessage(year)] }, closedMessage(year));
	}
	const areaId = plan.areaId;

	// Indicators must be the measure's, and a unit, when sent, must be the indicator's.
	const measureIndicators = await tx
		.select({ id: indicators.id, name: indicators.name, unit: indicators.unit })
		.from(indicators)
		.where(eq(indicators.measureId, measure.id));
	const byId = new Map(measureIndicators.map((i) => [i.id, i]));
	const errors: Record<string, string[]> = {};
	data.indicators.forEach((entry, i) => {
		const indicator = byId.get(entry.indicatorId);
		if (!indicator) {
			errors[`indicators.${i}.indicatorId`] = ['Ukazatel nepatří k tomuto opatření.'];
		} else if (
			entry.unit &&
			entry.unit.trim().toLowerCase() !== indicator.unit.trim().toLowerCase()
		) {
			errors[`indicators.${i}.unit`] = [
				`Jednotka „${entry.unit}“ neodpovídá ukazateli „${indicator.name}“, který se měří v jednotce „${indicator.unit}“.`
			];
		}
	});

	// Meetings: they must exist and lie in the plan's area (or one of its sub-areas).
	const meetingEvidence: EvidenceItem[] = [];
	if (data.meetingIds.length) {
		const rows = await tx
			.select({
				id: meetings.id,
				areaId: meetings.areaId,
				startsAt: meetings.startsAt,
				bodyName: bodies.name
			})
			.from(meetings)
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(inArray(meetings.id, [...new Set(data.meetingIds)]));
		const found = new Map(rows.map((r) => [r.id, r]));
		for (const [i, meetingId] of data.meetingIds.entries()) {
			const row = found.get(meetingId);
			const lineage = row ? await areaLineage(row.areaId, tx) : [];
			if (!row || !lineage.includes(areaId)) {
				errors[`meetingIds.${i}`] = ['Jednání nebylo nalezeno v území plánu.'];
				continue;
			}
			meetingEvidence.push({
				label: `${row.bodyName}, ${czDate(row.startsAt)}`,
				meetingId
			});
		}
	}
	if (Object.keys(errors).length) throw new ValidationError(errors);

	const evidence: EvidenceItem[] = [...data.links.map((l) => ({ ...l })), ...meetingEvidence];
	const values = {
		status: data.status as MeasureMonitoringRow['status'],
		progress: data.progress,
		comment: data.comment,
		evidence,
		recordedById: actorId(actor),
		recordedAt: at
	};
	const [existing] = await tx
		.select()
		.from(measureMonitoring)
		.where(and(eq(measureMonitoring.measureId, measure.id), eq(measureMonitoring.year, year)));
	let record: MeasureMonitoringRow;
	if (existing) {
		if (data.version == null) throw new ConflictError(undefined, existing);
		record = await auditedUpdate(
			tx,
			actor,
			measureMonitoring,
			MONITORING_ENTITY,
			existing.id,
			values,
			{
				expectedVersion: data.version,
				areaId
			}
		);
	} else {
		record = await auditedInsert(
			tx,
			actor,
			measureMonitoring,
			MONITORING_ENTITY,
			{ planId: plan.id, measureId: measure.id, year, ...values },
			{ areaId }
		);
	}

	// Indicator actual values: upsert the given ones, blank removes the year's value.
	if (data.indicators.length) {
		const current = await tx
			.select()
			.from(indicatorValues)
			.where(
				and(
					inArray(
						indicatorValues.indicatorId,
						data.indicators.map((d) => d.indicatorId)
					),
					eq(indicatorValues.year, year)
				)
			);
		const currentBy = new Map(current.map((c) => [c.indicatorId, c]));
		for (const entry of data.indicators) {
			const row = currentBy.get(entry.indicatorId);
			if (entry.actual === null) {
				if (row) {
					await auditedDelete(tx, actor, indicatorValues, INDICATOR_VALUE_ENTITY, row.id, {
						areaId
					});
				}
				continue;
			}
			const actual = entry.actual.toFixed(2);
			if (row) {
				if (Number(row.actual) !== entry.actual || (row.note ?? null) !== entry.note) {
					await auditedUpdate(
						tx,
						actor,
						indicatorValues,
						INDICATOR_VALUE_ENTITY,
						row.id,
						{ actual, note: entry.note, recordedById: actorId(actor) },
						{ areaId }
					);
				}
			} else {
				await auditedInsert(
					tx,
					actor,
					indicatorValues,
					INDICATOR_VALUE_ENTITY,
					{
						planId: plan.id,
						indicatorId: entry.indicatorId,
						year,
						actual,
						note: entry.note,
						recordedById: actorId(actor)
					},
					{ areaId }
				);
			}
		}
	}

	// Actual costs: the sent set replaces the year's actual cost lines of the measure.
	const costRows = await tx
		.select()
		.from(measureCosts)
		.where(
			and(
				eq(measureCosts.measureId, measure.id),
				eq(measureCosts.kind, 'actual'),
				eq(measureCosts.year, year)
			)
		);
	const wanted = new Map(data.actualCosts.map((c) => [c.source, c.amount]));
	for (const row of costRows) {
		const amount = wanted.get(row.source);
		if (amount === undefined) {
			await auditedDelete(tx, actor, measureCosts, ACTUAL_COST_ENTITY, row.id, { areaId });
		} else if (Number(row.amount) !== amount) {
			await auditedUpdate(
				tx,
				actor,
				measureCosts,
				ACTUAL_COST_ENTITY,
				row.id,
				{ amount: amount.toFixed(2) },
				{ areaId }
			);
		}
		wanted.delete(row.source);
	}
	for (const [source, amount] of wanted) {
		await auditedInsert(
			tx,
			actor,
			measureCosts,
			ACTUAL_COST_ENTITY,
			{
				planId: plan.id,
				measureId: measure.id,
				kind: 'actual',
				year,
				source: source as (typeof measureCosts.$inferInsert)['source'],
				amount: amount.toFixed(2)
			},
			{ areaId }
		);
	}
	return record;
}

const czDate = (d: Date) => formatDate(d, 'cs');

async function measureScope(plan: PlanRow, measure: MeasureRef): Promise<ResourceScope> {
	const scope = await planScope(plan);
	return { ...scope, bodyId: measure.bodyId };
}

/** Record (create or update) one measure's monitoring for a year. */
export async function recordMeasureMonitoring(
	actor: Actor,
	planId: string,
	year: number,
	measureId: string,
	input: unknown
): Promise<MeasureMonitoringRow> {
	if (actor.kind === 'anonymous') throw new UnauthorizedError();
	const plan = await findPlan(planId);
	const measure = await findMeasure(db(), plan.id, measureId);
	authorize(actor, 'plans.monitoring.record', await measureScope(plan, measure));
	const data = parseInput(measureMonitoringInput, input);
	try {
		return await db().transaction((tx) =>
			writeMeasureMonitoring(tx, actor, plan, measure, year, data)
		);
	} catch (error) {
		if (isUniqueViolation(error)) throw new ConflictError();
		throw error;
	}
}

/** Close a year (coordinator): all its records become read-only. */
export async function closeMonitoringYear(
	actor: Actor,
	planId: string,
	year: number,
	input: unknown = {}
): Promise<MonitoringYearRow> {
	if (actor.kind === 'anonymous') throw new UnauthorizedError();
	const plan = await findPlan(planId);
	authorize(actor, 'plans.monitoring.close', await planScope(plan));
	const data = parseInput(closeInput, input ?? {});
	assertMonitored(plan);
	assertYearInPeriod(plan, year);
	return db().transaction(async (tx) => {
		const row = await ensureYearRow(tx, actor, plan, year);
		if (row.status === 'closed') {
			const message = `Monitoring roku ${year} už je uzavřen.`;
			throw new ValidationError({ _form: [message] }, message);
		}
		return auditedUpdate(
			tx,
			actor,
			monitoringYears,
			MONITORING_YEAR_ENTITY,
			row.id,
			{ status: 'closed', closedAt: new Date(), closedById: actorId(actor) },
			{ expectedVersion: data.version ?? undefined, areaId: plan.areaId, action: 'close' }
		);
	});
}

/** Reopen a closed year (coordinator) with a reason, which is kept in the history. */
export async function reopenMonitoringYear(
	actor: Actor,
	planId: string,
	year: number,
	input: unknown
): Promise<MonitoringYearRow> {
	if (actor.kind === 'anonymous') throw new UnauthorizedError();
	const plan = await findPlan(planId);
	authorize(actor, 'plans.monitoring.close', await planScope(plan));
	const data = parseInput(reopenInput, input);
	assertMonitored(plan);
	assertYearInPeriod(plan, year);
	return db().transaction(async (tx) => {
		const [row] = await tx
			.select()
			.from(monitoringYears)
			.where(and(eq(monitoringYears.planId, plan.id), eq(monitoringYears.year, year)))
			.for('update');
		if (!row || row.status !== 'closed') {
			const message = `Monitoring roku ${year} není uzavřen.`;
			throw new ValidationError({ _form: [message] }, message);
		}
		if (row.version !== data.version) throw new ConflictError(undefined, row);
		const [after] = await tx
			.update(monitoringYears)
			.set({
				status: 'open',
				closedAt: null,
				closedById: null,
				updatedAt: new Date(),
				version: sql`${monitoringYears.version} + 1`
			})
			.where(eq(monitoringYears.id, row.id))
			.returning();
		await recordAudit(tx, actor, {
			entityType: MONITORING_YEAR_ENTITY,
			entityId: row.id,
			action: 'reopen',
			before: { status: 'closed' },
			after: { status: 'open', reason: data.reason },
			areaId: plan.areaId
		});
		return after;
	});
}

// ── reading ──

export interface MeasureRecordView {
	id: string;
	measureId: string;
	status: MeasureMonitoringRow['status'];
	progress: number;
	comment: string | null;
	evidence: EvidenceItem[];
	recordedByName: string | null;
	recordedAt: Date | null;
	version: number;
}

export interface YearSummary {
	year: number;
	state: 'none' | 'open' | 'closed';
	closedAt: Date | null;
	recorded: number;
	rollup: YearRollup;
	version: number | null;
}

export interface MonitoringOverview {
	tree: PlanTree;
	years: YearSummary[];
	/** Null when monitoring may be recorded, else the Czech reason why not. */
	blockedReason: string | null;
	canClose: boolean;
}

async function yearRows(planId: string): Promise<MonitoringYearRow[]> {
	return db()
		.select()
		.from(monitoringYears)
		.where(eq(monitoringYears.planId, planId))
		.orderBy(asc(monitoringYears.year));
}

/** Years of the plan period with their state and roll-up (the `/monitoring` page). */
export async function getMonitoringOverview(
	actor: Actor,
	planId: string
): Promise<MonitoringOverview> {
	const plan = await findPlan(planId);
	await authorizeReadPlan(actor, plan);
	const [tree, rows] = await Promise.all([getPlanTree(actor, plan.id), yearRows(plan.id)]);
	const byYear = new Map(rows.map((r) => [r.year, r]));
	const years: YearSummary[] = [];
	for (let year = plan.periodFrom; year <= plan.periodTo; year++) {
		const row = byYear.get(year);
		const rollup = rollupYear(tree, year);
		years.push({
			year,
			state: row ? row.status : 'none',
			closedAt: row?.closedAt ?? null,
			recorded: [...rollup.measures.values()].filter((f) => f.recorded && f.active).length,
			rollup,
			version: row?.version ?? null
		});
	}
	return {
		tree,
		years,
		blockedReason: monitoringNotAllowedMessage(plan.status),
		canClose: can(actor, 'plans.monitoring.close', await planScope(plan))
	};
}

export interface MeetingOption {
	id: string;
	label: string;
}

export interface MonitoringYearView {
	tree: PlanTree;
	year: number;
	yearRow: MonitoringYearRow | null;
	rollup: YearRollup;
	records: Map<string, MeasureRecordView>;
	/** Measures the actor may record (ids). */
	editable: Set<string>;
	canClose: boolean;
	blockedReason: string | null;
	meetingOptions: MeetingOption[];
	history: { entries: (typeof auditLog.$inferSelect)[]; measureOf: Map<string, string> };
}

/** One year of monitoring: records per measure, roll-up, what the actor may do, history. */
export async function getMonitoringYear(
	actor: Actor,
	planId: string,
	yearParam: string
): Promise<MonitoringYearView> {
	const plan = await findPlan(planId);
	await authorizeReadPlan(actor, plan);
	const year = parseYearParam(plan, yearParam);
	const [tree, yearRow, recordRows, scope] = await Promise.all([
		getPlanTree(actor, plan.id),
		findYearRow(db(), plan.id, year),
		db()
			.select({ record: measureMonitoring, recordedByName: users.name })
			.from(measureMonitoring)
			.leftJoin(users, eq(users.id, measureMonitoring.recordedById))
			.where(and(eq(measureMonitoring.planId, plan.id), eq(measureMonitoring.year, year))),
		planScope(plan)
	]);
	const records = new Map<string, MeasureRecordView>();
	for (const { record, recordedByName } of recordRows) {
		records.set(record.measureId, {
			id: record.id,
			measureId: record.measureId,
			status: record.status,
			progress: record.progress,
			comment: record.comment,
			evidence: (record.evidence as EvidenceItem[]) ?? [],
			recordedByName,
			recordedAt: record.recordedAt,
			version: record.version
		});
	}
	const blockedReason = monitoringNotAllowedMessage(plan.status);
	const editable = new Set<string>();
	if (!blockedReason && yearRow?.status !== 'closed') {
		for (const p of tree.priorities) {
			for (const m of p.measures) {
				const bodyId = m.responsibleBody?.id ?? p.responsibleBody?.id ?? null;
				if (
					year >= m.startYear &&
					year <= m.endYear &&
					can(actor, 'plans.monitoring.record', { ...scope, bodyId })
				) {
					editable.add(m.id);
				}
			}
		}
	}
	let meetingOptions: MeetingOption[] = [];
	if (editable.size > 0) {
		const page = await listMeetings(actor, {
			areaId: plan.areaId,
			from: `${year}-01-01`,
			to: `${year}-12-31`,
			pageSize: 100
		});
		meetingOptions = page.items
			.filter((m) => m.status !== 'cancelled')
			.map((m) => ({ id: m.id, label: `${czDate(m.startsAt)} – ${m.bodyName}` }));
	}
	// History of the year: the year row and every record, value and cost line of the year.
	const measureOf = new Map<string, string>();
	for (const r of records.values()) measureOf.set(r.id, r.measureId);
	const entityIds = [...records.values()].map((r) => r.id);
	if (yearRow) entityIds.push(yearRow.id);
	const [valueRows, costRows] = await Promise.all([
		db()
			.select({ id: indicatorValues.id, measureId: indicators.measureId })
			.from(indicatorValues)
			.innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
			.where(and(eq(indicatorValues.planId, plan.id), eq(indicatorValues.year, year))),
		db()
			.select({ id: measureCosts.id, measureId: measureCosts.measureId })
			.from(measureCosts)
			.where(
				and(
					eq(measureCosts.planId, plan.id),
					eq(measureCosts.kind, 'actual'),
					eq(measureCosts.year, year)
				)
			)
	]);
	for (const r of [...valueRows, ...costRows]) {
		measureOf.set(r.id, r.measureId);
		entityIds.push(r.id);
	}
	const entries = entityIds.length
		? await db()
				.select()
				.from(auditLog)
				.where(
					and(
						inArray(auditLog.entityType, [
							MONITORING_ENTITY,
							MONITORING_YEAR_ENTITY,
							INDICATOR_VALUE_ENTITY,
							ACTUAL_COST_ENTITY
						]),
						inArray(auditLog.entityId, entityIds)
					)
				)
				.orderBy(sql`${auditLog.occurredAt} desc`, sql`${auditLog.id} desc`)
				.limit(60)
		: [];
	return {
		tree,
		year,
		yearRow,
		rollup: rollupYear(tree, year),
		records,
		editable,
		canClose: !blockedReason && can(actor, 'plans.monitoring.close', scope),
		blockedReason,
		meetingOptions,
		history: { entries, measureOf }
	};
}

/** The year rows of a plan (state of each monitored year). */
export async function listYearRows(planId: string): Promise<MonitoringYearRow[]> {
	return yearRows(planId);
}

export { findYearRow, findMeasure };
