/**
 * The instance signing secret for links that need no login (meeting excuses, survey invitations,
 * rate-limit keys). It is SECRET_KEY, or a random secret generated once and kept in
 * `platform_settings` under `secret`, so signed links survive restarts and hold across instances.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { env } from '../config/env.server.ts';
import { database, db, type Db } from '../db/client.server.ts';
import { settings } from '../db/settings.schema.ts';

const SECRET_SETTING = 'secret';
const cache = new WeakMap<object, string>();

/** The instance signing secret (read or created inside `target`). */
export async function signingSecret(target: Db = db()): Promise<string> {
	const fromEnv = env().SECRET_KEY;
	if (fromEnv) return fromEnv;
	const key = database();
	const cached = cache.get(key);
	if (cached) return cached;
	await target
		.insert(settings)
		.values({ key: SECRET_SETTING, value: { key: randomBytes(32).toString('base64url') } })
		.onConflictDoNothing();
	const [row] = await target.select().from(settings).where(eq(settings.key, SECRET_SETTING));
	const secret = (row.value as { key: string }).key;
	cache.set(key, secret);
	return secret;
}

/** HMAC-SHA256 of `payload` under the secret, separated by `purpose` (base64url). */
export function hmac(secret: string, purpose: string, payload: string): string {
	return createHmac('sha256', `${purpose}:${secret}`).update(payload).digest('base64url');
}

/** Constant-time comparison of two base64url signatures. */
export function sameSignature(a: string, b: string): boolean {
	const x = Buffer.from(a);
	const y = Buffer.from(b);
	return x.length === y.length && timingSafeEqual(x, y);
}
