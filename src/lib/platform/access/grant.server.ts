/**
 * Reading and replacing a user's role grants (access_role_assignments). The change itself is
 * recorded by the caller in the user's history (`grantsForHistory`).
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { db as defaultDb, type Db } from '../db/client.server.ts';
import { roleAssignments } from './access.schema.ts';
import type { RoleGrant } from './actor.ts';
import { grantKey, grantText } from './role.presenter.ts';

/** The grants of one user, in a stable order. */
export async function loadGrants(userId: string, tx: Db = defaultDb()): Promise<RoleGrant[]> {
	const rows = await tx
		.select()
		.from(roleAssignments)
		.where(eq(roleAssignments.userId, userId))
		.orderBy(asc(roleAssignments.role), asc(roleAssignments.createdAt));
	return rows.map(toGrant);
}

/** Grants of many users at once (user lists). */
export async function loadGrantsOf(
	userIds: string[],
	tx: Db = defaultDb()
): Promise<Map<string, RoleGrant[]>> {
	const out = new Map<string, RoleGrant[]>();
	if (userIds.length === 0) return out;
	const rows = await tx
		.select()
		.from(roleAssignments)
		.where(inArray(roleAssignments.userId, userIds))
		.orderBy(asc(roleAssignments.role), asc(roleAssignments.createdAt));
	for (const row of rows) {
		const list = out.get(row.userId) ?? [];
		list.push(toGrant(row));
		out.set(row.userId, list);
	}
	return out;
}

function toGrant(row: typeof roleAssignments.$inferSelect): RoleGrant {
	return {
		role: row.role,
		areaId: row.areaId,
		bodyId: row.bodyId,
		organisationId: row.organisationId
	};
}

/** Remove duplicates (same role and scope), keeping the first. */
export function uniqueGrants(grants: RoleGrant[]): RoleGrant[] {
	const seen = new Set<string>();
	return grants.filter((g) => {
		const key = grantKey(g);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** True when both lists hold the same grants, whatever the order. */
export function sameGrants(a: RoleGrant[], b: RoleGrant[]): boolean {
	const ka = a.map(grantKey).sort();
	const kb = b.map(grantKey).sort();
	return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}

/** Replace all grants of a user inside the caller's transaction. */
export async function replaceGrants(
	tx: Db,
	userId: string,
	grants: RoleGrant[],
	createdById: string | null
): Promise<void> {
	await tx.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
	const list = uniqueGrants(grants);
	if (list.length === 0) return;
	await tx.insert(roleAssignments).values(
		list.map((g) => ({
			userId,
			role: g.role,
			areaId: g.areaId ?? null,
			bodyId: g.bodyId ?? null,
			organisationId: g.organisationId ?? null,
			createdById
		}))
	);
}

/** The grants as Czech lines for the audit trail (readable without joins). */
export function grantsForHistory(grants: RoleGrant[]): string[] {
	return uniqueGrants(grants).map(grantText).sort();
}
