/** Permission scopes: an area together with all its ancestors (a kraj coordinator covers its ORP). */
import { sql } from 'drizzle-orm';
import { db, queryRows, type Db } from '#lib/platform/db/client.server.ts';
import { authorize, type ResourceScope } from '#lib/platform/access/can.ts';
import type { Actor } from '#lib/platform/access/actor.ts';

export async function areaLineage(areaId: string, target: Db = db()): Promise<string[]> {
	const rows = await queryRows<{ id: string }>(
		target,
		sql`with recursive up(id, parent_id, depth) as (
			select id, parent_id, 0 from organisation_areas where id = ${areaId}
			union all
			select a.id, a.parent_id, up.depth + 1 from organisation_areas a join up on a.id = up.parent_id where up.depth < 10
		) select id from up order by depth`
	);
	return rows.map((r) => r.id);
}

export async function areaScope(
	areaId: string,
	extra: Omit<ResourceScope, 'areaIds'> = {},
	target: Db = db()
): Promise<ResourceScope> {
	return { ...extra, areaIds: await areaLineage(areaId, target) };
}

/**
 * Services that need the input to find the scope validate first; this answers the anonymous
 * public with 401 before any validation, so they never learn what a valid request looks like.
 */
export function denyAnonymous(actor: Actor, action: string): void {
	if (actor.kind === 'anonymous') authorize(actor, action);
}
