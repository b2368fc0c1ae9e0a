import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { db } from '../db/client.server.ts';
import { useTestDatabase } from '../db/testing.server.ts';
import { overrideEnv } from '../config/env.server.ts';
import { sessions, users } from './auth.schema.ts';
import { createApiToken, revokeApiToken } from './api-token.service.server.ts';
import { handleAuth } from './hooks.server.ts';
import { createSession } from './session.service.server.ts';
import { SESSION_COOKIE } from './session.cookie.server.ts';
import { createTestUser } from './testing.server.ts';

useTestDatabase();

function fakeCookies(initial: Record<string, string> = {}) {
	const jar = new Map(Object.entries(initial));
	const sets: { name: string; value: string; options: Record<string, unknown> }[] = [];
	const cookies = {
		get: (name: string) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string, options: Record<string, unknown>) => {
			jar.set(name, value);
			sets.push({ name, value, options });
		},
		delete: (name: string, options: Record<string, unknown>) => {
			jar.delete(name);
			sets.push({ name, value: '', options });
		},
		serialize: () => ''
	} as unknown as Cookies;
	return { cookies, sets };
}

async function run(options: { cookie?: string; bearer?: string }) {
	const { cookies, sets } = fakeCookies(options.cookie ? { [SESSION_COOKIE]: options.cookie } : {});
	const headers = new Headers();
	if (options.bearer) headers.set('authorization', `Bearer ${options.bearer}`);
	const event = {
		request: new Request('http://localhost/profil', { headers }),
		cookies,
		locals: {}
	} as unknown as RequestEvent;
	await handleAuth({ event, resolve: async () => new Response('ok') });
	return { locals: event.locals, sets };
}

describe('handleAuth', () => {
	it('resolves a session cookie to the user and their grants', async () => {
		const { user } = await createTestUser({ grants: [{ role: 'admin' }] });
		const { token, sessionId } = await createSession(user.id);
		const { locals, sets } = await run({ cookie: token });
		expect(locals.actor).toMatchObject({
			kind: 'user',
			userId: user.id,
			grants: [{ role: 'admin' }]
		});
		expect(locals.user).toMatchObject({ id: user.id, email: user.email, locale: 'cs' });
		expect(locals.sessionId).toBe(sessionId);
		expect(sets).toHaveLength(0); // fresh session: no renewal needed
	});

	it('slides the expiry of an older session and re-sends the cookie', async () => {
		overrideEnv({ SESSION_DAYS: '30' });
		const { user } = await createTestUser();
		const { token, sessionId } = await createSession(user.id, {
			now: new Date(Date.now() - 3 * 86_400_000)
		});
		const { sets } = await run({ cookie: token });
		expect(sets).toHaveLength(1);
		expect(sets[0].options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
		const [row] = await db().select().from(sessions).where(eq(sessions.id, sessionId));
		expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
	});

	it('treats unknown, expired and deactivated sessions as anonymous and clears the cookie', async () => {
		const { user } = await createTestUser();
		const expired = await createSession(user.id, { now: new Date(Date.now() - 40 * 86_400_000) });
		for (const cookie of ['nesmysl', expired.token]) {
			const { locals, sets } = await run({ cookie });
			expect(locals.actor).toEqual({ kind: 'anonymous' });
			expect(locals.user).toBeNull();
			expect(sets[0]).toMatchObject({ name: SESSION_COOKIE, value: '' });
		}
		const live = await createSession(user.id);
		await db().update(users).set({ isActive: false }).where(eq(users.id, user.id));
		expect((await run({ cookie: live.token })).locals.actor).toEqual({ kind: 'anonymous' });
	});

	it('accepts a bearer API token until it is revoked', async () => {
		const { user, actor } = await createTestUser();
		const { id, token } = await createApiToken(actor, { userId: user.id, name: 'Skript' });
		const ok = await run({ bearer: token });
		expect(ok.locals.actor).toMatchObject({ kind: 'user', userId: user.id });
		expect(ok.locals.sessionId).toBeNull();
		await revokeApiToken(actor, id);
		const revoked = await run({ bearer: token });
		expect(revoked.locals.actor).toEqual({ kind: 'anonymous' });
		expect((await run({ bearer: 'souhra_neplatny' })).locals.user).toBeNull();
	});
});
