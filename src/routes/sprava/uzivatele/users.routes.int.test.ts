import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ForbiddenError } from '#lib/platform/http/errors.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { getUser } from '#lib/platform/auth/user.service.server.ts';
import * as list from './+page.server.ts';
import * as create from './novy/+page.server.ts';
import * as edit from './[id]/+page.server.ts';

useTestDatabase();

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, event: unknown) => outcome(() => (fn as Loose)(event));

describe('/sprava/uzivatele routes', () => {
	it('anonymous visitors are sent to the login page, members get 403', async () => {
		const anon = await call(
			list.load,
			fakeEvent({ url: 'http://localhost/sprava/uzivatele' }).event
		);
		expect(anon.thrown).toMatchObject({
			status: 303,
			location: '/prihlaseni?next=%2Fsprava%2Fuzivatele'
		});
		const { actor } = await createTestUser({
			grants: [{ role: 'member', bodyId: '33333333-3333-4333-8333-333333333333' }]
		});
		const member = await call(
			list.load,
			fakeEvent({ actor, url: 'http://localhost/sprava/uzivatele' }).event
		);
		expect(member.thrown).toBeInstanceOf(ForbiddenError);
		const newPage = await call(
			create.load,
			fakeEvent({ actor, url: 'http://localhost/sprava/uzivatele/novy' }).event
		);
		expect(newPage.thrown).toBeInstanceOf(ForbiddenError);
	});

	it('create action: 401 anonymous, 403 non-admin, 400 with kept input, 303 on success', async () => {
		const form = {
			name: 'Nová Osoba',
			email: 'nova@obec.cz',
			passwordMode: 'set',
			password: 'dlouhe-heslo-1'
		};
		const anon = await call(create.actions.default, fakeEvent({ form }).event);
		expect(anon.value).toMatchObject({ status: 401 });
		const { actor: plain } = await createTestUser();
		expect(
			(await call(create.actions.default, fakeEvent({ actor: plain, form }).event)).value
		).toMatchObject({ status: 403 });

		const { actor: admin } = await createTestUser({ grants: [{ role: 'admin' }] });
		const bad = await call(
			create.actions.default,
			fakeEvent({ actor: admin, form: { ...form, email: 'spatne', role: 'coordinator' } }).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: {
				values: { name: 'Nová Osoba', email: 'spatne' },
				errors: { email: [expect.any(String)], areaId: [expect.stringMatching(/Vyberte území/)] }
			}
		});
		expect((bad.value as { data: { values: object } }).data.values).not.toHaveProperty('password');
		const noPassword = await call(
			create.actions.default,
			fakeEvent({ actor: admin, form: { ...form, password: '' } }).event
		);
		expect(noPassword.value).toMatchObject({
			status: 400,
			data: { errors: { password: [expect.stringMatching(/počáteční heslo/)] } }
		});

		const ok = await call(
			create.actions.default,
			fakeEvent({ actor: admin, form, url: 'http://localhost/sprava/uzivatele/novy' }).event
		);
		expect(ok.thrown).toMatchObject({
			status: 303,
			location: expect.stringMatching(/^\/sprava\/uzivatele\/[0-9a-f-]{36}$/)
		});
	});

	it('edit: save keeps grants from checkboxes, stale version is a 409 with current values', async () => {
		const { actor: admin } = await createTestUser({ grants: [{ role: 'admin' }] });
		const { user } = await createTestUser({
			name: 'Upravovaný',
			grants: [{ role: 'provider', organisationId: '44444444-4444-4444-8444-444444444444' }]
		});
		const page = (
			await call(
				edit.load,
				fakeEvent({
					actor: admin,
					params: { id: user.id },
					url: `http://localhost/sprava/uzivatele/${user.id}`
				}).event
			)
		).value as {
			grants: { key: string }[];
			history: unknown[];
		};
		expect(page.grants).toHaveLength(1);
		expect(page.history.length).toBeGreaterThan(0);
		const form = {
			name: 'Upravený',
			email: user.email,
			locale: 'cs',
			isActive: 'true',
			version: String(user.version),
			keepGrant: page.grants[0].key,
			role: 'admin'
		};
		const saved = await call(
			edit.actions.save,
			fakeEvent({ actor: admin, params: { id: user.id }, form }).event
		);
		expect(saved.thrown).toMatchObject({ status: 303 });
		const after = await getUser(admin, user.id);
		expect(after.grants.map((g) => g.role).sort()).toEqual(['admin', 'provider']);
		const stale = await call(
			edit.actions.save,
			fakeEvent({ actor: admin, params: { id: user.id }, form: { ...form, name: 'Pozdě' } }).event
		);
		expect(stale.value).toMatchObject({ status: 409, data: { current: { name: 'Upravený' } } });

		const { actor: plain } = await createTestUser();
		expect(
			(
				await call(
					edit.actions.save,
					fakeEvent({ actor: plain, params: { id: user.id }, form }).event
				)
			).value
		).toMatchObject({ status: 403 });
		expect(
			(await call(edit.load, fakeEvent({ actor: plain, params: { id: user.id } }).event)).thrown
		).toBeInstanceOf(ForbiddenError);
	});
});
