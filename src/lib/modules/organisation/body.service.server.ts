/** Bodies: steering group, working groups, managerial team, sub-groups — with their statute rules. */
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { bodies } from './organisation.schema.ts';
import { BodyInput, BodyUpdateInput } from './organisation.validation.ts';
import { areaScope } from './scope.server.ts';
import './organisation.permissions.ts';

export type Body = typeof bodies.$inferSelect;
const ENTITY = 'organisation.body';

async function assertCodeFree(
	tx: Db,
	areaId: string,
	code: string,
	exceptId?: string
): Promise<void> {
	const [row] = await tx
		.select({ id: bodies.id, name: bodies.name })
		.from(bodies)
		.where(and(eq(bodies.areaId, areaId), eq(bodies.code, code)));
	if (row && row.id !== exceptId) {
		throw new ValidationError({
			code: [`Zkratku ${code} už v tomto území používá skupina „${row.name}“.`]
		});
	}
}

async function assertParent(
	tx: Db,
	areaId: string,
	parentBodyId: string | null | undefined,
	selfId?: string
): Promise<void> {
	if (!parentBodyId) return;
	if (parentBodyId === selfId)
		throw new ValidationError({ parentBodyId: ['Skupina nemůže být nadřazená sama sobě.'] });
	const [parent] = await tx
		.select({ areaId: bodies.areaId })
		.from(bodies)
		.where(eq(bodies.id, parentBodyId));
	if (!parent || parent.areaId !== areaId) {
		throw new ValidationError({
			parentBodyId: ['Nadřazená skupina musí existovat ve stejném území.']
		});
	}
}

export async function createBody(actor: Actor, input: unknown): Promise<Body> {
	const data = parseInput(BodyInput, input);
	authorize(actor, 'organisation.bodies.manage', await areaScope(data.areaId));
	return db().transaction(async (tx) => {
		await assertCodeFree(tx, data.areaId, data.code);
		await assertParent(tx, data.areaId, data.parentBodyId);
		return auditedInsert(tx, actor, bodies, ENTITY, data, { areaId: data.areaId });
	});
}

export async function updateBody(actor: Actor, id: string, input: unknown): Promise<Body> {
	const current = await findBody(id);
	authorize(actor, 'organisation.bodies.manage', await areaScope(current.areaId));
	const { version, ...data } = parseInput(BodyUpdateInput, {
		...(input as object),
		areaId: current.areaId
	});
	return db().transaction(async (tx) => {
		await assertCodeFree(tx, current.areaId, data.code, id);
		await assertParent(tx, current.areaId, data.parentBodyId, id);
		return auditedUpdate(tx, actor, bodies, ENTITY, id, data, {
			expectedVersion: version,
			areaId: current.areaId
		});
	});
}

export async function findBody(id: string): Promise<Body> {
	const [row] = await db().select().from(bodies).where(eq(bodies.id, id));
	if (!row) throw new NotFoundError('Skupina nebyla nalezena.');
	return row;
}

export async function getBody(actor: Actor, id: string): Promise<Body> {
	const body = await findBody(id);
	authorize(actor, 'organisation.bodies.read', await areaScope(body.areaId, { bodyId: body.id }));
	return body;
}

const KIND_ORDER = {
	steering_group: 0,
	managerial_team: 1,
	working_group: 2,
	subgroup: 3
} as const;

/** Bodies of an area: steering group first, then the working groups by name. */
export async function listBodies(
	actor: Actor,
	areaId: string,
	{ includeInactive = false } = {}
): Promise<Body[]> {
	authorize(actor, 'organisation.bodies.read', await areaScope(areaId));
	const rows = await db()
		.select()
		.from(bodies)
		.where(
			includeInactive
				? eq(bodies.areaId, areaId)
				: and(eq(bodies.areaId, areaId), eq(bodies.isActive, true))
		)
		.orderBy(asc(bodies.name));
	return rows.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
