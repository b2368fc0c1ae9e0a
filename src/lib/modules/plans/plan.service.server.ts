/**
 * Use cases of the plan structure: plans, priorities, measures (with costs, indicators,
 * activities), ordering and renumbering. Every write authorizes `plans.manage`, validates, checks
 * that the plan is editable and writes audited rows in one transaction.
 */
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, isAdmin } from '#lib/platform/access/can.ts';
import {
	auditedDelete,
	auditedInsert,
	auditedUpdate,
	recordAudit
} from '#lib/platform/audit/audit.server.ts';
import { auditLog } from '#lib/platform/audit/audit.schema.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { ConflictError, NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { compareCs } from '#lib/platform/i18n/format.ts';
import {
	areas,
	areaScope,
	bodies,
	coordinatedAreas,
	isUuid
} from '#lib/modules/organisation/index.ts';
import {
	activities,
	indicators,
	indicatorTargets,
	measureCosts,
	measures,
	planTargetGroups,
	plans,
	priorities
} from './plan.schema.ts';
import {
	activityInput,
	activityUpdateInput,
	costGridInput,
	indicatorInput,
	indicatorUpdateInput,
	measureInput,
	measurePeriodErrors,
	measureUpdateInput,
	planInput,
	planListQuery,
	planUpdateInput,
	priorityUpdateInput,
	reorderInput
} from './plan.validation.ts';
import { PLAN_KIND_CODES } from './plan.kinds.ts';
import {
	assertEditable,
	checkMeasureNumber,
	checkReferences,
	ENTITY,
	insertActivity,
	insertIndicator,
	lockPlan,
	measureReferences,
	measureValues,
	replacePlannedCosts,
	replaceTargets,
	writeMeasure,
	writePriority,
	type ActivityRow,
	type IndicatorRow,
	type MeasureRow,
	type PriorityRow
} from './plan.write.server.ts';
import {
	authorizeManagePlan,
	findPlan,
	isPublicStatus,
	type PlanRow
} from './plan.access.server.ts';
import { PUBLIC_PLAN_STATUSES, type PlanStatus } from './plan.tree.ts';
import type { AuditEntry } from '#lib/platform/audit/audit.server.ts';
import './plan.permissions.ts';

// ── plans ──

export interface PlanListRow {
	id: string;
	title: string;
	kind: string;
	areaId: string;
	areaName: string;
	periodFrom: number;
	periodTo: number;
	status: PlanStatus;
	approvedOn: string | null;
	measureCount: number;
	updatedAt: Date;
}

/**
 * Plans the actor may see: public ones for everyone; in other statuses those of the areas they
 * coordinate (and areas below), of bodies they belong to, or whose priorities/measures their
 * working group is responsible for. Filters: area, status, text. Paginated, newest period first.
 */
export async function listPlans(
	actor: Actor,
	query: unknown
): Promise<{ rows: PlanListRow[]; total: number; page: number; pageSize: number }> {
	authorize(actor, 'plans.public.read');
	const q = parseInput(planListQuery, query);
	const parts: SQL[] = [];
	if (q.areaId) parts.push(eq(plans.areaId, q.areaId));
	if (q.status) parts.push(eq(plans.status, q.status));
	if (q.q) {
		const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		parts.push(or(ilike(plans.title, like), ilike(areas.name, like))!);
	}
	const visible = visibilityOf(actor);
	if (visible) parts.push(visible);
	const where = parts.length ? and(...parts) : undefined;
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select({
				id: plans.id,
				title: plans.title,
				kind: plans.kind,
				areaId: plans.areaId,
				areaName: areas.name,
				periodFrom: plans.periodFrom,
				periodTo: plans.periodTo,
				status: plans.status,
				approvedOn: plans.approvedOn,
				updatedAt: plans.updatedAt,
				measureCount:
					sql<number>`(select count(*) from plans_measures pm where pm.plan_id = ${plans.id})`.mapWith(
						Number
					)
			})
			.from(plans)
			.innerJoin(areas, eq(areas.id, plans.areaId))
			.where(where)
			.orderBy(desc(plans.periodTo), asc(sql`lower(unaccent(${plans.title}))`), asc(plans.id))
			.limit(q.pageSize)
			.offset((q.page - 1) * q.pageSize),
		db()
			.select({ n: count() })
			.from(plans)
			.innerJoin(areas, eq(areas.id, plans.areaId))
			.where(where)
	]);
	return { rows, total: n, page: q.page, pageSize: q.pageSize };
}

function visibilityOf(actor: Actor): SQL | undefined {
	if (actor.kind === 'system' || isAdmin(actor)) return undefined;
	const publicStatuses = sql`${plans.status} in (${sql.join(
		PUBLIC_PLAN_STATUSES.map((s) => sql`${s}`),
		sql`, `
	)})`;
	if (actor.kind !== 'user') return publicStatuses;
	const areaIds = actor.grants
		.filter((g) => g.role === 'coordinator' && g.areaId)
		.map((g) => g.areaId!);
	const bodyIds = actor.grants
		.filter((g) => (g.role === 'member' || g.role === 'manager') && g.bodyId)
		.map((g) => g.bodyId!);
	const options: SQL[] = [publicStatuses];
	if (areaIds.length) {
		options.push(sql`${plans.areaId} in (
			with recursive down(id, depth) as (
				select id, 0 from organisation_areas where id in (${sql.join(
					areaIds.map((a) => sql`${a}::uuid`),
					sql`, `
				)})
				union all
				select a.id, down.depth + 1 from organisation_areas a join down on a.parent_id = down.id where down.depth < 10
			) select id from down)`);
	}
	if (bodyIds.length) {
		const list = sql.join(
			bodyIds.map((b) => sql`${b}::uuid`),
			sql`, `
		);
		options.push(sql`(${plans.responsibleBodyId} in (${list})
			or exists (select 1 from plans_priorities pp where pp.plan_id = ${plans.id} and pp.responsible_body_id in (${list}))
			or exists (select 1 from plans_measures pm where pm.plan_id = ${plans.id} and pm.responsible_body_id in (${list})))`);
	}
	return or(...options);
}

async function assertAreaExists(areaId: string): Promise<void> {
	const [a] = await db().select({ id: areas.id }).from(areas).where(eq(areas.id, areaId));
	if (!a) throw new ValidationError({ areaId: ['Vyberte území plánování.'] });
}

async function writeTargetGroups(
	tx: Db,
	actor: Actor,
	plan: PlanRow,
	ids: readonly string[]
): Promise<void> {
	const before = await tx
		.select({ id: planTargetGroups.targetGroupId })
		.from(planTargetGroups)
		.where(eq(planTargetGroups.planId, plan.id));
	const b = before.map((r) => r.id).sort();
	const a = [...new Set(ids)].sort();
	if (JSON.stringify(a) === JSON.stringify(b)) return;
	await tx.delete(planTargetGroups).where(eq(planTargetGroups.planId, plan.id));
	if (a.length) {
		await tx
			.insert(planTargetGroups)
			.values(a.map((targetGroupId) => ({ planId: plan.id, targetGroupId })));
	}
	await recordAudit(tx, actor, {
		entityType: ENTITY.plan,
		entityId: plan.id,
		action: 'update',
		before: { targetGroupIds: b },
		after: { targetGroupIds: a },
		areaId: plan.areaId
	});
}

/** Create a plan (status preparation) in an area the actor coordinates. */
export async function createPlan(actor: Actor, input: unknown): Promise<PlanRow> {
	if (actor.kind === 'anonymous') authorize(actor, 'plans.manage');
	const data = parseInput(planInput, input);
	await assertAreaExists(data.areaId);
	authorize(actor, 'plans.manage', await areaScope(data.areaId));
	const { targetGroupIds, ...values } = data;
	return db().transaction(async (tx) => {
		const draft = { areaId: data.areaId } as PlanRow;
		await checkReferences(tx, draft, {
			targetGroupIds,
			bodyIds: { responsibleBodyId: data.responsibleBodyId }
		});
		const plan = await auditedInsert(
			tx,
			actor,
			plans,
			ENTITY.plan,
			{
				...values,
				status: 'preparation',
				createdById: actor.kind === 'user' ? actor.userId : null
			},
			{ areaId: data.areaId }
		);
		await writeTargetGroups(tx, actor, plan, targetGroupIds);
		return plan;
	});
}

/** Edit the plan's own fields (only while editable). */
export async function updatePlan(actor: Actor, planId: string, input: unknown): Promise<PlanRow> {
	const current = await findPlan(planId);
	await authorizeManagePlan(actor, current);
	const { version, targetGroupIds, ...data } = parseInput(planUpdateInput, input);
	if (!PLAN_KIND_CODES.includes(data.kind) && data.kind !== current.kind) {
		throw new ValidationError({ kind: ['Vyberte druh plánu.'] });
	}
	return db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		await checkReferences(tx, plan, {
			targetGroupIds,
			bodyIds: { responsibleBodyId: data.responsibleBodyId }
		});
		const [outside] = await tx
			.select({ number: measures.number, startYear: measures.startYear, endYear: measures.endYear })
			.from(measures)
			.where(
				and(
					eq(measures.planId, planId),
					or(
						sql`${measures.startYear} < ${data.periodFrom}`,
						sql`${measures.endYear} > ${data.periodTo}`
					)
				)
			)
			.limit(1);
		if (outside) {
			throw new ValidationError({
				periodTo: [
					`Opatření ${outside.number} (${outside.startYear}–${outside.endYear}) by bylo mimo nové období plánu. Nejprve upravte jeho roky.`
				]
			});
		}
		const updated = await auditedUpdate(tx, actor, plans, ENTITY.plan, planId, data, {
			expectedVersion: version,
			areaId: plan.areaId
		});
		await writeTargetGroups(tx, actor, updated, targetGroupIds);
		return updated;
	});
}

/** Delete a plan that was never approved (no stored public version). */
export async function deletePlan(actor: Actor, planId: string, version: unknown): Promise<void> {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	const v = parseInput(reorderInput.pick({ version: true }), { version }).version;
	if (plan.status !== 'preparation' && plan.status !== 'draft') {
		throw new ValidationError({ _form: ['Smazat lze jen plán v přípravě nebo v návrhu.'] });
	}
	if (plan.approvedOn) {
		throw new ValidationError({
			_form: ['Plán už byl schválen; jeho verze musí zůstat uložené. Místo smazání ho archivujte.']
		});
	}
	await db().transaction(async (tx) => {
		await auditedDelete(tx, actor, plans, ENTITY.plan, planId, {
			expectedVersion: v,
			areaId: plan.areaId
		});
	});
}

// ── priorities ──

async function findPriority(priorityId: string): Promise<PriorityRow> {
	if (!isUuid(priorityId)) throw new NotFoundError('Priorita nebyla nalezena.');
	const [row] = await db().select().from(priorities).where(eq(priorities.id, priorityId));
	if (!row) throw new NotFoundError('Priorita nebyla nalezena.');
	return row;
}

/** The plan of a child record, authorized for `plans.manage`. */
async function managedPlan(actor: Actor, planId: string): Promise<PlanRow> {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	return plan;
}

export async function createPriority(
	actor: Actor,
	planId: string,
	input: unknown
): Promise<PriorityRow> {
	await managedPlan(actor, planId);
	return db().transaction((tx) => writePriority(tx, actor, planId, input));
}

export async function updatePriority(
	actor: Actor,
	planId: string,
	priorityId: string,
	input: unknown
): Promise<PriorityRow> {
	await managedPlan(actor, planId);
	const current = await findPriority(priorityId);
	if (current.planId !== planId) throw new NotFoundError('Priorita nebyla nalezena.');
	const { version, ...data } = parseInput(priorityUpdateInput, input);
	return db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		await checkReferences(tx, plan, {
			targetGroupIds: data.targetGroupId ? [data.targetGroupId] : [],
			bodyIds: { responsibleBodyId: data.responsibleBodyId }
		});
		const number = data.number ?? current.number;
		if (number !== current.number) {
			const [clash] = await tx
				.select({ id: priorities.id })
				.from(priorities)
				.where(and(eq(priorities.planId, planId), eq(priorities.number, number)));
			if (clash) {
				throw new ValidationError({ number: [`Priorita s číslem ${number} už v plánu je.`] });
			}
		}
		return auditedUpdate(
			tx,
			actor,
			priorities,
			ENTITY.priority,
			priorityId,
			{ ...data, number },
			{ expectedVersion: version, areaId: plan.areaId }
		);
	});
}

/** Delete a priority with its measures (each measure's deletion is in the history too). */
export async function deletePriority(
	actor: Actor,
	planId: string,
	priorityId: string,
	version: unknown
): Promise<void> {
	await managedPlan(actor, planId);
	const current = await findPriority(priorityId);
	if (current.planId !== planId) throw new NotFoundError('Priorita nebyla nalezena.');
	const v = parseInput(reorderInput.pick({ version: true }), { version }).version;
	await db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		const children = await tx
			.select({ id: measures.id })
			.from(measures)
			.where(eq(measures.priorityId, priorityId));
		for (const c of children) {
			await auditedDelete(tx, actor, measures, ENTITY.measure, c.id, { areaId: plan.areaId });
		}
		await auditedDelete(tx, actor, priorities, ENTITY.priority, priorityId, {
			expectedVersion: v,
			areaId: plan.areaId
		});
	});
}

/** Swap a row's `sort` with its neighbour (up or down) among `siblings` (ordered). */
async function swapSort<T extends typeof priorities | typeof measures | typeof activities>(
	tx: Db,
	actor: Actor,
	table: T,
	entity: string,
	siblings: { id: string; sort: number }[],
	id: string,
	direction: 'up' | 'down',
	areaId: string,
	expectedVersion?: number
): Promise<void> {
	const i = siblings.findIndex((s) => s.id === id);
	const j = direction === 'up' ? i - 1 : i + 1;
	if (i < 0 || j < 0 || j >= siblings.length) return;
	// Normalise sorts to positions first so equal sorts still move.
	const order = siblings.map((s) => s.id);
	[order[i], order[j]] = [order[j], order[i]];
	for (const [pos, sid] of order.entries()) {
		const prev = siblings.find((s) => s.id === sid)!;
		if (prev.sort === pos + 1) continue;
		await auditedUpdate(tx, actor, table as never, entity, sid, { sort: pos + 1 } as never, {
			areaId,
			expectedVersion: sid === id ? expectedVersion : undefined
		});
	}
}

export async function movePriority(
	actor: Actor,
	planId: string,
	priorityId: string,
	input: unknown
): Promise<void> {
	await managedPlan(actor, planId);
	const { direction, version } = parseInput(reorderInput, input);
	await db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		const siblings = await tx
			.select({ id: priorities.id, sort: priorities.sort })
			.from(priorities)
			.where(eq(priorities.planId, planId))
			.orderBy(asc(priorities.sort), asc(priorities.number));
		if (!siblings.some((s) => s.id === priorityId)) {
			throw new NotFoundError('Priorita nebyla nalezena.');
		}
		await swapSort(
			tx,
			actor,
			priorities,
			ENTITY.priority,
			siblings,
			priorityId,
			direction,
			plan.areaId,
			version
		);
	});
}

// ── measures ──

async function findMeasure(planId: string, measureId: string): Promise<MeasureRow> {
	if (!isUuid(measureId)) throw new NotFoundError('Opatření nebylo nalezeno.');
	const [row] = await db()
		.select()
		.from(measures)
		.where(and(eq(measures.id, measureId), eq(measures.planId, planId)));
	if (!row) throw new NotFoundError('Opatření nebylo nalezeno.');
	return row;
}

export async function createMeasure(
	actor: Actor,
	planId: string,
	priorityId: string,
	input: unknown
): Promise<MeasureRow> {
	await managedPlan(actor, planId);
	if (!isUuid(priorityId)) throw new ValidationError({ priorityId: ['Vyberte prioritu.'] });
	parseInput(measureInput, input);
	return db().transaction((tx) => writeMeasure(tx, actor, planId, priorityId, input));
}

/** Edit a measure's own fields (costs, indicators and activities have their own use cases). */
export async function updateMeasure(
	actor: Actor,
	planId: string,
	measureId: string,
	input: unknown
): Promise<MeasureRow> {
	await managedPlan(actor, planId);
	const current = await findMeasure(planId, measureId);
	const { version, number, ...data } = parseInput(measureUpdateInput, input);
	return db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		const [costs, acts, inds] = await Promise.all([
			tx
				.select({
					year: measureCosts.year,
					source: measureCosts.source,
					amount: measureCosts.amount
				})
				.from(measureCosts)
				.where(and(eq(measureCosts.measureId, measureId), eq(measureCosts.kind, 'planned'))),
			tx
				.select({ dueYear: activities.dueYear })
				.from(activities)
				.where(eq(activities.measureId, measureId)),
			tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.measureId, measureId))
		]);
		void inds;
		const errors = measurePeriodErrors(
			{
				startYear: data.startYear,
				endYear: data.endYear,
				costs: costs.map((c) => ({ ...c, amount: Number(c.amount) })),
				activities: acts
			},
			plan
		);
		const costErr = Object.keys(errors).find((k) => k.startsWith('costs.'));
		const actErr = Object.keys(errors).find((k) => k.startsWith('activities.'));
		const fieldErrors: Record<string, string[]> = {};
		if (errors.startYear) fieldErrors.startYear = errors.startYear;
		if (errors.endYear) fieldErrors.endYear = errors.endYear;
		if (costErr) {
			(fieldErrors.endYear ??= []).push(
				`Opatření má plánované náklady mimo nové roky realizace (${errors[costErr][0]}). Nejprve upravte náklady.`
			);
		}
		if (actErr) {
			(fieldErrors.endYear ??= []).push(
				'Některá aktivita má termín mimo nové roky realizace. Nejprve upravte aktivity.'
			);
		}
		if (Object.keys(fieldErrors).length) throw new ValidationError(fieldErrors);
		await checkReferences(tx, plan, measureReferences({ ...data, number: null }));
		let newNumber = current.number;
		if (number && number !== current.number) {
			const [prio] = await tx
				.select({ number: priorities.number })
				.from(priorities)
				.where(eq(priorities.id, current.priorityId));
			await checkMeasureNumber(tx, planId, prio.number, number, measureId);
			newNumber = number;
		}
		return auditedUpdate(
			tx,
			actor,
			measures,
			ENTITY.measure,
			measureId,
			{ ...measureValues({ ...data, number: null }), number: newNumber },
			{ expectedVersion: version, areaId: plan.areaId }
		);
	});
}

export async function deleteMeasure(
	actor: Actor,
	planId: string,
	measureId: string,
	version: unknown
): Promise<void> {
	await managedPlan(actor, planId);
	await findMeasure(planId, measureId);
	const v = parseInput(reorderInput.pick({ version: true }), { version }).version;
	await db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		await auditedDelete(tx, actor, measures, ENTITY.measure, measureId, {
			expectedVersion: v,
			areaId: plan.areaId
		});
	});
}

export async function moveMeasure(
	actor: Actor,
	planId: string,
	measureId: string,
	input: unknown
): Promise<void> {
	await managedPlan(actor, planId);
	const measure = await findMeasure(planId, measureId);
	const { direction, version } = parseInput(reorderInput, input);
	await db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		const siblings = await tx
			.select({ id: measures.id, sort: measures.sort })
			.from(measures)
			.where(eq(measures.priorityId, measure.priorityId))
			.orderBy(asc(measures.sort), asc(measures.number));
		await swapSort(
			tx,
			actor,
			measures,
			ENTITY.measure,
			siblings,
			measureId,
			direction,
			plan.areaId,
			version
		);
	});
}

/** Replace the planned costs grid of a measure (rows = sources, columns = years). */
export async function setPlannedCosts(
	actor: Actor,
	planId: string,
	measureId: string,
	input: unknown
): Promise<void> {
	await managedPlan(actor, planId);
	await findMeasure(planId, measureId);
	const { costs, version } = parseInput(costGridInput, input);
	await db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		const measure = await auditedUpdate(
			tx,
			actor,
			measures,
			ENTITY.measure,
			measureId,
			{},
			{
				expectedVersion: version,
				areaId: plan.areaId
			}
		);
		const errors = measurePeriodErrors(
			{ startYear: measure.startYear, endYear: measure.endYear, costs },
			plan
		);
		if (Object.keys(errors).length) throw new ValidationError(errors);
		await replacePlannedCosts(tx, actor, plan, measureId, costs);
	});
}

// ── indicators ──

async function findIndicator(planId: string, indicatorId: string): Promise<IndicatorRow> {
	if (!isUuid(indicatorId)) throw new NotFoundError('Ukazatel nebyl nalezen.');
	const [row] = await db()
		.select()
		.from(indicators)
		.where(and(eq(indicators.id, indicatorId), eq(indicators.planId, planId)));
	if (!row) throw new NotFoundError('Ukazatel nebyl nalezen.');
	return row;
}

function indicatorErrors(
	data: { baselineYear: number | null; targets: { year: number }[] },
	plan: PlanRow
): void {
	const errors = measurePeriodErrors(
		{ startYear: plan.periodFrom, endYear: plan.periodTo, indicators: [data] },
		plan
	);
	const fields: Record<string, string[]> = {};
	for (const [k, v] of Object.entries(errors)) {
		fields[k.replace(/^indicators\.0\./, '')] = v;
	}
	if (Object.keys(fields).length) throw new ValidationError(fields);
}

export async function addIndicator(
	actor: Actor,
	planId: string,
	measureId: string,
	input: unknown
): Promise<IndicatorRow> {
	await managedPlan(actor, planId);
	await findMeasure(planId, measureId);
	const data = parseInput(indicatorInput, input);
	return db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		indicatorErrors(data, plan);
		const [{ maxSort }] = await tx
			.select({ maxSort: sql<number>`coalesce(max(${indicators.sort}), 0)`.mapWith(Number) })
			.from(indicators)
			.where(eq(indicators.measureId, measureId));
		return insertIndicator(tx, actor, plan, measureId, data, maxSort + 1);
	});
}

export async function updateIndicator(
	actor: Actor,
	planId: string,
	indicatorId: string,
	input: unknown
): Promise<IndicatorRow> {
	await managedPlan(actor, planId);
	await findIndicator(planId, indicatorId);
	const { version, targets, ...data } = parseInput(indicatorUpdateInput, input);
	return db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		indicatorErrors({ baselineYear: data.baselineYear, targets }, plan);
		const row = await auditedUpdate(
			tx,
			actor,
			indicators,
			ENTITY.indicator,
			indicatorId,
			{
				name: data.name,
				unit: data.unit,
				baseline: data.baseline === null ? null : data.baseline.toFixed(2),
				baselineYear: data.baselineYear,
				direction: data.direction
			},
			{ expectedVersion: version, areaId: plan.areaId }
		);
		const before = await tx
			.select({ year: indicatorTargets.year, target: indicatorTargets.target })
			.from(indicatorTargets)
			.where(eq(indicatorTargets.indicatorId, indicatorId));
		await replaceTargets(
			tx,
			actor,
			plan,
			indicatorId,
			targets,
			before.map((b) => ({ year: b.year, target: Number(b.target) }))
		);
		return row;
	});
}

export async function deleteIndicator(
	actor: Actor,
	planId: string,
	indicatorId: string,
	version: unknown
): Promise<void> {
	await managedPlan(actor, planId);
	await findIndicator(planId, indicatorId);
	const v = parseInput(reorderInput.pick({ version: true }), { version }).version;
	await db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		await auditedDelete(tx, actor, indicators, ENTITY.indicator, indicatorId, {
			expectedVersion: v,
			areaId: plan.areaId
		});
	});
}

// ── activities ──

async function findActivity(planId: string, activityId: string): Promise<ActivityRow> {
	if (!isUuid(activityId)) throw new NotFoundError('Aktivita nebyla nalezena.');
	const [row] = await db()
		.select()
		.from(activities)
		.where(and(eq(activities.id, activityId), eq(activities.planId, planId)));
	if (!row) throw new NotFoundError('Aktivita nebyla nalezena.');
	return row;
}

function activityYearError(dueYear: number | null, m: MeasureRow): void {
	if (dueYear !== null && (dueYear < m.startYear || dueYear > m.endYear)) {
		throw new ValidationError({
			dueYear: [
				`Termín aktivity musí ležet v době realizace opatření (${m.startYear}–${m.endYear}).`
			]
		});
	}
}

export async function addActivity(
	actor: Actor,
	planId: string,
	measureId: string,
	input: unknown
): Promise<ActivityRow> {
	await managedPlan(actor, planId);
	const measure = await findMeasure(planId, measureId);
	const data = parseInput(activityInput, input);
	activityYearError(data.dueYear, measure);
	return db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		const existing = await tx
			.select({ number: activities.number, sort: activities.sort })
			.from(activities)
			.where(eq(activities.measureId, measureId));
		if (data.number && existing.some((e) => e.number === data.number)) {
			throw new ValidationError({ number: [`Aktivita s číslem ${data.number} už u opatření je.`] });
		}
		const sort = existing.reduce((mx, e) => Math.max(mx, e.sort), 0) + 1;
		return insertActivity(
			tx,
			actor,
			plan,
			measure,
			data,
			existing.map((e) => e.number),
			sort
		);
	});
}

export async function updateActivity(
	actor: Actor,
	planId: string,
	activityId: string,
	input: unknown
): Promise<ActivityRow> {
	await managedPlan(actor, planId);
	const current = await findActivity(planId, activityId);
	const measure = await findMeasure(planId, current.measureId);
	const { version, ...data } = parseInput(activityUpdateInput, input);
	activityYearError(data.dueYear, measure);
	return db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		return auditedUpdate(
			tx,
			actor,
			activities,
			ENTITY.activity,
			activityId,
			{ ...data, number: data.number ?? current.number },
			{ expectedVersion: version, areaId: plan.areaId }
		);
	});
}

export async function deleteActivity(
	actor: Actor,
	planId: string,
	activityId: string,
	version: unknown
): Promise<void> {
	await managedPlan(actor, planId);
	await findActivity(planId, activityId);
	const v = parseInput(reorderInput.pick({ version: true }), { version }).version;
	await db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		assertEditable(plan);
		await auditedDelete(tx, actor, activities, ENTITY.activity, activityId, {
			expectedVersion: v,
			areaId: plan.areaId
		});
	});
}

// ── renumbering ──

/**
 * Renumber the whole plan by its order: priorities 1, 2, …; measures 1.1, 1.2, …; activities
 * 1.1.1, … Only changed numbers are written (each in the history).
 */
export async function renumberPlan(actor: Actor, planId: string, input: unknown): Promise<number> {
	await managedPlan(actor, planId);
	const { version } = parseInput(reorderInput.pick({ version: true }), input);
	return db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		if (plan.version !== version) {
			throw new ConflictError(undefined, plan);
		}
		assertEditable(plan);
		const [ps, ms, as] = await Promise.all([
			tx
				.select()
				.from(priorities)
				.where(eq(priorities.planId, planId))
				.orderBy(asc(priorities.sort), asc(priorities.number)),
			tx
				.select()
				.from(measures)
				.where(eq(measures.planId, planId))
				.orderBy(asc(measures.sort), asc(measures.number)),
			tx
				.select()
				.from(activities)
				.where(eq(activities.planId, planId))
				.orderBy(asc(activities.sort), asc(activities.number))
		]);
		type Change = {
			table: typeof priorities | typeof measures | typeof activities;
			entity: string;
			id: string;
			from: string;
			to: string;
		};
		const changes: Change[] = [];
		ps.forEach((p, i) => {
			const pn = String(i + 1);
			if (p.number !== pn) {
				changes.push({
					table: priorities,
					entity: ENTITY.priority,
					id: p.id,
					from: p.number,
					to: pn
				});
			}
			ms.filter((m) => m.priorityId === p.id).forEach((m, j) => {
				const mn = `${pn}.${j + 1}`;
				if (m.number !== mn) {
					changes.push({
						table: measures,
						entity: ENTITY.measure,
						id: m.id,
						from: m.number,
						to: mn
					});
				}
				as.filter((a) => a.measureId === m.id).forEach((a, k) => {
					const an = `${mn}.${k + 1}`;
					if (a.number !== an) {
						changes.push({
							table: activities,
							entity: ENTITY.activity,
							id: a.id,
							from: a.number,
							to: an
						});
					}
				});
			});
		});
		// Two passes so the unique numbers never clash midway.
		for (const c of changes) {
			await tx
				.update(c.table)
				.set({ number: `~${c.id}` })
				.where(eq(c.table.id, c.id));
		}
		for (const c of changes) {
			await tx
				.update(c.table)
				.set({ number: c.to, updatedAt: new Date(), version: sql`${c.table.version} + 1` })
				.where(eq(c.table.id, c.id));
			await recordAudit(tx, actor, {
				entityType: c.entity,
				entityId: c.id,
				action: 'update',
				before: { number: c.from },
				after: { number: c.to },
				areaId: plan.areaId
			});
		}
		return changes.length;
	});
}

// ── reading helpers for pages ──

/** History rows of several records (one query), newest first. */
export async function historyOf(entityIds: readonly string[], limit = 100): Promise<AuditEntry[]> {
	if (!entityIds.length) return [];
	return db()
		.select()
		.from(auditLog)
		.where(
			and(
				inArray(auditLog.entityType, Object.values(ENTITY)),
				inArray(auditLog.entityId, [...entityIds])
			)
		)
		.orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
		.limit(limit);
}

/** Bodies of the plan's area lineage (selects of the forms). */
export async function planBodyOptions(
	areaIds: readonly string[]
): Promise<{ id: string; name: string }[]> {
	if (!areaIds.length) return [];
	const rows = await db()
		.select({ id: bodies.id, name: bodies.name })
		.from(bodies)
		.where(and(inArray(bodies.areaId, [...areaIds]), eq(bodies.isActive, true)));
	return rows.sort((a, b) => compareCs(a.name, b.name));
}

export { isPublicStatus };

export interface PlanAreaOption {
	id: string;
	name: string;
	/** The actor may create plans here. */
	canManage: boolean;
}

/** Areas for the list filter (areas of visible plans) and for "Nový plán" (coordinated areas). */
export async function planAreaOptions(actor: Actor): Promise<PlanAreaOption[]> {
	const visible = visibilityOf(actor);
	const [withPlans, coordinated] = await Promise.all([
		db()
			.selectDistinct({ id: areas.id, name: areas.name })
			.from(plans)
			.innerJoin(areas, eq(areas.id, plans.areaId))
			.where(visible),
		coordinatedAreas(actor)
	]);
	const out = new Map<string, PlanAreaOption>();
	for (const a of withPlans) out.set(a.id, { id: a.id, name: a.name, canManage: false });
	for (const a of coordinated) out.set(a.id, { id: a.id, name: a.name, canManage: true });
	return [...out.values()].sort((a, b) => compareCs(a.name, b.name));
}
