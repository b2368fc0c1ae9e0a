/**
 * Who may read or change a plan. Scope of a plan: its area lineage and its responsible body;
 * a member of the working group responsible for any priority or measure may also read it (the
 * groups prepare the priorities and record their monitoring).
 */
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, can, type ResourceScope } from '#lib/platform/access/can.ts';
import { db, queryRows, type Db } from '#lib/platform/db/client.server.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '#lib/platform/http/errors.ts';
import { areaScope, isUuid } from '#lib/modules/organisation/index.ts';
import { plans } from './plan.schema.ts';
import { PUBLIC_PLAN_STATUSES, type PlanStatus } from './plan.tree.ts';
import './plan.permissions.ts';

export type PlanRow = typeof plans.$inferSelect;

export const PLAN_NOT_FOUND = 'Plán nebyl nalezen.';

/** The plan row (404 for a malformed or unknown id). */
export async function findPlan(planId: string, target: Db = db()): Promise<PlanRow> {
	if (!isUuid(planId)) throw new NotFoundError(PLAN_NOT_FOUND);
	const [row] = await target.select().from(plans).where(eq(plans.id, planId));
	if (!row) throw new NotFoundError(PLAN_NOT_FOUND);
	return row;
}

export async function planScope(plan: PlanRow, target: Db = db()): Promise<ResourceScope> {
	return areaScope(plan.areaId, { bodyId: plan.responsibleBodyId }, target);
}

export const isPublicStatus = (status: PlanStatus) => PUBLIC_PLAN_STATUSES.includes(status);

/** Working groups responsible for the plan's priorities and measures. */
export async function planBodyIds(planId: string, target: Db = db()): Promise<string[]> {
	const rows = await queryRows<{ id: string }>(
		target,
		sql`select responsible_body_id as id from plans_priorities where plan_id = ${planId} and responsible_body_id is not null
			union select responsible_body_id from plans_measures where plan_id = ${planId} and responsible_body_id is not null`
	);
	return rows.map((r) => r.id);
}

/** May the actor read the plan's working state (`plans.read`)? */
export async function canReadPlan(
	actor: Actor,
	plan: PlanRow,
	target: Db = db()
): Promise<boolean> {
	if (actor.kind === 'anonymous') return false;
	const scope = await planScope(plan, target);
	if (can(actor, 'plans.read', scope)) return true;
	if (actor.kind !== 'user' || actor.grants.every((g) => !g.bodyId)) return false;
	const bodyIds = await planBodyIds(plan.id, target);
	return bodyIds.some((bodyId) => can(actor, 'plans.read', { ...scope, bodyId }));
}

/** Throws 401/403 unless the actor may read the plan's working state. */
export async function authorizeReadPlan(actor: Actor, plan: PlanRow): Promise<void> {
	if (await canReadPlan(actor, plan)) return;
	if (actor.kind === 'anonymous') throw new UnauthorizedError();
	throw new ForbiddenError();
}

/** Reading the plan at all: public statuses for everyone, otherwise `plans.read`. */
export async function authorizeViewPlan(actor: Actor, plan: PlanRow): Promise<void> {
	if (isPublicStatus(plan.status)) {
		authorize(actor, 'plans.public.read');
		return;
	}
	await authorizeReadPlan(actor, plan);
}

/** `plans.manage` on the plan (coordinator of its area). */
export async function authorizeManagePlan(actor: Actor, plan: PlanRow): Promise<void> {
	authorize(actor, 'plans.manage', await planScope(plan));
}

export async function canManagePlan(actor: Actor, plan: PlanRow): Promise<boolean> {
	if (actor.kind === 'anonymous') return false;
	return can(actor, 'plans.manage', await planScope(plan));
}
