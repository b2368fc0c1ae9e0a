import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import type { Actor } from '#lib/platform/access/actor.ts';
import { users } from '#lib/platform/auth/auth.schema.ts';
import { authenticateToken } from '#lib/platform/auth/api-token.service.server.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { GET as listTokens, POST as createToken } from './+server.ts';
import { DELETE as revokeToken } from './[id]/+server.ts';
import { GET as me } from '../me/+server.ts';

useTestDatabase();

type UserActor = Extract<Actor, { kind: 'user' }>;
let jana: UserActor;
let petr: UserActor;
let admin: UserActor;

async function makeUser(
	email: string,
	name: string,
	grants: UserActor['grants'] = []
): Promise<UserActor> {
	const [row] = await db().insert(users).values({ email, name, locale: 'en' }).returning();
	return { kind: 'user', userId: row.id, name, email, grants };
}

beforeAll(async () => {
	jana = await makeUser('jana@obec.cz', 'Jana Nováková');
	petr = await makeUser('petr@obec.cz', 'Petr Svoboda');
	admin = await makeUser('admin@obec.cz', 'Správce', [{ role: 'admin' }]);
});

const post = (actor: Actor, body: unknown) =>
	callEndpoint(createToken, { url: '/api/v1/tokens', method: 'POST', actor, body });

describe('GET /api/v1/me', () => {
	it('needs a user', async () => {
		const res = await callEndpoint(me, { url: '/api/v1/me' });
		expect(res.status).toBe(401);
		expect(res.headers.get('www-authenticate')).toContain('Bearer');
	});

	it('describes the account and its grants', async () => {
		const res = await callEndpoint(me, { url: '/api/v1/me', actor: admin });
		expect(res.status).toBe(200);
		expect(res.json).toEqual({
			id: admin.userId,
			email: 'admin@obec.cz',
			name: 'Správce',
			locale: 'en',
			grants: [{ role: 'admin', areaId: null, bodyId: null, organisationId: null }]
		});
	});
});

describe('personal API tokens', () => {
	it('need a user for every operation', async () => {
		const anonymous: Actor = { kind: 'anonymous' };
		expect((await callEndpoint(listTokens, { url: '/api/v1/tokens' })).status).toBe(401);
		expect((await post(anonymous, { name: 'x' })).status).toBe(401);
		const id = 'a0e1b6d2-3c4f-4a5b-8c6d-7e8f9a0b1c2d';
		const del = await callEndpoint(revokeToken, {
			url: `/api/v1/tokens/${id}`,
			method: 'DELETE',
			params: { id }
		});
		expect(del.status).toBe(401);
	});

	it('are created, authenticate, listed without the secret, and revoked', async () => {
		const created = await post(jana, { name: 'Export do tabulky' });
		expect(created.status).toBe(201);
		const { id, token, prefix } = created.json as { id: string; token: string; prefix: string };
		expect(token.startsWith(prefix)).toBe(true);

		const actor = await authenticateToken(token);
		expect(actor).toMatchObject({ kind: 'user', userId: jana.userId });
		const whoami = await callEndpoint(me, { url: '/api/v1/me', actor: actor! });
		expect(whoami.json.email).toBe('jana@obec.cz');

		const listed = await callEndpoint(listTokens, { url: '/api/v1/tokens', actor: jana });
		expect(listed.status).toBe(200);
		expect(listed.json).toMatchObject({ page: 1, total: 1 });
		expect(listed.json.items).toEqual([
			expect.objectContaining({
				id,
				name: 'Export do tabulky',
				prefix,
				revokedAt: null,
				expiresAt: null
			})
		]);
		expect(listed.text).not.toContain(token);

		const revoked = await callEndpoint(revokeToken, {
			url: `/api/v1/tokens/${id}`,
			method: 'DELETE',
			params: { id },
			actor: jana
		});
		expect(revoked.status).toBe(204);
		expect(await authenticateToken(token)).toBeNull();
		const history = await listHistory('auth.api-token', id);
		expect(history.map((h) => h.action)).toEqual(['revoke', 'create']);
	});

	it('accept an expiry date or instant and refuse one in the past', async () => {
		const date = await post(jana, { name: 'Do konce roku', expiresAt: '2099-12-31' });
		expect(date.status).toBe(201);
		const instant = await post(jana, { name: 'Krátký', expiresAt: '2099-01-01T10:00:00+01:00' });
		expect(instant.status).toBe(201);
		const past = await post(jana, { name: 'Starý', expiresAt: '2001-01-01' });
		expect(past.status).toBe(400);
		expect(past.json.errors).toEqual({
			expiresAt: ['Datum konce platnosti musí být v budoucnosti.']
		});
	});

	it('reject bad bodies with Czech field errors and keep the input names', async () => {
		const empty = await post(jana, {});
		expect(empty.status).toBe(400);
		expect(empty.json.errors).toEqual({ name: ['Toto pole je povinné.'] });
		const typo = await post(jana, { name: 'A', expires_at: '2099-01-01' });
		expect(typo.status).toBe(400);
		expect(typo.json.errors).toEqual({ _form: ['Neznámá pole: expires_at.'] });
		const blank = await post(jana, { name: '   ' });
		expect(blank.status).toBe(400);
		expect(blank.json.errors).toHaveProperty('name');
		const malformed = await post(jana, '{"name":');
		expect(malformed.status).toBe(400);
		expect(malformed.json.detail).toBe('Tělo požadavku není platný JSON.');
	});

	it("keep other people's tokens out of reach", async () => {
		const created = await post(petr, { name: 'Petrův' });
		const id = created.json.id as string;
		const del = (actor: Actor) =>
			callEndpoint(revokeToken, {
				url: `/api/v1/tokens/${id}`,
				method: 'DELETE',
				params: { id },
				actor
			});
		expect((await del(jana)).status).toBe(403);
		const janas = await callEndpoint(listTokens, {
			url: '/api/v1/tokens?per_page=100',
			actor: jana
		});
		expect((janas.json.items as { id: string }[]).map((t) => t.id)).not.toContain(id);
		expect((await del(admin)).status).toBe(204);
	});

	it('answer 404 (for an administrator) and 400 for unknown or malformed ids', async () => {
		const missing = 'a0e1b6d2-3c4f-4a5b-8c6d-7e8f9a0b1c2d';
		const notFound = await callEndpoint(revokeToken, {
			url: `/api/v1/tokens/${missing}`,
			method: 'DELETE',
			params: { id: missing },
			actor: admin
		});
		expect(notFound.status).toBe(404);
		const bad = await callEndpoint(revokeToken, {
			url: '/api/v1/tokens/xyz',
			method: 'DELETE',
			params: { id: 'xyz' },
			actor: jana
		});
		expect(bad.status).toBe(400);
	});

	it('never answer 500, whatever the body', async () => {
		const body = fc.oneof(
			fc.jsonValue().map((v) => JSON.stringify(v)),
			fc.string({ unit: 'binary' }),
			fc
				.record(
					{
						name: fc.oneof(fc.string({ unit: 'binary' }), fc.integer(), fc.constant(null)),
						expiresAt: fc.oneof(
							fc.string(),
							fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
							fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
							fc.integer()
						)
					},
					{ requiredKeys: [] }
				)
				.map((v) => JSON.stringify(v))
		);
		await fc.assert(
			fc.asyncProperty(body, async (raw) => {
				const res = await post(jana, raw);
				if (res.status === 201) return;
				expect(res.status).toBeGreaterThanOrEqual(400);
				expect(res.status).toBeLessThan(500);
				expect(res.headers.get('content-type')).toBe('application/problem+json');
				expect(res.json.status).toBe(res.status);
				expect(typeof res.json.detail).toBe('string');
			}),
			{ numRuns: 150 }
		);
	});
});
