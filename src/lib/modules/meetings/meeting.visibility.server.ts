/**
 * Which meetings an actor may see in lists and search: coordinators see their areas and every
 * area below them, managers and members see their bodies, administrators see everything.
 */
import { inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Actor } from '#lib/platform/access/actor.ts';
import { isAdmin } from '#lib/platform/access/can.ts';
import { db, queryRows, type Db } from '#lib/platform/db/client.server.ts';

export type Visibility = { all: true } | { all: false; areaIds: string[]; bodyIds: string[] };

/** The given areas and all their descendants (a kraj covers its ORP and obce). */
export async function areaDescendants(areaIds: string[], target: Db = db()): Promise<string[]> {
	if (areaIds.length === 0) return [];
	const rows = await queryRows<{ id: string }>(
		target,
		sql`with recursive down(id, depth) as (
			select id, 0 from organisation_areas where id in (${sql.join(
				areaIds.map((id) => sql`${id}`),
				sql`, `
			)})
			union all
			select a.id, down.depth + 1 from organisation_areas a join down on a.parent_id = down.id where down.depth < 10
		) select distinct id from down`
	);
	return rows.map((r) => r.id);
}

/** What the actor may list: everything, or their areas (with descendants) and bodies. */
export async function visibilityOf(actor: Actor, target: Db = db()): Promise<Visibility> {
	if (actor.kind === 'system' || isAdmin(actor)) return { all: true };
	if (actor.kind !== 'user') return { all: false, areaIds: [], bodyIds: [] };
	const coordinatorAreas = actor.grants
		.filter((g) => g.role === 'coordinator' && g.areaId)
		.map((g) => g.areaId!);
	const bodyIds = actor.grants
		.filter((g) => (g.role === 'member' || g.role === 'manager') && g.bodyId)
		.map((g) => g.bodyId!);
	return { all: false, areaIds: await areaDescendants(coordinatorAreas, target), bodyIds };
}

/** SQL condition "row is visible" on an area and a body column; `undefined` = no restriction. */
export function visibleWhere(
	v: Visibility,
	areaCol: AnyPgColumn,
	bodyCol: AnyPgColumn
): SQL | undefined {
	if (v.all) return undefined;
	const parts: SQL[] = [];
	if (v.areaIds.length) parts.push(inArray(areaCol, v.areaIds));
	if (v.bodyIds.length) parts.push(inArray(bodyCol, v.bodyIds));
	return parts.length ? or(...parts) : sql`false`;
}
