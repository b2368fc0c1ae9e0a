import { describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { overrideEnv } from '#lib/platform/config/env.server.ts';
import { outbox } from '#lib/platform/mail/mail.schema.ts';
import { createTestUser, TEST_PASSWORD } from '#lib/platform/auth/testing.server.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { safeNext } from '#lib/platform/auth/auth.form.server.ts';
import { SESSION_COOKIE } from '#lib/platform/auth/session.cookie.server.ts';
import * as login from './+page.server.ts';
import * as logout from '../odhlaseni/+page.server.ts';
import * as forgot from '../zapomenute-heslo/+page.server.ts';
import * as reset from '../obnova-hesla/[token]/+page.server.ts';
import * as profile from '../profil/+page.server.ts';

useTestDatabase();
overrideEnv({ LOGIN_MAX_ATTEMPTS: '2' });

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, event: unknown) => outcome(() => (fn as Loose)(event));

describe('login, logout, reset and profile routes', () => {
	it('safeNext only allows paths on this site', () => {
		expect(safeNext('/sprava/uzivatele?q=a#x')).toBe('/sprava/uzivatele?q=a#x');
		for (const bad of [
			'//evil.example',
			'/\\evil.example',
			'https://evil.example',
			'javascript:alert(1)',
			'',
			null,
			'/\u0000x'
		]) {
			expect(safeNext(bad)).toBe('/');
		}
	});

	it('login: 400 with the e-mail kept, 303 to next with a session cookie, 429 after the limit', async () => {
		await createTestUser({ email: 'routa@obec.cz' });
		const wrong = await call(
			login.actions.default,
			fakeEvent({ form: { email: 'routa@obec.cz', password: 'spatne-heslo' } }).event
		);
		expect(wrong.value).toMatchObject({
			status: 400,
			data: { message: 'Nesprávný e-mail nebo heslo.', values: { email: 'routa@obec.cz' } }
		});
		expect((wrong.value as { data: { values: object } }).data.values).not.toHaveProperty(
			'password'
		);

		const { event, jar } = fakeEvent({
			form: { email: 'routa@obec.cz', password: TEST_PASSWORD, next: '//evil.example' }
		});
		const ok = await call(login.actions.default, event);
		expect(ok.thrown).toMatchObject({ status: 303, location: '/' });
		expect(jar.get(SESSION_COOKIE)).toMatch(/^[A-Za-z0-9_-]{43}$/);

		const next = await call(
			login.actions.default,
			fakeEvent({ form: { email: 'routa@obec.cz', password: TEST_PASSWORD, next: '/profil' } })
				.event
		);
		expect(next.thrown).toMatchObject({ status: 303, location: '/profil' });

		await call(
			login.actions.default,
			fakeEvent({ form: { email: 'routa@obec.cz', password: 'x1' } }).event
		);
		await call(
			login.actions.default,
			fakeEvent({ form: { email: 'routa@obec.cz', password: 'x2' } }).event
		);
		const limited = await call(
			login.actions.default,
			fakeEvent({ form: { email: 'routa@obec.cz', password: TEST_PASSWORD } }).event
		);
		expect(limited.value).toMatchObject({
			status: 429,
			data: { message: expect.stringMatching(/Zkuste to prosím znovu za/) }
		});
	});

	it('logout deletes the session and redirects home', async () => {
		const { event } = fakeEvent({ form: {}, sessionId: 'neexistujici' });
		const out = await call(logout.actions.default, event);
		expect(out.thrown).toMatchObject({ status: 303, location: '/' });
	});

	it('forgot + reset: same answer, link works once, bad passwords are 400', async () => {
		await createTestUser({ email: 'zapomnel@obec.cz' });
		const invalid = await call(forgot.actions.default, fakeEvent({ form: { email: 'x' } }).event);
		expect(invalid.value).toMatchObject({ status: 400 });
		for (const email of ['zapomnel@obec.cz', 'nikdo@obec.cz']) {
			const sent = await call(
				forgot.actions.default,
				fakeEvent({ form: { email }, url: 'http://localhost:5101/zapomenute-heslo' }).event
			);
			expect(sent.value).toEqual({ sent: true });
		}
		const [mail] = await db()
			.select()
			.from(outbox)
			.where(eq(outbox.to, 'zapomnel@obec.cz'))
			.orderBy(desc(outbox.createdAt));
		const token = /http:\/\/localhost:5101\/obnova-hesla\/([\w-]+)/.exec(mail.text)![1];

		const page = await call(reset.load, fakeEvent({ params: { token } }).event);
		expect(page.value).toMatchObject({ email: 'zapomnel@obec.cz', invalid: null });
		const short = await call(
			reset.actions.default,
			fakeEvent({ params: { token }, form: { password: 'kratke', passwordConfirm: 'kratke' } })
				.event
		);
		expect(short.value).toMatchObject({
			status: 400,
			data: { errors: { password: ['Heslo musí mít alespoň 10 znaků.'] } }
		});
		const ok = await call(
			reset.actions.default,
			fakeEvent({
				params: { token },
				form: { password: 'nove-heslo-42', passwordConfirm: 'nove-heslo-42' }
			}).event
		);
		expect(ok.thrown).toMatchObject({ status: 303, location: '/prihlaseni' });
		const again = await call(
			reset.actions.default,
			fakeEvent({
				params: { token },
				form: { password: 'nove-heslo-43', passwordConfirm: 'nove-heslo-43' }
			}).event
		);
		expect(again.value).toEqual({ invalid: 'used' });
		expect((await call(reset.load, fakeEvent({ params: { token } }).event)).value).toMatchObject({
			invalid: 'used'
		});
	});

	it('profile: anonymous → login page, token created once, 400 on bad input, 401 on actions', async () => {
		const anon = await call(profile.load, fakeEvent({ url: 'http://localhost/profil' }).event);
		expect(anon.thrown).toMatchObject({ status: 303, location: '/prihlaseni?next=%2Fprofil' });
		expect(
			(await call(profile.actions.createToken, fakeEvent({ form: { tokenName: 'x' } }).event)).value
		).toMatchObject({ status: 401 });
		expect(
			(await call(profile.actions.password, fakeEvent({ form: {} }).event)).value
		).toMatchObject({ status: 401 });

		const { actor } = await createTestUser();
		const created = await call(
			profile.actions.createToken,
			fakeEvent({ actor, form: { tokenName: 'Skript', expiresAt: '' } }).event
		);
		expect(created.value).toMatchObject({
			createdToken: expect.stringMatching(/^souhra_/),
			createdName: 'Skript'
		});
		const bad = await call(
			profile.actions.createToken,
			fakeEvent({ actor, form: { tokenName: '', expiresAt: '2001-01-01' } }).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: { errors: { tokenName: [expect.any(String)], expiresAt: [expect.any(String)] } }
		});
		const data = (
			await call(profile.load, fakeEvent({ actor, url: 'http://localhost/profil' }).event)
		).value as { tokens: { state: string }[] };
		expect(data.tokens).toEqual([
			expect.objectContaining({ name: 'Skript', state: 'active', lastUsed: null })
		]);
		const badProfile = await call(
			profile.actions.profile,
			fakeEvent({ actor, form: { name: '', locale: 'cs', version: '1' } }).event
		);
		expect(badProfile.value).toMatchObject({ status: 400, data: { values: { form: 'profile' } } });
	});
});
