/**
 * Login rate limit, kept in auth_login_attempts so it holds across app instances: at most
 * LOGIN_MAX_ATTEMPTS failures per e-mail in 15 minutes (a success starts the count again), and
 * a higher limit per IP address for attempts against many accounts.
 */
import { and, asc, desc, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client.server.ts';
import { env } from '../config/env.server.ts';
import { RateLimitError } from '../http/errors.ts';
import { formatTime } from '../i18n/format.ts';
import { plural } from '../i18n/plural.ts';
import { loginAttempts } from './auth.schema.ts';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

/** Failed attempts allowed per IP address in the window. */
export function ipLimit(): number {
	return Math.max(env().LOGIN_MAX_ATTEMPTS * 4, 20);
}

const ipKey = (ip: string) => `ip:${ip}`;

/** When the `limit`-th newest failure leaves the window, or null when under the limit. */
async function blockedUntil(tx: Db, key: string, since: Date, limit: number): Promise<Date | null> {
	const failures = await tx
		.select({ at: loginAttempts.at })
		.from(loginAttempts)
		.where(
			and(
				eq(loginAttempts.key, key),
				eq(loginAttempts.succeeded, false),
				gt(loginAttempts.at, since)
			)
		)
		.orderBy(asc(loginAttempts.at));
	if (failures.length < limit) return null;
	return new Date(failures[failures.length - limit].at.getTime() + LOGIN_WINDOW_MS);
}

async function lastSuccess(tx: Db, key: string, since: Date): Promise<Date | null> {
	const [row] = await tx
		.select({ at: loginAttempts.at })
		.from(loginAttempts)
		.where(
			and(
				eq(loginAttempts.key, key),
				eq(loginAttempts.succeeded, true),
				gt(loginAttempts.at, since)
			)
		)
		.orderBy(desc(loginAttempts.at))
		.limit(1);
	return row?.at ?? null;
}

/** Czech refusal saying when to try again. */
export function rateLimitError(until: Date, now: Date): RateLimitError {
	const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
	const minutes = Math.ceil(seconds / 60);
	return new RateLimitError(
		`Příliš mnoho neúspěšných pokusů o přihlášení. Zkuste to prosím znovu za ${minutes} ${plural(
			minutes,
			['minutu', 'minuty', 'minut']
		)} (v ${formatTime(until)}).`,
		seconds
	);
}

/** Throws `RateLimitError` when the e-mail or the IP address has failed too often lately. */
export async function assertLoginAllowed(
	tx: Db,
	email: string,
	ip: string | null,
	now: Date
): Promise<void> {
	const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
	const success = await lastSuccess(tx, email, windowStart);
	const since = success && success > windowStart ? success : windowStart;
	const untilEmail = await blockedUntil(tx, email, since, env().LOGIN_MAX_ATTEMPTS);
	const untilIp = ip ? await blockedUntil(tx, ipKey(ip), windowStart, ipLimit()) : null;
	const until = [untilEmail, untilIp].filter((d): d is Date => !!d).sort((a, b) => +b - +a)[0];
	if (until && until > now) throw rateLimitError(until, now);
}

/** Remember one attempt (for the e-mail and, when known, the IP address); prune day-old rows. */
export async function recordLoginAttempt(
	tx: Db,
	email: string,
	ip: string | null,
	succeeded: boolean,
	now: Date
): Promise<void> {
	const rows = [{ key: email, succeeded, at: now }];
	if (ip) rows.push({ key: ipKey(ip), succeeded, at: now });
	await tx.insert(loginAttempts).values(rows);
	const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
	await tx
		.delete(loginAttempts)
		.where(and(eq(loginAttempts.key, email), lt(loginAttempts.at, dayAgo)));
}
