import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client.server.ts';
import { useTestDatabase } from '../db/testing.server.ts';
import { ANONYMOUS } from '../access/actor.ts';
import { listHistory } from '../audit/audit.server.ts';
import {
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '../http/errors.ts';
import { apiTokens, users } from './auth.schema.ts';
import {
	authenticateToken,
	createApiToken,
	listApiTokens,
	revokeApiToken
} from './api-token.service.server.ts';
import { createTestUser } from './testing.server.ts';
import { sha256 } from './token.server.ts';

useTestDatabase();

async function rejected(p: Promise<unknown>): Promise<Error> {
	try {
		await p;
	} catch (e) {
		return e as Error;
	}
	throw new Error('expected a rejection');
}

describe('API tokens', () => {
	it('issues a token shown once, authenticates with it, and stops after revocation', async () => {
		const { user, actor } = await createTestUser({
			grants: [{ role: 'provider', organisationId: '22222222-2222-4222-8222-222222222222' }]
		});
		const created = await createApiToken(actor, { userId: user.id, name: 'Export do Excelu' });
		expect(created.token).toMatch(/^souhra_[A-Za-z0-9_-]{43}$/);
		expect(created.token.startsWith(created.prefix)).toBe(true);
		const [row] = await db().select().from(apiTokens).where(eq(apiTokens.id, created.id));
		expect(row.tokenHash).toBe(sha256(created.token));
		const history = await listHistory('auth.api-token', created.id);
		expect(history[0].after?.tokenHash).toBe('***');

		const who = await authenticateToken(created.token);
		expect(who).toMatchObject({ kind: 'user', userId: user.id });
		expect(who?.kind === 'user' && who.grants[0].role).toBe('provider');
		const list = await listApiTokens(actor, user.id);
		expect(list).toHaveLength(1);
		expect(list[0].lastUsedAt).not.toBeNull();
		expect(list[0]).not.toHaveProperty('tokenHash');

		await revokeApiToken(actor, created.id);
		expect(await authenticateToken(created.token)).toBeNull();
		expect((await listHistory('auth.api-token', created.id))[0].action).toBe('revoke');
		expect(await authenticateToken(created.token.slice(0, -1) + 'x')).toBeNull();
		expect(await authenticateToken('nesmysl')).toBeNull();
	});

	it('updates last use at most once a minute', async () => {
		const { user, actor } = await createTestUser();
		const { id, token } = await createApiToken(actor, { userId: user.id, name: 'Skript' });
		const t0 = new Date('2026-01-05T10:00:00Z');
		await authenticateToken(token, t0);
		await authenticateToken(token, new Date(t0.getTime() + 30_000));
		let [row] = await db().select().from(apiTokens).where(eq(apiTokens.id, id));
		expect(row.lastUsedAt?.toISOString()).toBe(t0.toISOString());
		await authenticateToken(token, new Date(t0.getTime() + 61_000));
		[row] = await db().select().from(apiTokens).where(eq(apiTokens.id, id));
		expect(row.lastUsedAt?.getTime()).toBe(t0.getTime() + 61_000);
	});

	it('expired tokens and tokens of deactivated accounts authenticate nobody', async () => {
		const { user, actor } = await createTestUser();
		const { token } = await createApiToken(actor, {
			userId: user.id,
			name: 'Do zítřka',
			expiresAt: '2099-12-31'
		});
		expect(await authenticateToken(token)).not.toBeNull();
		expect(await authenticateToken(token, new Date('2100-01-01T00:00:00Z'))).toBeNull();
		await db().update(users).set({ isActive: false }).where(eq(users.id, user.id));
		expect(await authenticateToken(token)).toBeNull();
	});

	it('validates input (400) and refuses other people (401/403/404)', async () => {
		const { user, actor } = await createTestUser();
		const { actor: stranger } = await createTestUser();
		const { actor: admin } = await createTestUser({ grants: [{ role: 'admin' }] });
		const bad = (await rejected(
			createApiToken(actor, { userId: user.id, name: '', expiresAt: '2000-01-01' })
		)) as ValidationError;
		expect(bad).toBeInstanceOf(ValidationError);
		expect(bad.fields.name).toBeDefined();
		expect(bad.fields.expiresAt?.[0]).toMatch(/v budoucnosti/);
		const badDate = (await rejected(
			createApiToken(actor, { userId: user.id, name: 'x', expiresAt: '31. 12. 2099' })
		)) as ValidationError;
		expect(badDate.fields.expiresAt?.[0]).toBe('Zadejte platné datum.');

		expect(
			await rejected(createApiToken(stranger, { userId: user.id, name: 'Cizí' }))
		).toBeInstanceOf(ForbiddenError);
		expect(
			await rejected(createApiToken(ANONYMOUS, { userId: user.id, name: 'Cizí' }))
		).toBeInstanceOf(UnauthorizedError);
		expect(await rejected(listApiTokens(stranger, user.id))).toBeInstanceOf(ForbiddenError);
		const { id } = await createApiToken(admin, { userId: user.id, name: 'Od správce' });
		expect(await rejected(revokeApiToken(stranger, id))).toBeInstanceOf(ForbiddenError);
		expect(
			await rejected(revokeApiToken(admin, '00000000-0000-4000-8000-000000000000'))
		).toBeInstanceOf(NotFoundError);
		expect(await rejected(revokeApiToken(stranger, 'neni-uuid'))).toBeInstanceOf(ForbiddenError);
		await expect(revokeApiToken(actor, id)).resolves.toMatchObject({ id });
	});
});
