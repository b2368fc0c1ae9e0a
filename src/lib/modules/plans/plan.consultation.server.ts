/**
 * Link between a plan and its public consultation (participation module): the plan versions a
 * coordinator may put out for comments, one stored version's frozen tree, and the plan's
 * `consultationId` (set in the caller's transaction, audited).
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { areas } from '#lib/modules/organisation/index.ts';
import { plans, planVersions } from './plan.schema.ts';
import { EDITABLE_PLAN_STATUSES, type PlanStatus, type PlanTree } from './plan.tree.ts';
import { ENTITY } from './plan.write.server.ts';
import { authorizeManagePlan, canManagePlan, findPlan } from './plan.access.server.ts';

export interface PlanVersionOption {
	planId: string;
	planTitle: string;
	areaId: string;
	areaName: string;
	versionNo: number;
	status: PlanStatus;
	createdAt: Date;
}

/** Stored versions of the plans the actor manages (coordinator of the area), newest first. */
export async function listConsultablePlanVersions(actor: Actor): Promise<PlanVersionOption[]> {
	if (actor.kind === 'anonymous') return [];
	const rows = await db()
		.select({
			planId: plans.id,
			planTitle: plans.title,
			areaId: plans.areaId,
			areaName: areas.name,
			versionNo: planVersions.versionNo,
			status: planVersions.status,
			createdAt: planVersions.createdAt
		})
		.from(planVersions)
		.innerJoin(plans, eq(plans.id, planVersions.planId))
		.innerJoin(areas, eq(areas.id, plans.areaId))
		.orderBy(desc(plans.periodTo), plans.title, desc(planVersions.versionNo));
	const planIds = [...new Set(rows.map((r) => r.planId))];
	if (!planIds.length) return [];
	const planRows = await db().select().from(plans).where(inArray(plans.id, planIds));
	const managed = new Set<string>();
	for (const p of planRows) if (await canManagePlan(actor, p)) managed.add(p.id);
	return rows.filter((r) => managed.has(r.planId));
}

/** One stored version's tree, without permission checks (seeders, internal use). */
export async function loadPlanVersionTree(
	target: Db,
	planId: string,
	versionNo: number
): Promise<{ tree: PlanTree; status: PlanStatus } | null> {
	const [row] = await target
		.select()
		.from(planVersions)
		.where(and(eq(planVersions.planId, planId), eq(planVersions.versionNo, versionNo)));
	return row ? { tree: row.snapshot as PlanTree, status: row.status } : null;
}

/** The plan and one stored version's frozen tree, for a coordinator who manages the plan. */
export async function getPlanForConsultation(
	actor: Actor,
	planId: string,
	versionNo: number
): Promise<{ plan: { id: string; title: string; areaId: string }; tree: PlanTree }> {
	const plan = await findPlan(planId);
	await authorizeManagePlan(actor, plan);
	const found = await loadPlanVersionTree(db(), planId, versionNo);
	if (!found) throw new NotFoundError('Verze plánu nebyla nalezena.');
	return { plan: { id: plan.id, title: plan.title, areaId: plan.areaId }, tree: found.tree };
}

/** Status of the plan and whether its measures may be edited now (for "zapracovat do plánu"). */
export async function planEditState(
	planId: string
): Promise<{ status: PlanStatus; editable: boolean } | null> {
	const [row] = await db().select({ status: plans.status }).from(plans).where(eq(plans.id, planId));
	return row ? { status: row.status, editable: EDITABLE_PLAN_STATUSES.includes(row.status) } : null;
}

/** Record the plan's public consultation (in the caller's transaction). */
export async function setPlanConsultation(
	tx: Db,
	actor: Actor,
	planId: string,
	consultationId: string | null
): Promise<void> {
	const [plan] = await tx
		.select({ id: plans.id, areaId: plans.areaId })
		.from(plans)
		.where(eq(plans.id, planId));
	if (!plan) throw new NotFoundError('Plán nebyl nalezen.');
	await auditedUpdate(
		tx,
		actor,
		plans,
		ENTITY.plan,
		planId,
		{ consultationId },
		{ areaId: plan.areaId, action: 'consultation' }
	);
}
