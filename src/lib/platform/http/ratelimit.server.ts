/**
 * A fixed-window limit for anonymous public writes (suggestions, comments, survey answers):
 * `assertWithinLimit(bucket, clientAddress, { limit, windowMs })` counts one hit and throws a
 * Czech `RateLimitError` (429) when the bucket is full. The client address is hashed with the
 * instance signing secret, so the table holds no personal data; old windows are purged on the way.
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import { db, type Db } from '../db/client.server.ts';
import { hmac, signingSecret } from '../auth/signing.server.ts';
import { formatTime } from '../i18n/format.ts';
import { plural } from '../i18n/plural.ts';
import { RateLimitError } from './errors.ts';
import { rateLimits } from './ratelimit.schema.ts';

export interface RateLimit {
	/** Hits allowed in one window. */
	limit: number;
	/** Window length in milliseconds. */
	windowMs: number;
}

/** Default for public forms: 10 submissions per client in 10 minutes. */
export const PUBLIC_FORM_LIMIT: RateLimit = { limit: 10, windowMs: 10 * 60 * 1000 };

/** The bucket key for a client: `bucket:` + HMAC of the address (no address is stored). */
export function clientKey(
	secret: string,
	bucket: string,
	clientAddress: string | null | undefined
): string {
	return `${bucket}:${hmac(secret, 'ratelimit', clientAddress ?? 'unknown').slice(0, 22)}`;
}

/**
 * Counts one hit for the client in the bucket; throws `RateLimitError` when the window already
 * holds `limit` hits. Works on PostgreSQL and PGlite (one upsert).
 */
export async function assertWithinLimit(
	bucket: string,
	clientAddress: string | null | undefined,
	rule: RateLimit = PUBLIC_FORM_LIMIT,
	now: Date = new Date(),
	tx: Db = db()
): Promise<void> {
	const key = clientKey(await signingSecret(tx), bucket, clientAddress);
	const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
	const [row] = await tx
		.insert(rateLimits)
		.values({ key, windowStart, count: 1 })
		.onConflictDoUpdate({
			target: [rateLimits.key, rateLimits.windowStart],
			set: { count: sql`${rateLimits.count} + 1` }
		})
		.returning({ count: rateLimits.count });
	if (row.count === 1) {
		// First hit of a new window: forget this bucket's older windows.
		await tx
			.delete(rateLimits)
			.where(and(eq(rateLimits.key, key), lt(rateLimits.windowStart, windowStart)));
	}
	if (row.count > rule.limit) {
		const until = new Date(windowStart.getTime() + rule.windowMs);
		const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
		const minutes = Math.ceil(seconds / 60);
		throw new RateLimitError(
			`Z tohoto připojení přišlo v krátké době příliš mnoho odeslání. Zkuste to prosím znovu za ${minutes} ${plural(
				minutes,
				['minutu', 'minuty', 'minut']
			)} (v ${formatTime(until)}).`,
			seconds
		);
	}
}
