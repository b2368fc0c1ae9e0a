/**
 * Password login. Unknown e-mail and wrong password get the same answer and cost the same time
 * (argon2 against a dummy hash); repeated failures are refused with `RateLimitError`.
 */
import { eq } from 'drizzle-orm';
import { db } from '../db/client.server.ts';
import { parseInput } from '../http/validation.ts';
import { ValidationError } from '../http/errors.ts';
import { users } from './auth.schema.ts';
import { loginSchema } from './auth.validation.ts';
import { assertLoginAllowed, recordLoginAttempt } from './login-limit.server.ts';
import { burnPasswordCheck, verifyPassword } from './password.server.ts';
import { createSession } from './session.service.server.ts';
import { findUserByEmail } from './user.store.server.ts';

export const INVALID_CREDENTIALS = 'Nesprávný e-mail nebo heslo.';
export const ACCOUNT_INACTIVE =
	'Tento účet je deaktivovaný. Pokud ho potřebujete znovu používat, obraťte se na správce.';

export interface LoginContext {
	/** Client IP address for the per-address limit (null when unknown). */
	ip?: string | null;
	userAgent?: string | null;
	/** Tests: the current time. */
	now?: Date;
}

export interface LoginResult {
	token: string;
	sessionId: string;
	expiresAt: Date;
	user: { id: string; email: string; name: string; locale: string };
}

/** Check e-mail and password, then open a session. Throws ValidationError or RateLimitError. */
export async function login(input: unknown, context: LoginContext = {}): Promise<LoginResult> {
	const { email, password } = parseInput(loginSchema, input);
	const now = context.now ?? new Date();
	const ip = context.ip ?? null;
	await assertLoginAllowed(db(), email, ip, now);
	const user = await findUserByEmail(email);
	const ok = user?.passwordHash
		? await verifyPassword(user.passwordHash, password)
		: (await burnPasswordCheck(password), false);
	if (!user || !ok) {
		await db().transaction((tx) => recordLoginAttempt(tx, email, ip, false, now));
		throw new ValidationError({}, INVALID_CREDENTIALS);
	}
	if (!user.isActive) {
		await db().transaction((tx) => recordLoginAttempt(tx, email, ip, false, now));
		throw new ValidationError({}, ACCOUNT_INACTIVE);
	}
	return db().transaction(async (tx) => {
		await recordLoginAttempt(tx, email, ip, true, now);
		await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
		const session = await createSession(user.id, { userAgent: context.userAgent, now, tx });
		return {
			...session,
			user: { id: user.id, email: user.email, name: user.name, locale: user.locale }
		};
	});
}
