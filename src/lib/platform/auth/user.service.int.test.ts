import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client.server.ts';
import { useTestDatabase } from '../db/testing.server.ts';
import { ANONYMOUS } from '../access/actor.ts';
import { listHistory } from '../audit/audit.server.ts';
import { outbox } from '../mail/mail.schema.ts';
import {
	ConflictError,
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '../http/errors.ts';
import { sessions, users } from './auth.schema.ts';
import { createUser, getUser, listUsers, loadActor, updateUser } from './user.service.server.ts';
import { createSession } from './session.service.server.ts';
import { createTestUser } from './testing.server.ts';

useTestDatabase();

const AREA = '11111111-1111-4111-8111-111111111111';

async function admin() {
	return createTestUser({ grants: [{ role: 'admin' }], name: 'Správce Testů' });
}

async function rejected(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected a rejection');
}

describe('createUser', () => {
	it('creates an account with an argon2id hash, grants, and a redacted history', async () => {
		const { actor } = await admin();
		const user = await createUser(actor, {
			email: '  Jana.Nova@Obec.CZ ',
			name: 'Jana Nová',
			password: 'dlouhé-heslo-1',
			grants: [{ role: 'coordinator', areaId: AREA }]
		});
		expect(user.email).toBe('jana.nova@obec.cz');
		expect(user.hasPassword).toBe(true);
		expect(user).not.toHaveProperty('passwordHash');
		expect(user.grants).toEqual([
			{ role: 'coordinator', areaId: AREA, bodyId: null, organisationId: null }
		]);
		const [row] = await db().select().from(users).where(eq(users.id, user.id));
		expect(row.passwordHash).toMatch(/^\$argon2id\$/);
		const history = await listHistory('auth.user', user.id);
		expect(history.map((h) => h.action).sort()).toEqual(['create', 'update']);
		const create = history.find((h) => h.action === 'create')!;
		expect(create.after?.passwordHash).toBe('***');
		expect(JSON.stringify(history)).not.toContain('argon2');
		const roles = history.find((h) => h.action === 'update')!;
		expect(roles.after).toEqual({ grants: [`Koordinátor KPSS – území ${AREA}`] });
		expect(create.actorLabel).toBe('Správce Testů');
	});

	it('mails a password-setting link when no password is given', async () => {
		const { actor } = await admin();
		const user = await createUser(
			actor,
			{ email: 'pozvany@obec.cz', name: 'Pozvaný' },
			{ origin: 'https://souhra.obec.cz' }
		);
		expect(user.hasPassword).toBe(false);
		const mails = await db().select().from(outbox).where(eq(outbox.to, 'pozvany@obec.cz'));
		expect(mails).toHaveLength(1);
		expect(mails[0].kind).toBe('auth.password-reset');
		expect(mails[0].text).toMatch(/https:\/\/souhra\.obec\.cz\/obnova-hesla\/[A-Za-z0-9_-]{43}/);
	});

	it('rejects bad input with Czech field messages (400)', async () => {
		const { actor } = await admin();
		const error = (await rejected(
			createUser(actor, {
				email: 'neni-email',
				name: '',
				password: 'kratke',
				grants: [{ role: 'coordinator' }]
			})
		)) as ValidationError;
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.status).toBe(400);
		expect(error.fields.email?.[0]).toMatch(/platnou e-mailovou adresu/);
		expect(error.fields.name?.[0]).toBe('Toto pole je povinné.');
		expect(error.fields.password?.[0]).toBe('Heslo musí mít alespoň 10 znaků.');
		expect(error.fields['grants.0.areaId']?.[0]).toMatch(/Vyberte území/);
	});

	it('refuses a password equal to the e-mail and a duplicate e-mail', async () => {
		const { actor } = await admin();
		const same = (await rejected(
			createUser(actor, { email: 'heslo@obec.cz', name: 'X', password: 'HESLO@obec.cz' })
		)) as ValidationError;
		expect(same.fields.password?.[0]).toMatch(/stejné jako e-mail/);
		await createUser(actor, { email: 'dvakrat@obec.cz', name: 'A', password: 'dlouhé-heslo-1' });
		const dup = (await rejected(
			createUser(actor, { email: 'DVAKRAT@obec.cz', name: 'B', password: 'dlouhé-heslo-1' })
		)) as ValidationError;
		expect(dup).toBeInstanceOf(ValidationError);
		expect(dup.fields.email?.[0]).toMatch(/už existuje/);
	});

	it('401 for the public, 403 for a non-admin', async () => {
		const { actor: coordinator } = await createTestUser({
			grants: [{ role: 'coordinator', areaId: AREA }]
		});
		const input = { email: 'x@obec.cz', name: 'X', password: 'dlouhé-heslo-1' };
		expect(await rejected(createUser(ANONYMOUS, input))).toBeInstanceOf(UnauthorizedError);
		expect(await rejected(createUser(coordinator, input))).toBeInstanceOf(ForbiddenError);
	});
});

describe('updateUser', () => {
	it('edits fields and grants, and records both in the history', async () => {
		const { actor } = await admin();
		const { user } = await createTestUser({ name: 'Původní' });
		const updated = await updateUser(actor, user.id, {
			name: 'Nové Jméno',
			email: user.email,
			isActive: true,
			locale: 'en',
			grants: [{ role: 'provider', organisationId: AREA }],
			version: user.version
		});
		expect(updated.name).toBe('Nové Jméno');
		expect(updated.version).toBe(user.version + 1);
		expect(updated.grants.map((g) => g.role)).toEqual(['provider']);
		const history = await listHistory('auth.user', user.id);
		const changes = history.filter((h) => h.action === 'update');
		expect(
			changes.some((h) => h.after?.name === 'Nové Jméno' && h.before?.name === 'Původní')
		).toBe(true);
		expect(changes.some((h) => JSON.stringify(h.after).includes('Poskytovatel'))).toBe(true);
	});

	it('a stale version is a conflict carrying the current values, without the hash', async () => {
		const { actor } = await admin();
		const { user } = await createTestUser({ name: 'Verze' });
		const base = { email: user.email, isActive: true, locale: 'cs', version: user.version };
		await updateUser(actor, user.id, { ...base, name: 'První' });
		const error = (await rejected(
			updateUser(actor, user.id, { ...base, name: 'Druhý' })
		)) as ConflictError;
		expect(error).toBeInstanceOf(ConflictError);
		expect(error.status).toBe(409);
		expect(error.current?.name).toBe('První');
		expect(error.current).not.toHaveProperty('passwordHash');
		expect((await getUser(actor, user.id)).name).toBe('První');
	});

	it('deactivation ends sessions; the last active admin cannot be removed', async () => {
		const { actor, user: me } = await admin();
		const { user } = await createTestUser();
		await createSession(user.id);
		await updateUser(actor, user.id, {
			name: user.name,
			email: user.email,
			isActive: false,
			locale: 'cs',
			version: user.version
		});
		expect(await db().select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
		expect(await loadActor(user.id)).toEqual({ kind: 'anonymous' });

		// Remove every other admin first, so `me` is the last one.
		const others = await listUsers(actor, { pageSize: 100 });
		for (const other of others.rows.filter(
			(u) => u.id !== me.id && u.isActive && u.grants.some((g) => g.role === 'admin')
		)) {
			await updateUser(actor, other.id, {
				name: other.name,
				email: other.email,
				isActive: false,
				locale: 'cs',
				version: other.version
			});
		}
		const error = (await rejected(
			updateUser(actor, me.id, {
				name: me.name,
				email: me.email,
				isActive: true,
				locale: 'cs',
				grants: [],
				version: me.version
			})
		)) as ValidationError;
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fields.grants?.[0]).toMatch(/alespoň jednoho aktivního správce/);
	});

	it('400 on bad input, 404 on an unknown id, 403 for a non-admin', async () => {
		const { actor } = await admin();
		const { user, actor: plain } = await createTestUser();
		const bad = (await rejected(
			updateUser(actor, user.id, {
				name: '',
				email: 'x',
				isActive: true,
				locale: 'de',
				version: 'a'
			})
		)) as ValidationError;
		expect(Object.keys(bad.fields).sort()).toEqual(['email', 'locale', 'name', 'version']);
		const ok = { name: 'A', email: 'a@b.cz', isActive: true, locale: 'cs', version: 1 };
		expect(
			await rejected(updateUser(actor, '00000000-0000-4000-8000-000000000000', ok))
		).toBeInstanceOf(NotFoundError);
		expect(await rejected(updateUser(plain, user.id, ok))).toBeInstanceOf(ForbiddenError);
	});
});

describe('getUser and listUsers', () => {
	it('a user may read themselves but not others', async () => {
		const { user, actor } = await createTestUser();
		const { user: other } = await createTestUser();
		expect((await getUser(actor, user.id)).id).toBe(user.id);
		expect(await rejected(getUser(actor, other.id))).toBeInstanceOf(ForbiddenError);
		expect(await rejected(getUser(ANONYMOUS, user.id))).toBeInstanceOf(UnauthorizedError);
	});

	it('paginates, searches without accents and sorts', async () => {
		const { actor } = await admin();
		await createTestUser({ name: 'Žofie Šťastná', email: 'zofie@hledani.cz' });
		await createTestUser({ name: 'Adam Čermák', email: 'adam@hledani.cz' });
		await createTestUser({ name: 'Bohdan Řezníček', email: 'bohdan@hledani.cz' });
		const found = await listUsers(actor, { q: 'stastna' });
		expect(found.rows.map((r) => r.email)).toEqual(['zofie@hledani.cz']);
		const byMail = await listUsers(actor, { q: '@hledani.cz', sort: '-email' });
		expect(byMail.rows.map((r) => r.email)).toEqual([
			'zofie@hledani.cz',
			'bohdan@hledani.cz',
			'adam@hledani.cz'
		]);
		expect(byMail.total).toBe(3);
		const page2 = await listUsers(actor, { q: 'hledani', pageSize: 2, page: 2, sort: 'email' });
		expect(page2.rows.map((r) => r.email)).toEqual(['zofie@hledani.cz']);
		expect(page2.total).toBe(3);
		// Wildcards are literal.
		expect((await listUsers(actor, { q: '%' })).total).toBe(0);
		// Junk paging falls back to defaults rather than failing.
		expect((await listUsers(actor, { page: 'x', pageSize: '-5', sort: 'nope' })).page).toBe(1);
	});

	it('listUsers is for administrators only', async () => {
		const { actor } = await createTestUser();
		expect(await rejected(listUsers(actor, {}))).toBeInstanceOf(ForbiddenError);
		expect(await rejected(listUsers(ANONYMOUS, {}))).toBeInstanceOf(UnauthorizedError);
	});
});
