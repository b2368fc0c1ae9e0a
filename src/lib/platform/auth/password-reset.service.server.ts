/**
 * Password reset and invitation links: 32 random bytes in the link, SHA-256 in
 * auth_password_resets, single use. The request always answers the same, whether or not the
 * account exists; at most a few mails per address in 15 minutes.
 */
import { and, count, eq, gt, isNull, ne } from 'drizzle-orm';
import { db, type Db } from '../db/client.server.ts';
import { env } from '../config/env.server.ts';
import { auditedUpdate } from '../audit/audit.server.ts';
import { queueMail } from '../mail/mail.server.ts';
import { parseInput } from '../http/validation.ts';
import { NotFoundError, ValidationError } from '../http/errors.ts';
import { formatDateTime } from '../i18n/format.ts';
import { loadGrants } from '../access/grant.server.ts';
import { loginAttempts, passwordResets, sessions, users } from './auth.schema.ts';
import {
	MESSAGES,
	passwordIsEmail,
	resetPasswordSchema,
	resetRequestSchema
} from './auth.validation.ts';
import { hashPassword } from './password.server.ts';
import { randomToken, sha256 } from './token.server.ts';
import { findUserByEmail, findUserById, userActor } from './user.store.server.ts';

export const RESET_TTL_MS = 60 * 60 * 1000;
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const REQUESTS_PER_WINDOW = 3;
const WINDOW_MS = 15 * 60 * 1000;

/** Absolute base address for links in e-mails: PUBLIC_URL, else the request's origin. */
export function publicOrigin(requestOrigin?: string): string {
	const base = env().PUBLIC_URL ?? requestOrigin ?? `http://localhost:${env().PORT}`;
	return base.replace(/\/+$/, '');
}

/** Store a new single-use link for `userId`; returns the secret that goes into the URL. */
export async function createResetToken(
	tx: Db,
	userId: string,
	ttlMs: number,
	now = new Date()
): Promise<{ token: string; expiresAt: Date }> {
	const token = randomToken();
	const expiresAt = new Date(now.getTime() + ttlMs);
	await tx
		.insert(passwordResets)
		.values({ userId, tokenHash: sha256(token), expiresAt, createdAt: now });
	return { token, expiresAt };
}

/** Queue the mail with the link for setting a password (new account, or sent by an administrator). */
export async function sendInvitation(
	tx: Db,
	user: { id: string; email: string; name: string },
	origin?: string,
	reason: 'new-account' | 'by-admin' = 'new-account'
): Promise<void> {
	const { token, expiresAt } = await createResetToken(tx, user.id, INVITATION_TTL_MS);
	const link = `${publicOrigin(origin)}/obnova-hesla/${token}`;
	await queueMail(tx, {
		to: user.email,
		subject: reason === 'new-account' ? 'Váš účet v Souhře' : 'Nastavení hesla v Souhře',
		kind: 'auth.password-reset',
		text:
			`Dobrý den, ${user.name},\n\n` +
			(reason === 'new-account'
				? `byl vám založen účet v Souhře – platformě pro komunitní plánování sociálních služeb.\n`
				: `správce Souhry vám posílá odkaz pro nastavení hesla k vašemu účtu.\n`) +
			`Přihlašovací e-mail: ${user.email}\n\n` +
			`Heslo si nastavíte na této adrese:\n${link}\n\n` +
			`Odkaz platí do ${formatDateTime(expiresAt)} a lze ho použít jen jednou.\n` +
			`Pokud jste o účet nežádali, tento e-mail ignorujte.\n`
	});
}

/**
 * Start a reset: validates the address, then (silently) mails a link if an active account has it.
 * The caller always shows the same answer.
 */
export async function requestPasswordReset(
	input: unknown,
	options: { origin?: string; now?: Date } = {}
): Promise<void> {
	const { email } = parseInput(resetRequestSchema, input);
	const now = options.now ?? new Date();
	const key = `reset:${email}`;
	await db().transaction(async (tx) => {
		const [{ n }] = await tx
			.select({ n: count() })
			.from(loginAttempts)
			.where(
				and(eq(loginAttempts.key, key), gt(loginAttempts.at, new Date(now.getTime() - WINDOW_MS)))
			);
		if (n >= REQUESTS_PER_WINDOW) return;
		await tx.insert(loginAttempts).values({ key, succeeded: true, at: now });
		const user = await findUserByEmail(email, tx);
		if (!user || !user.isActive) return;
		const { token, expiresAt } = await createResetToken(tx, user.id, RESET_TTL_MS, now);
		const link = `${publicOrigin(options.origin)}/obnova-hesla/${token}`;
		await queueMail(tx, {
			to: user.email,
			subject: 'Obnova hesla v Souhře',
			kind: 'auth.password-reset',
			text:
				`Dobrý den, ${user.name},\n\n` +
				`někdo (nejspíš vy) požádal o obnovu hesla k účtu ${user.email} v Souhře.\n` +
				`Nové heslo nastavíte na této adrese:\n${link}\n\n` +
				`Odkaz platí 1 hodinu (do ${formatDateTime(expiresAt)}) a lze ho použít jen jednou.\n` +
				`Pokud jste o obnovu nežádali, tento e-mail ignorujte – vaše heslo zůstává beze změny.\n`
		});
	});
}

export type ResetTokenState =
	| { valid: true; email: string; userId: string }
	| { valid: false; reason: 'unknown' | 'expired' | 'used' };

/** What a reset link is worth right now (for the page before the form is shown). */
export async function inspectResetToken(token: string, now = new Date()): Promise<ResetTokenState> {
	if (!token || token.length > 200) return { valid: false, reason: 'unknown' };
	const [row] = await db()
		.select({ reset: passwordResets, email: users.email, isActive: users.isActive })
		.from(passwordResets)
		.innerJoin(users, eq(users.id, passwordResets.userId))
		.where(eq(passwordResets.tokenHash, sha256(token)));
	if (!row || !row.isActive) return { valid: false, reason: 'unknown' };
	if (row.reset.usedAt) return { valid: false, reason: 'used' };
	if (row.reset.expiresAt.getTime() <= now.getTime()) return { valid: false, reason: 'expired' };
	return { valid: true, email: row.email, userId: row.reset.userId };
}

export class ResetLinkError extends NotFoundError {
	constructor(public readonly reason: 'unknown' | 'expired' | 'used') {
		super(
			reason === 'expired'
				? 'Platnost odkazu pro obnovu hesla vypršela.'
				: reason === 'used'
					? 'Odkaz pro obnovu hesla už byl použit.'
					: 'Odkaz pro obnovu hesla je neplatný.'
		);
		this.name = 'ResetLinkError';
	}
}

/**
 * Set a new password with a link: checks the rules, marks the link used, invalidates the user's
 * other links and ends all their sessions (except `keepSessionId`).
 */
export async function resetPassword(
	token: string,
	input: unknown,
	options: { now?: Date; keepSessionId?: string | null } = {}
): Promise<{ userId: string; email: string }> {
	const now = options.now ?? new Date();
	const state = await inspectResetToken(token, now);
	if (!state.valid) throw new ResetLinkError(state.reason);
	const { password } = parseInput(resetPasswordSchema, input);
	if (passwordIsEmail(password, state.email)) {
		throw new ValidationError({ password: [MESSAGES.passwordIsEmail] });
	}
	const passwordHash = await hashPassword(password);
	return db().transaction(async (tx) => {
		// Claim the link atomically: a second, concurrent use finds it already used.
		const claimed = await tx
			.update(passwordResets)
			.set({ usedAt: now })
			.where(
				and(
					eq(passwordResets.tokenHash, sha256(token)),
					isNull(passwordResets.usedAt),
					gt(passwordResets.expiresAt, now)
				)
			)
			.returning({ id: passwordResets.id });
		if (claimed.length === 0) throw new ResetLinkError('used');
		const user = await findUserById(state.userId, tx);
		if (!user) throw new ResetLinkError('unknown');
		const actor = userActor(user, await loadGrants(user.id, tx));
		await auditedUpdate(
			tx,
			actor,
			users,
			'auth.user',
			user.id,
			{ passwordHash },
			{
				redact: ['passwordHash'],
				action: 'password-reset'
			}
		);
		await tx
			.update(passwordResets)
			.set({ usedAt: now })
			.where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
		await tx
			.delete(sessions)
			.where(
				options.keepSessionId
					? and(eq(sessions.userId, user.id), ne(sessions.id, options.keepSessionId))
					: eq(sessions.userId, user.id)
			);
		return { userId: user.id, email: user.email };
	});
}
