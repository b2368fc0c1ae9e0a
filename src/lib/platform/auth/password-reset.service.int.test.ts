import { describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { db } from '../db/client.server.ts';
import { useTestDatabase } from '../db/testing.server.ts';
import { listHistory } from '../audit/audit.server.ts';
import { outbox } from '../mail/mail.schema.ts';
import { ValidationError } from '../http/errors.ts';
import { passwordResets, sessions } from './auth.schema.ts';
import { login } from './login.service.server.ts';
import {
	inspectResetToken,
	requestPasswordReset,
	ResetLinkError,
	resetPassword
} from './password-reset.service.server.ts';
import { createSession } from './session.service.server.ts';
import { createTestUser } from './testing.server.ts';

useTestDatabase();

async function rejected(p: Promise<unknown>): Promise<Error> {
	try {
		await p;
	} catch (e) {
		return e as Error;
	}
	throw new Error('expected a rejection');
}

async function lastLinkTo(email: string): Promise<string> {
	const [mail] = await db()
		.select()
		.from(outbox)
		.where(eq(outbox.to, email))
		.orderBy(desc(outbox.createdAt))
		.limit(1);
	const match = /\/obnova-hesla\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '');
	if (!match) throw new Error('no link mailed');
	return match[1];
}

describe('password reset', () => {
	it('mails a one-hour single-use link and sets the new password', async () => {
		const { user } = await createTestUser({ email: 'obnova@obec.cz' });
		const other = await createSession(user.id);
		const keep = await createSession(user.id);
		await requestPasswordReset({ email: 'Obnova@obec.cz' }, { origin: 'http://localhost:5101' });
		const [mail] = await db().select().from(outbox).where(eq(outbox.to, 'obnova@obec.cz'));
		expect(mail.kind).toBe('auth.password-reset');
		expect(mail.subject).toBe('Obnova hesla v Souhře');
		expect(mail.text).toContain('http://localhost:5101/obnova-hesla/');
		const token = await lastLinkTo('obnova@obec.cz');
		const [stored] = await db()
			.select()
			.from(passwordResets)
			.where(eq(passwordResets.userId, user.id));
		expect(stored.tokenHash).not.toBe(token);
		const ttl = stored.expiresAt.getTime() - stored.createdAt.getTime();
		expect(ttl).toBe(60 * 60 * 1000);

		expect(await inspectResetToken(token)).toMatchObject({ valid: true, email: 'obnova@obec.cz' });
		await resetPassword(
			token,
			{ password: 'uplne-nove-heslo', passwordConfirm: 'uplne-nove-heslo' },
			{ keepSessionId: keep.sessionId }
		);
		const left = await db().select().from(sessions).where(eq(sessions.userId, user.id));
		expect(left.map((s) => s.id)).toEqual([keep.sessionId]);
		expect(left.map((s) => s.id)).not.toContain(other.sessionId);
		await expect(
			login({ email: 'obnova@obec.cz', password: 'uplne-nove-heslo' })
		).resolves.toBeTruthy();
		const history = await listHistory('auth.user', user.id);
		expect(history[0].action).toBe('password-reset');
		expect(history[0].after).toEqual({ passwordHash: '***' });

		// Single use.
		expect(await inspectResetToken(token)).toEqual({ valid: false, reason: 'used' });
		const again = await rejected(
			resetPassword(token, { password: 'jeste-jine-heslo', passwordConfirm: 'jeste-jine-heslo' })
		);
		expect(again).toBeInstanceOf(ResetLinkError);
		expect(again.message).toBe('Odkaz pro obnovu hesla už byl použit.');
	});

	it('an expired link is refused with a clear message', async () => {
		await createTestUser({ email: 'vyprsel@obec.cz' });
		await requestPasswordReset({ email: 'vyprsel@obec.cz' });
		const token = await lastLinkTo('vyprsel@obec.cz');
		const later = new Date(Date.now() + 61 * 60 * 1000);
		expect(await inspectResetToken(token, later)).toEqual({ valid: false, reason: 'expired' });
		const error = await rejected(
			resetPassword(
				token,
				{ password: 'uplne-nove-heslo', passwordConfirm: 'uplne-nove-heslo' },
				{ now: later }
			)
		);
		expect(error).toBeInstanceOf(ResetLinkError);
		expect(error.message).toBe('Platnost odkazu pro obnovu hesla vypršela.');
		expect((error as ResetLinkError).status).toBe(404);
	});

	it('checks the password rules and keeps the link usable after a mistake', async () => {
		await createTestUser({ email: 'pravidla@obec.cz' });
		await requestPasswordReset({ email: 'pravidla@obec.cz' });
		const token = await lastLinkTo('pravidla@obec.cz');
		const short = (await rejected(
			resetPassword(token, { password: 'kratke', passwordConfirm: 'kratke' })
		)) as ValidationError;
		expect(short.fields.password).toEqual(['Heslo musí mít alespoň 10 znaků.']);
		const mismatch = (await rejected(
			resetPassword(token, { password: 'dlouhe-heslo-1', passwordConfirm: 'dlouhe-heslo-2' })
		)) as ValidationError;
		expect(mismatch.fields.passwordConfirm?.[0]).toMatch(/neshodují/);
		const email = (await rejected(
			resetPassword(token, { password: 'PRAVIDLA@obec.cz', passwordConfirm: 'PRAVIDLA@obec.cz' })
		)) as ValidationError;
		expect(email.fields.password?.[0]).toMatch(/stejné jako e-mail/);
		expect((await inspectResetToken(token)).valid).toBe(true);
	});

	it('answers the same for unknown addresses and mails nothing; limits repeated requests', async () => {
		await requestPasswordReset({ email: 'neexistuje@obec.cz' });
		expect(
			await db().select().from(outbox).where(eq(outbox.to, 'neexistuje@obec.cz'))
		).toHaveLength(0);
		await createTestUser({ email: 'spam@obec.cz' });
		for (let i = 0; i < 5; i++) await requestPasswordReset({ email: 'spam@obec.cz' });
		expect(await db().select().from(outbox).where(eq(outbox.to, 'spam@obec.cz'))).toHaveLength(3);
		expect(await rejected(requestPasswordReset({ email: 'není e-mail' }))).toBeInstanceOf(
			ValidationError
		);
	});

	it('unknown or garbage tokens are just invalid', async () => {
		expect(await inspectResetToken('neco')).toEqual({ valid: false, reason: 'unknown' });
		expect(await inspectResetToken('')).toEqual({ valid: false, reason: 'unknown' });
		expect(await rejected(resetPassword('x'.repeat(500), {}))).toBeInstanceOf(ResetLinkError);
	});
});
