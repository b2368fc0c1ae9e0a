/**
 * Plan lifecycle and versions: every status change stores an immutable snapshot of the whole
 * plan (`PlanTree` without monitoring) in the same transaction. Approving needs who approved,
 * when and the resolution number, optionally the decision as a PDF (platform files).
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { auditedUpdate, recordAudit } from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { registerFileAccess, storeFile } from '#lib/platform/files/files.service.server.ts';
import { users } from '#lib/platform/auth/auth.schema.ts';
import { planVersions, plans } from './plan.schema.ts';
import type { PlanStatus, PlanTree } from './plan.tree.ts';
import { approvalInput, statusChangeInput } from './plan.validation.ts';
import { canTransition, UPDATE_FROM } from './plan.lifecycle.ts';
import { checkReferences, ENTITY, lockPlan, type PlanRow } from './plan.write.server.ts';
import {
	authorizeManagePlan,
	authorizeReadPlan,
	canReadPlan,
	findPlan,
	isPublicStatus
} from './plan.access.server.ts';
import { loadPlanTree, snapshotOf } from './plan.tree.server.ts';
import { comparePlanVersions, type PlanComparison } from './plan.compare.ts';
import { fields } from '#lib/platform/http/validation.ts';
import { z } from 'zod';
import { pragueDay } from '#lib/platform/i18n/format.ts';

export const APPROVAL_FILE_OWNER = 'plans.approval';

/** The approval decision: public with the plan once it is public, otherwise for plan readers. */
registerFileAccess(APPROVAL_FILE_OWNER, async (actor, file) => {
	const [plan] = await db().select().from(plans).where(eq(plans.id, file.ownerId));
	if (!plan) return false;
	return isPublicStatus(plan.status) || (await canReadPlan(actor, plan));
});

export type PlanVersionRow = typeof planVersions.$inferSelect;

const STATUS_WORDS: Record<PlanStatus, string> = {
	preparation: 'v přípravě',
	draft: 'návrh',
	consultation: 'připomínkování',
	approved: 'schválen',
	in_force: 'platný',
	evaluated: 'vyhodnocen',
	archived: 'archivován'
};

function transitionError(from: PlanStatus, to: PlanStatus): never {
	throw new ValidationError(
		{ to: [`Plán ve stavu „${STATUS_WORDS[from]}“ nelze převést do stavu „${STATUS_WORDS[to]}“.`] },
		`Plán ve stavu „${STATUS_WORDS[from]}“ nelze převést do stavu „${STATUS_WORDS[to]}“.`
	);
}

/** Set the status (and other plan fields) and store the new version, in the caller's transaction. */
export async function moveToStatus(
	tx: Db,
	actor: Actor,
	plan: PlanRow,
	to: PlanStatus,
	expectedVersion: number,
	extra: Partial<typeof plans.$inferInsert> = {},
	note: string | null = null,
	action = 'status'
): Promise<PlanVersionRow> {
	const versionNo = plan.lastVersionNo + 1;
	await auditedUpdate(
		tx,
		actor,
		plans,
		ENTITY.plan,
		plan.id,
		{ ...extra, status: to, lastVersionNo: versionNo },
		{ expectedVersion, areaId: plan.areaId, action }
	);
	const snapshot = await snapshotOf(tx, plan.id);
	const [row] = await tx
		.insert(planVersions)
		.values({
			planId: plan.id,
			versionNo,
			status: to,
			note,
			snapshot,
			createdById: actor.kind === 'user' ? actor.userId : null
		})
		.returning();
	await recordAudit(tx, actor, {
		entityType: ENTITY.version,
		entityId: row.id,
		action: 'create',
		after: { planId: plan.id, versionNo, status: to, note },
		areaId: plan.areaId
	});
	return row;
}

/** Move the plan to another status (not `approved`: that needs `approvePlan`). */
export async function changePlanStatus(
	actor: Actor,
	planId: string,
	input: unknown
): Promise<PlanVersionRow> {
	const current = await findPlan(planId);
	await authorizeManagePlan(actor, current);
	const data = parseInput(statusChangeInput, input);
	if (data.to === 'approved') {
		throw new ValidationError({
			to: ['Ke schválení vyplňte, kdo a kdy plán schválil, a číslo usnesení.']
		});
	}
	return db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		if (!canTransition(plan.status, data.to)) transitionError(plan.status, data.to);
		return moveToStatus(tx, actor, plan, data.to, data.version, {}, data.note);
	});
}

export interface ApprovalFile {
	filename: string;
	contentType: string;
	data: Uint8Array | ArrayBuffer | Blob;
}

/** Approve the plan: who, when, resolution number, optionally the decision (PDF). */
export async function approvePlan(
	actor: Actor,
	planId: string,
	input: unknown,
	file: ApprovalFile | null = null
): Promise<PlanVersionRow> {
	const current = await findPlan(planId);
	await authorizeManagePlan(actor, current);
	const data = parseInput(approvalInput, input);
	if (file && !/\.pdf$/i.test(file.filename)) {
		throw new ValidationError({ file: ['Rozhodnutí přiložte jako soubor PDF.'] });
	}
	const today = pragueDay();
	if (data.on > today) {
		throw new ValidationError({ on: ['Datum schválení nemůže být v budoucnosti.'] });
	}
	return db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		if (!canTransition(plan.status, 'approved')) transitionError(plan.status, 'approved');
		await checkReferences(tx, plan, { bodyIds: { byBodyId: data.byBodyId } });
		let approvalFileId = plan.approvalFileId;
		if (file) {
			const stored = await storeFile(tx, actor, {
				...file,
				ownerType: APPROVAL_FILE_OWNER,
				ownerId: plan.id,
				areaId: plan.areaId
			});
			approvalFileId = stored.id;
		}
		return moveToStatus(
			tx,
			actor,
			plan,
			'approved',
			data.version,
			{
				approvedByLabel: data.byLabel,
				approvedByBodyId: data.byBodyId,
				approvedOn: data.on,
				approvalResolution: data.resolution,
				approvalFileId
			},
			data.note,
			'approve'
		);
	});
}

/**
 * "Zahájit aktualizaci plánu": an approved / in-force / evaluated plan goes back to `draft` so
 * its structure can be edited; the approved version stays stored and public.
 */
export async function startPlanUpdate(
	actor: Actor,
	planId: string,
	input: unknown
): Promise<PlanVersionRow> {
	const current = await findPlan(planId);
	await authorizeManagePlan(actor, current);
	const data = parseInput(
		z.object({ version: fields.version(), note: fields.optionalText(2000) }),
		input
	);
	return db().transaction(async (tx) => {
		const plan = await lockPlan(tx, planId);
		if (!UPDATE_FROM.includes(plan.status)) {
			throw new ValidationError({
				_form: ['Aktualizaci lze zahájit jen u schváleného, platného nebo vyhodnoceného plánu.']
			});
		}
		return moveToStatus(tx, actor, plan, 'draft', data.version, {}, data.note, 'update-start');
	});
}

export interface PlanVersionListRow {
	id: string;
	versionNo: number;
	status: PlanStatus;
	note: string | null;
	createdAt: Date;
	author: string | null;
}

/** Stored versions, newest first, with their author (one query). */
export async function listPlanVersions(
	actor: Actor,
	planId: string
): Promise<{ plan: PlanRow; versions: PlanVersionListRow[] }> {
	const plan = await findPlan(planId);
	await authorizeReadPlan(actor, plan);
	const rows = await db()
		.select({
			id: planVersions.id,
			versionNo: planVersions.versionNo,
			status: planVersions.status,
			note: planVersions.note,
			createdAt: planVersions.createdAt,
			author: users.name
		})
		.from(planVersions)
		.leftJoin(users, eq(users.id, planVersions.createdById))
		.where(eq(planVersions.planId, planId))
		.orderBy(desc(planVersions.versionNo));
	return { plan, versions: rows };
}

/** One stored version's snapshot. */
export async function getPlanVersion(
	actor: Actor,
	planId: string,
	versionNo: number
): Promise<{ row: PlanVersionRow; tree: PlanTree }> {
	const plan = await findPlan(planId);
	await authorizeReadPlan(actor, plan);
	const [row] = await db()
		.select()
		.from(planVersions)
		.where(and(eq(planVersions.planId, planId), eq(planVersions.versionNo, versionNo)));
	if (!row) throw new NotFoundError('Verze plánu nebyla nalezena.');
	return { row, tree: row.snapshot as PlanTree };
}

const versionRef = z.union([
	z.literal('live'),
	z.coerce.number({ error: 'Vyberte verzi.' }).int('Vyberte verzi.').min(1, 'Vyberte verzi.')
]);
export const compareQuery = z.object({ a: versionRef, b: versionRef });

/**
 * Compare two versions (`a` older, `b` newer); either may be `live` = the current working state
 * of the plan (e.g. a draft under update against the approved version).
 */
export async function comparePlanVersionsOf(
	actor: Actor,
	planId: string,
	query: unknown
): Promise<{
	a: { label: string; no: number | 'live' };
	b: { label: string; no: number | 'live' };
	comparison: PlanComparison;
}> {
	const plan = await findPlan(planId);
	await authorizeReadPlan(actor, plan);
	const q = parseInput(compareQuery, query);
	const load = async (ref: number | 'live') => {
		if (ref === 'live') {
			return {
				label: 'aktuální rozpracovaný stav',
				tree: await loadPlanTree(planId, { monitoring: false, publicNames: true })
			};
		}
		const [row] = await db()
			.select()
			.from(planVersions)
			.where(and(eq(planVersions.planId, planId), eq(planVersions.versionNo, ref)));
		if (!row) {
			throw new ValidationError({ a: [`Verze ${ref} neexistuje.`] });
		}
		return { label: `verze ${ref} (${STATUS_WORDS[row.status]})`, tree: row.snapshot as PlanTree };
	};
	const [a, b] = await Promise.all([load(q.a), load(q.b)]);
	return {
		a: { label: a.label, no: q.a },
		b: { label: b.label, no: q.b },
		comparison: comparePlanVersions(a.tree, b.tree)
	};
}

export type VersionComparison = Awaited<ReturnType<typeof comparePlanVersionsOf>>;

/** The versions page: list, and the comparison when `query` is given (bad choice → Czech error text). */
export async function getVersionsPage(
	actor: Actor,
	planId: string,
	query: { a: string; b: string } | null
): Promise<{
	plan: PlanRow;
	versions: PlanVersionListRow[];
	comparison: VersionComparison | { error: string } | null;
}> {
	const { plan, versions } = await listPlanVersions(actor, planId);
	if (!query) return { plan, versions, comparison: null };
	try {
		return { plan, versions, comparison: await comparePlanVersionsOf(actor, planId, query) };
	} catch (error) {
		if (!(error instanceof ValidationError)) throw error;
		const first = Object.values(error.fields)[0]?.[0] ?? error.message;
		return { plan, versions, comparison: { error: first } };
	}
}
