/**
 * Personal API tokens (`Authorization: Bearer souhra_…`). The token is shown once; only its
 * SHA-256 and a short prefix are kept. Revoked or expired tokens, and tokens of deactivated
 * accounts, authenticate nobody.
 */
import { and, desc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import { db } from '../db/client.server.ts';
import { authorize } from '../access/can.ts';
import '../access/platform.permissions.ts';
import type { Actor } from '../access/actor.ts';
import { loadGrants } from '../access/grant.server.ts';
import { auditedInsert, auditedUpdate } from '../audit/audit.server.ts';
import { NotFoundError } from '../http/errors.ts';
import { parseInput } from '../http/validation.ts';
import { apiTokens, users } from './auth.schema.ts';
import { createApiTokenSchema } from './auth.validation.ts';
import { randomToken, sha256 } from './token.server.ts';
import { findUserById, userActor } from './user.store.server.ts';

export const TOKEN_PREFIX = 'souhra_';
const PREFIX_LENGTH = TOKEN_PREFIX.length + 6;
const TOUCH_INTERVAL_MS = 60 * 1000;

export interface ApiTokenView {
	id: string;
	userId: string;
	name: string;
	prefix: string;
	createdAt: Date;
	lastUsedAt: Date | null;
	expiresAt: Date | null;
	revokedAt: Date | null;
}

function toView(row: typeof apiTokens.$inferSelect): ApiTokenView {
	const { tokenHash: _hash, ...rest } = row;
	return rest;
}

/** Issue a token for `userId` (oneself, or anyone for an administrator). */
export async function createApiToken(
	actor: Actor,
	input: unknown
): Promise<{ id: string; token: string; prefix: string }> {
	const probe = (input ?? {}) as { userId?: unknown };
	authorize(actor, 'profile.manage', {
		ownerUserId: typeof probe.userId === 'string' ? probe.userId : null
	});
	const data = parseInput(createApiTokenSchema, input);
	if (!(await findUserById(data.userId))) throw new NotFoundError('Uživatel nebyl nalezen.');
	const token = `${TOKEN_PREFIX}${randomToken()}`;
	const prefix = token.slice(0, PREFIX_LENGTH);
	const row = await db().transaction((tx) =>
		auditedInsert(
			tx,
			actor,
			apiTokens,
			'auth.api-token',
			{
				userId: data.userId,
				name: data.name,
				tokenHash: sha256(token),
				prefix,
				expiresAt: data.expiresAt ?? null
			},
			{ redact: ['tokenHash'] }
		)
	);
	return { id: row.id, token, prefix };
}

/** The tokens of a user, newest first (revoked ones included, marked). */
export async function listApiTokens(actor: Actor, userId: string): Promise<ApiTokenView[]> {
	authorize(actor, 'profile.manage', { ownerUserId: userId });
	const rows = await db()
		.select()
		.from(apiTokens)
		.where(eq(apiTokens.userId, userId))
		.orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
		.limit(200);
	return rows.map(toView);
}

/** Revoke a token at once; revoking twice changes nothing. */
export async function revokeApiToken(actor: Actor, id: string): Promise<ApiTokenView> {
	const [row] = /^[0-9a-f-]{36}$/i.test(id)
		? await db().select().from(apiTokens).where(eq(apiTokens.id, id))
		: [];
	// Not-found and someone else's token look the same to a non-administrator.
	authorize(actor, 'profile.manage', { ownerUserId: row?.userId ?? null });
	if (!row) throw new NotFoundError('Token nebyl nalezen.');
	if (row.revokedAt) return toView(row);
	const updated = await db().transaction((tx) =>
		auditedUpdate(
			tx,
			actor,
			apiTokens,
			'auth.api-token',
			id,
			{ revokedAt: new Date() },
			{
				redact: ['tokenHash'],
				action: 'revoke'
			}
		)
	);
	return toView(updated);
}

/** The actor behind a bearer token, or null. Notes the use at most once a minute. */
export async function authenticateToken(token: string, now = new Date()): Promise<Actor | null> {
	return (await resolveApiToken(token, now))?.actor ?? null;
}

/** Like `authenticateToken`, with the account row (the request hook needs the language). */
export async function resolveApiToken(
	token: string,
	now = new Date()
): Promise<{ actor: Actor; user: typeof users.$inferSelect } | null> {
	if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
	const tokenHash = sha256(token);
	const [row] = await db()
		.select({ token: apiTokens, user: users })
		.from(apiTokens)
		.innerJoin(users, eq(users.id, apiTokens.userId))
		.where(
			and(
				eq(apiTokens.tokenHash, tokenHash),
				isNull(apiTokens.revokedAt),
				or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now))
			)
		);
	if (!row || !row.user.isActive) return null;
	const last = row.token.lastUsedAt;
	if (!last || now.getTime() - last.getTime() >= TOUCH_INTERVAL_MS) {
		await db()
			.update(apiTokens)
			.set({ lastUsedAt: now })
			.where(
				and(
					eq(apiTokens.id, row.token.id),
					or(
						isNull(apiTokens.lastUsedAt),
						lt(apiTokens.lastUsedAt, new Date(now.getTime() - TOUCH_INTERVAL_MS))
					)
				)
			);
	}
	return { actor: userActor(row.user, await loadGrants(row.user.id)), user: row.user };
}
