import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client.server.ts';
import { useTestDatabase } from '../db/testing.server.ts';
import { ANONYMOUS } from '../access/actor.ts';
import { listHistory } from '../audit/audit.server.ts';
import { ConflictError, UnauthorizedError, type ValidationError } from '../http/errors.ts';
import { sessions } from './auth.schema.ts';
import { login } from './login.service.server.ts';
import { changePassword, updateProfile } from './profile.service.server.ts';
import { createSession } from './session.service.server.ts';
import { createTestUser, TEST_PASSWORD } from './testing.server.ts';

useTestDatabase();

async function rejected(p: Promise<unknown>): Promise<Error> {
	try {
		await p;
	} catch (e) {
		return e as Error;
	}
	throw new Error('expected a rejection');
}

describe('profile', () => {
	it('changes name and language with optimistic locking', async () => {
		const { user, actor } = await createTestUser({ name: 'Eva' });
		const updated = await updateProfile(actor, {
			name: 'Eva Malá',
			locale: 'en',
			version: user.version
		});
		expect(updated).toMatchObject({ name: 'Eva Malá', locale: 'en', version: user.version + 1 });
		const stale = (await rejected(
			updateProfile(actor, { name: 'Jiná', locale: 'cs', version: user.version })
		)) as ConflictError;
		expect(stale).toBeInstanceOf(ConflictError);
		expect(stale.current).toMatchObject({ name: 'Eva Malá' });
		expect(stale.current).not.toHaveProperty('passwordHash');
		const bad = (await rejected(
			updateProfile(actor, { name: ' ', locale: 'xx', version: 2 })
		)) as ValidationError;
		expect(Object.keys(bad.fields).sort()).toEqual(['locale', 'name']);
		expect(
			await rejected(updateProfile(ANONYMOUS, { name: 'X', locale: 'cs', version: 1 }))
		).toBeInstanceOf(UnauthorizedError);
	});

	it('changes the password after checking the current one and ends other sessions', async () => {
		const { user, actor } = await createTestUser({ email: 'zmena@obec.cz' });
		const current = await createSession(user.id);
		await createSession(user.id);
		const wrong = (await rejected(
			changePassword(actor, {
				currentPassword: 'spatne-heslo',
				newPassword: 'nove-heslo-123',
				newPasswordConfirm: 'nove-heslo-123'
			})
		)) as ValidationError;
		expect(wrong.fields.currentPassword).toEqual(['Současné heslo není správné.']);
		const mismatch = (await rejected(
			changePassword(actor, {
				currentPassword: TEST_PASSWORD,
				newPassword: 'nove-heslo-123',
				newPasswordConfirm: 'nove-heslo-124'
			})
		)) as ValidationError;
		expect(mismatch.fields.newPasswordConfirm?.[0]).toMatch(/neshodují/);
		const asEmail = (await rejected(
			changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: 'zmena@obec.cz' })
		)) as ValidationError;
		expect(asEmail.fields.newPassword?.[0]).toMatch(/stejné jako e-mail/);

		await changePassword(
			actor,
			{
				currentPassword: TEST_PASSWORD,
				newPassword: 'nove-heslo-123',
				newPasswordConfirm: 'nove-heslo-123'
			},
			{ keepSessionId: current.sessionId }
		);
		const left = await db().select().from(sessions).where(eq(sessions.userId, user.id));
		expect(left.map((s) => s.id)).toEqual([current.sessionId]);
		await expect(
			login({ email: 'zmena@obec.cz', password: 'nove-heslo-123' })
		).resolves.toBeTruthy();
		expect((await listHistory('auth.user', user.id))[0]).toMatchObject({
			action: 'password-change',
			after: { passwordHash: '***' }
		});
		expect(await rejected(changePassword(ANONYMOUS, {}))).toBeInstanceOf(UnauthorizedError);
	});
});
