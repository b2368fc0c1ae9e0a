/**
 * Choices for the meeting pages' filters and forms: the bodies (and their areas) the actor may
 * see, marked with whether the actor may plan meetings for them. Services still authorise.
 */
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { can } from '#lib/platform/access/can.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { areas, bodies } from '#lib/modules/organisation/index.ts';
import { scopeOf } from '../meeting.store.server.ts';
import { visibilityOf } from '../meeting.visibility.server.ts';
import '../meeting.permissions.ts';

export interface BodyOption {
	id: string;
	name: string;
	code: string;
	areaId: string;
	areaName: string;
	canManage: boolean;
}

const LIMIT = 500;

/** Active bodies the actor may read (coordinated areas and below, own bodies), by area and name. */
export async function bodyOptions(actor: Actor): Promise<BodyOption[]> {
	if (actor.kind !== 'user') return [];
	const visibility = await visibilityOf(actor);
	const parts: SQL[] = [eq(bodies.isActive, true)];
	if (!visibility.all) {
		const scope: SQL[] = [];
		if (visibility.areaIds.length) scope.push(inArray(bodies.areaId, visibility.areaIds));
		if (visibility.bodyIds.length) scope.push(inArray(bodies.id, visibility.bodyIds));
		if (!scope.length) return [];
		parts.push(or(...scope)!);
	}
	const rows = await db()
		.select({
			id: bodies.id,
			name: bodies.name,
			code: bodies.code,
			areaId: bodies.areaId,
			areaName: areas.name
		})
		.from(bodies)
		.innerJoin(areas, eq(areas.id, bodies.areaId))
		.where(and(...parts))
		.orderBy(asc(areas.name), asc(bodies.name))
		.limit(LIMIT);
	return Promise.all(
		rows.map(async (row) => ({
			...row,
			canManage: can(
				actor,
				'meetings.manage',
				await scopeOf({ areaId: row.areaId, bodyId: row.id })
			)
		}))
	);
}

/** Distinct areas of the given bodies (for the area filter). */
export function areaOptions(options: BodyOption[]): { value: string; label: string }[] {
	const seen = new Map<string, string>();
	for (const o of options) seen.set(o.areaId, o.areaName);
	return [...seen].map(([value, label]) => ({ value, label }));
}
