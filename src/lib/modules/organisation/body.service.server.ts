/** Bodies: steering group, working groups, managerial team, sub-groups — with their statute rules. */
import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { bodies, targetGroups } from './organisation.schema.ts';
import { areas } from './area.schema.ts';
import { BodyInput, BodyUpdateInput, type BODY_KINDS } from './organisation.validation.ts';
import { areaScope, denyAnonymous } from './scope.server.ts';
import { isUuid } from './uuid.ts';
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
	if (parentBodyId === selfId) {
		throw new ValidationError({ parentBodyId: ['Skupina nemůže být nadřazená sama sobě.'] });
	}
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
	denyAnonymous(actor, 'organisation.bodies.manage');
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
	if (!isUuid(id)) throw new NotFoundError('Skupina nebyla nalezena.');
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

/** Active planning target groups in their configured order (for the body form). */
export async function listTargetGroups(): Promise<{ id: string; name: string }[]> {
	return db()
		.select({ id: targetGroups.id, name: targetGroups.name })
		.from(targetGroups)
		.where(eq(targetGroups.isActive, true))
		.orderBy(asc(targetGroups.sort), asc(targetGroups.name));
}

export interface BodyDetail {
	body: Body;
	area: { id: string; name: string; kind: string };
	targetGroupName: string | null;
	parent: { id: string; name: string } | null;
	subgroups: { id: string; name: string }[];
}

/** A body with the names around it (area, target group, parent, sub-groups), public. */
export async function getBodyDetail(actor: Actor, id: string): Promise<BodyDetail> {
	const body = await getBody(actor, id);
	const [[area], [group], [parent], subgroups] = await Promise.all([
		db()
			.select({ id: areas.id, name: areas.name, kind: areas.kind })
			.from(areas)
			.where(eq(areas.id, body.areaId)),
		body.targetGroupId
			? db()
					.select({ name: targetGroups.name })
					.from(targetGroups)
					.where(eq(targetGroups.id, body.targetGroupId))
			: Promise.resolve([]),
		body.parentBodyId
			? db()
					.select({ id: bodies.id, name: bodies.name })
					.from(bodies)
					.where(eq(bodies.id, body.parentBodyId))
			: Promise.resolve([]),
		db()
			.select({ id: bodies.id, name: bodies.name })
			.from(bodies)
			.where(and(eq(bodies.parentBodyId, id), eq(bodies.isActive, true)))
			.orderBy(asc(bodies.name))
	]);
	return {
		body,
		area,
		targetGroupName: group?.name ?? null,
		parent: parent ?? null,
		subgroups
	};
}

export interface BodyQuery {
	areaId?: string;
	kind?: (typeof BODY_KINDS)[number];
	page?: number;
	pageSize?: number;
}

/** Active bodies of all areas or of one, paginated in SQL (public, for the API). */
export async function searchBodies(
	actor: Actor,
	query: BodyQuery = {}
): Promise<{ rows: Body[]; total: number }> {
	authorize(
		actor,
		'organisation.bodies.read',
		query.areaId ? await areaScope(query.areaId) : undefined
	);
	const page = Math.max(1, query.page ?? 1);
	const pageSize = Math.min(200, Math.max(1, query.pageSize ?? 50));
	const parts: SQL[] = [eq(bodies.isActive, true)];
	if (query.areaId) parts.push(eq(bodies.areaId, query.areaId));
	if (query.kind) parts.push(eq(bodies.kind, query.kind));
	const where = and(...parts);
	const kindOrder = sql`case ${bodies.kind} when 'steering_group' then 0 when 'managerial_team' then 1 when 'working_group' then 2 else 3 end`;
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select()
			.from(bodies)
			.where(where)
			.orderBy(asc(bodies.areaId), asc(kindOrder), asc(bodies.name), asc(bodies.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db().select({ n: count() }).from(bodies).where(where)
	]);
	return { rows, total: n };
}
