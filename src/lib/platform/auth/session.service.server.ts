/**
 * Browser sessions: the cookie carries 32 random bytes, auth_sessions stores only their SHA-256.
 * Sessions last SESSION_DAYS and slide: an active user's session is renewed (at most daily).
 */
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import { db as defaultDb, type Db } from '../db/client.server.ts';
import { env } from '../config/env.server.ts';
import type { Actor } from '../access/actor.ts';
import { loadGrants } from '../access/grant.server.ts';
import { sessions, users } from './auth.schema.ts';
import { randomToken, sha256 } from './token.server.ts';
import { userActor, type UserRow } from './user.store.server.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

function lifetimeMs(): number {
	return env().SESSION_DAYS * DAY_MS;
}

/** Open a session for a user; returns the cookie value (shown to nobody else) and its expiry. */
export async function createSession(
	userId: string,
	options: { userAgent?: string | null; now?: Date; tx?: Db } = {}
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
	const tx = options.tx ?? defaultDb();
	const now = options.now ?? new Date();
	const token = randomToken();
	const sessionId = sha256(token);
	const expiresAt = new Date(now.getTime() + lifetimeMs());
	// Housekeeping: this user's dead sessions go when a new one starts.
	await tx.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
	await tx.insert(sessions).values({
		id: sessionId,
		userId,
		expiresAt,
		createdAt: now,
		userAgent: options.userAgent?.slice(0, 300) ?? null
	});
	return { token, sessionId, expiresAt };
}

export interface ResolvedSession {
	sessionId: string;
	actor: Actor;
	user: UserRow;
	expiresAt: Date;
	/** True when the expiry moved forward and the cookie must be sent again. */
	renewed: boolean;
}

/** The session behind a cookie value, or null (unknown, expired, or the account is deactivated). */
export async function resolveSession(
	token: string,
	now = new Date()
): Promise<ResolvedSession | null> {
	if (!token || token.length > 200) return null;
	const sessionId = sha256(token);
	const [row] = await defaultDb()
		.select({ session: sessions, user: users })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now)));
	if (!row || !row.user.isActive) return null;
	let expiresAt = row.session.expiresAt;
	let renewed = false;
	const lifetime = lifetimeMs();
	const renewAfter = Math.min(DAY_MS, lifetime / 2);
	if (expiresAt.getTime() - now.getTime() < lifetime - renewAfter) {
		expiresAt = new Date(now.getTime() + lifetime);
		await defaultDb().update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId));
		renewed = true;
	}
	const grants = await loadGrants(row.user.id);
	return { sessionId, actor: userActor(row.user, grants), user: row.user, expiresAt, renewed };
}

/** Log out one session (by its stored id = hash). */
export async function deleteSession(sessionId: string): Promise<void> {
	await defaultDb().delete(sessions).where(eq(sessions.id, sessionId));
}

/** End every session of a user, except the one still in use (after a password change). */
export async function deleteUserSessions(
	userId: string,
	options: { exceptSessionId?: string | null; tx?: Db } = {}
): Promise<void> {
	const tx = options.tx ?? defaultDb();
	await tx
		.delete(sessions)
		.where(
			options.exceptSessionId
				? and(eq(sessions.userId, userId), ne(sessions.id, options.exceptSessionId))
				: eq(sessions.userId, userId)
		);
}
