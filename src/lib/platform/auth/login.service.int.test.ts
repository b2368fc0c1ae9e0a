import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client.server.ts';
import { useTestDatabase } from '../db/testing.server.ts';
import { overrideEnv } from '../config/env.server.ts';
import { RateLimitError, ValidationError } from '../http/errors.ts';
import { loginAttempts, sessions, users } from './auth.schema.ts';
import { ACCOUNT_INACTIVE, INVALID_CREDENTIALS, login } from './login.service.server.ts';
import { ipLimit, LOGIN_WINDOW_MS } from './login-limit.server.ts';
import { createTestUser, TEST_PASSWORD } from './testing.server.ts';
import { sha256 } from './token.server.ts';

useTestDatabase();
overrideEnv({ LOGIN_MAX_ATTEMPTS: '3' });

async function rejected(p: Promise<unknown>): Promise<Error> {
	try {
		await p;
	} catch (e) {
		return e as Error;
	}
	throw new Error('expected a rejection');
}

describe('login', () => {
	it('opens a session whose cookie value is stored only as a hash', async () => {
		const { user } = await createTestUser({ email: 'prihlaseni@obec.cz' });
		const result = await login(
			{ email: ' Prihlaseni@Obec.cz', password: TEST_PASSWORD },
			{ ip: '10.0.0.1', userAgent: 'Test' }
		);
		expect(result.user.id).toBe(user.id);
		expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		const [session] = await db().select().from(sessions).where(eq(sessions.userId, user.id));
		expect(session.id).toBe(sha256(result.token));
		expect(session.id).not.toBe(result.token);
		const [row] = await db().select().from(users).where(eq(users.id, user.id));
		expect(row.lastLoginAt).not.toBeNull();
	});

	it('gives the same answer for an unknown e-mail and a wrong password', async () => {
		await createTestUser({ email: 'spatne@obec.cz' });
		const wrong = await rejected(login({ email: 'spatne@obec.cz', password: 'jine-heslo-123' }));
		const unknown = await rejected(login({ email: 'nikdo@obec.cz', password: 'jine-heslo-123' }));
		for (const error of [wrong, unknown]) {
			expect(error).toBeInstanceOf(ValidationError);
			expect(error.message).toBe(INVALID_CREDENTIALS);
			expect((error as ValidationError).fields).toEqual({});
		}
	});

	it('refuses a deactivated account (only after the right password)', async () => {
		const { user } = await createTestUser({ email: 'neaktivni@obec.cz' });
		await db().update(users).set({ isActive: false }).where(eq(users.id, user.id));
		expect(
			(await rejected(login({ email: 'neaktivni@obec.cz', password: 'spatne-heslo-1' }))).message
		).toBe(INVALID_CREDENTIALS);
		expect(
			(await rejected(login({ email: 'neaktivni@obec.cz', password: TEST_PASSWORD }))).message
		).toBe(ACCOUNT_INACTIVE);
	});

	it('validates the input with Czech field messages', async () => {
		const error = (await rejected(login({ email: 'ne', password: '' }))) as ValidationError;
		expect(error).toBeInstanceOf(ValidationError);
		expect(Object.keys(error.fields).sort()).toEqual(['email', 'password']);
	});

	it('locks an e-mail after N failures, also for the right password, and releases after 15 minutes', async () => {
		await createTestUser({ email: 'limit@obec.cz' });
		const t0 = new Date('2026-03-02T09:00:00Z');
		for (let i = 0; i < 3; i++) {
			const error = await rejected(
				login(
					{ email: 'limit@obec.cz', password: 'spatne-heslo' },
					{ now: new Date(t0.getTime() + i * 60_000) }
				)
			);
			expect(error).toBeInstanceOf(ValidationError);
		}
		const t1 = new Date(t0.getTime() + 5 * 60_000);
		const limited = (await rejected(
			login({ email: 'limit@obec.cz', password: TEST_PASSWORD }, { now: t1 })
		)) as RateLimitError;
		expect(limited).toBeInstanceOf(RateLimitError);
		expect(limited.status).toBe(429);
		// The first failure (9:00) leaves the window at 9:15 = 10:15 in Prague; 10 minutes from 9:05.
		expect(limited.message).toBe(
			'Příliš mnoho neúspěšných pokusů o přihlášení. Zkuste to prosím znovu za 10 minut (v 10:15).'
		);
		expect(limited.retryAfterSeconds).toBe(600);
		// Other addresses are not affected.
		await createTestUser({ email: 'jiny@obec.cz' });
		await expect(
			login({ email: 'jiny@obec.cz', password: TEST_PASSWORD }, { now: t1 })
		).resolves.toBeTruthy();
		// After the window the right password works again, and the count starts over.
		const t2 = new Date(t0.getTime() + LOGIN_WINDOW_MS + 60_000);
		await expect(
			login({ email: 'limit@obec.cz', password: TEST_PASSWORD }, { now: t2 })
		).resolves.toBeTruthy();
		const again = await rejected(
			login(
				{ email: 'limit@obec.cz', password: 'spatne-heslo' },
				{ now: new Date(t2.getTime() + 1000) }
			)
		);
		expect(again).toBeInstanceOf(ValidationError);
	});

	it('counts attempts stored by other instances (rows in the table)', async () => {
		await createTestUser({ email: 'sdilene@obec.cz' });
		const now = new Date();
		const old = new Date(now.getTime() - LOGIN_WINDOW_MS - 1000);
		const recent = new Date(now.getTime() - 60_000);
		await db()
			.insert(loginAttempts)
			.values([
				{ key: 'sdilene@obec.cz', succeeded: false, at: old },
				{ key: 'sdilene@obec.cz', succeeded: false, at: old },
				{ key: 'sdilene@obec.cz', succeeded: false, at: recent },
				{ key: 'sdilene@obec.cz', succeeded: false, at: recent }
			]);
		// Two recent failures (old ones expired): one more allowed.
		await expect(
			login({ email: 'sdilene@obec.cz', password: TEST_PASSWORD }, { now })
		).resolves.toBeTruthy();
		await db()
			.insert(loginAttempts)
			.values([
				{ key: 'sdilene@obec.cz', succeeded: false, at: new Date(now.getTime() + 1000) },
				{ key: 'sdilene@obec.cz', succeeded: false, at: new Date(now.getTime() + 2000) },
				{ key: 'sdilene@obec.cz', succeeded: false, at: new Date(now.getTime() + 3000) }
			]);
		const limited = await rejected(
			login(
				{ email: 'sdilene@obec.cz', password: TEST_PASSWORD },
				{ now: new Date(now.getTime() + 4000) }
			)
		);
		expect(limited).toBeInstanceOf(RateLimitError);
	});

	it('limits one IP address trying many accounts', async () => {
		const ip = '192.0.2.7';
		const now = new Date();
		const rows = Array.from({ length: ipLimit() }, () => ({
			key: `ip:${ip}`,
			succeeded: false,
			at: new Date(now.getTime() - 1000)
		}));
		await db().insert(loginAttempts).values(rows);
		await createTestUser({ email: 'ip@obec.cz' });
		expect(
			await rejected(login({ email: 'ip@obec.cz', password: TEST_PASSWORD }, { ip, now }))
		).toBeInstanceOf(RateLimitError);
		await expect(
			login({ email: 'ip@obec.cz', password: TEST_PASSWORD }, { ip: '192.0.2.8', now })
		).resolves.toBeTruthy();
		const stored = await db()
			.select()
			.from(loginAttempts)
			.where(and(eq(loginAttempts.key, 'ip:192.0.2.8'), eq(loginAttempts.succeeded, true)));
		expect(stored).toHaveLength(1);
	});
});
