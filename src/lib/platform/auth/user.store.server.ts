/**
 * Shared reads of accounts for the auth services: look-ups by e-mail, the safe view of a user
 * (never the password hash), and the actor of a user.
 */
import { eq, sql } from 'drizzle-orm';
import { db as defaultDb, type Db } from '../db/client.server.ts';
import type { Actor, RoleGrant } from '../access/actor.ts';
import { loadGrants } from '../access/grant.server.ts';
import { ValidationError } from '../http/errors.ts';
import { users } from './auth.schema.ts';

export type UserRow = typeof users.$inferSelect;

/** A user as services hand it out: everything but the password hash. */
export interface UserView {
	id: string;
	email: string;
	name: string;
	isActive: boolean;
	locale: string;
	hasPassword: boolean;
	lastLoginAt: Date | null;
	createdAt: Date;
	updatedAt: Date;
	version: number;
	grants: RoleGrant[];
}

/** Strip the hash; `grants` come from access_role_assignments. */
export function toUserView(row: UserRow, grants: RoleGrant[]): UserView {
	return {
		id: row.id,
		email: row.email,
		name: row.name,
		isActive: row.isActive,
		locale: row.locale,
		hasPassword: !!row.passwordHash,
		lastLoginAt: row.lastLoginAt,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt,
		version: row.version,
		grants
	};
}

export async function findUserByEmail(
	email: string,
	tx: Db = defaultDb()
): Promise<UserRow | null> {
	const [row] = await tx
		.select()
		.from(users)
		.where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
	return row ?? null;
}

export async function findUserById(id: string, tx: Db = defaultDb()): Promise<UserRow | null> {
	const [row] = await tx.select().from(users).where(eq(users.id, id));
	return row ?? null;
}

/** The acting user built from a row and its grants. */
export function userActor(row: UserRow, grants: RoleGrant[]): Actor {
	return { kind: 'user', userId: row.id, name: row.name, email: row.email, grants };
}

/** Throws the Czech "already used" error when another account has this e-mail. */
export async function assertEmailFree(
	email: string,
	exceptId: string | null,
	tx: Db
): Promise<void> {
	const existing = await findUserByEmail(email, tx);
	if (existing && existing.id !== exceptId) throw emailTakenError();
}

export function emailTakenError(): ValidationError {
	return new ValidationError({ email: ['Účet s touto e-mailovou adresou už existuje.'] });
}

/** True for a unique-constraint violation (PostgreSQL 23505), whichever driver raised it. */
export function isUniqueViolation(error: unknown): boolean {
	for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as never) {
		if (e.code === '23505') return true;
	}
	return false;
}

/** Grants of a user (convenience re-export for services). */
export { loadGrants };
