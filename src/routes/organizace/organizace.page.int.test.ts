import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ForbiddenError } from '#lib/platform/http/errors.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { systemActor, type Actor } from '#lib/platform/access/actor.ts';
import { createArea } from '#lib/modules/organisation/index.ts';
import * as list from './+page.server.ts';
import * as create from './nova/+page.server.ts';
import * as detail from './[id]/+page.server.ts';

useTestDatabase();

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, event: unknown) => outcome(() => (fn as Loose)(event));
let coordinator: Actor, plain: Actor;

beforeAll(async () => {
	const area = await createArea(systemActor('t'), { kind: 'orp', territory: 'orp:5105' });
	coordinator = (await createTestUser({ grants: [{ role: 'coordinator', areaId: area.id }] }))
		.actor;
	plain = (await createTestUser()).actor;
});

describe('/organizace pages', () => {
	it('login redirect for the public, 403 for creating without the coordinator role', async () => {
		const anon = await call(list.load, fakeEvent({ url: 'http://localhost/organizace' }).event);
		expect(anon.thrown).toMatchObject({ status: 303, location: '/prihlaseni?next=%2Forganizace' });
		expect(
			(
				await call(
					create.load,
					fakeEvent({ actor: plain, url: 'http://localhost/organizace/nova' }).event
				)
			).thrown
		).toBeInstanceOf(ForbiddenError);
		const form = { name: 'Domov', type: 'poskytovatel' };
		expect((await call(create.actions.default, fakeEvent({ form }).event)).value).toMatchObject({
			status: 401
		});
		expect(
			(await call(create.actions.default, fakeEvent({ actor: plain, form }).event)).value
		).toMatchObject({ status: 403 });
	});

	it('create with a bad IČO keeps input; then list, sort, edit with a version and history', async () => {
		const form = {
			name: 'Statutární město Liberec',
			ico: '00262979',
			type: 'obec',
			city: 'Liberec'
		};
		const bad = await call(create.actions.default, fakeEvent({ actor: coordinator, form }).event);
		expect(bad.value).toMatchObject({
			status: 400,
			data: {
				values: form,
				errors: { ico: ['IČO musí mít 8 číslic a platnou kontrolní číslici.'] }
			}
		});
		const ok = await call(
			create.actions.default,
			fakeEvent({ actor: coordinator, form: { ...form, ico: '00262978' } }).event
		);
		const location = (ok.thrown as { location: string }).location;
		const id = location.split('/').pop()!;
		const page = (
			await call(
				list.load,
				fakeEvent({
					actor: plain,
					url: 'http://localhost/organizace?q=liberec&razeni=ico&smer=desc'
				}).event
			)
		).value as { rows: { name: string }[]; sort: string; dir: string; canCreate: boolean };
		expect(page).toMatchObject({
			sort: 'ico',
			dir: 'desc',
			canCreate: false,
			rows: [{ name: form.name }]
		});
		const view = (
			await call(
				detail.load,
				fakeEvent({ actor: coordinator, params: { id }, url: 'http://localhost/x' }).event
			)
		).value as { org: { areaName: string; version: number }; history: unknown[]; canEdit: boolean };
		expect(view.org.areaName).toBe('ORP Liberec');
		expect(view.canEdit).toBe(true);
		expect(view.history).toHaveLength(1);
		const saved = await call(
			detail.actions.default,
			fakeEvent({
				actor: coordinator,
				params: { id },
				form: { ...form, ico: '00262978', phone: '485 243 111', version: '1' }
			}).event
		);
		expect(saved.thrown).toMatchObject({ status: 303, location });
		const stale = await call(
			detail.actions.default,
			fakeEvent({
				actor: coordinator,
				params: { id },
				form: { ...form, ico: '00262978', version: '1' }
			}).event
		);
		expect(stale.value).toMatchObject({ status: 409 });
		const denied = await call(
			detail.actions.default,
			fakeEvent({ actor: plain, params: { id }, form: { ...form, version: '2' } }).event
		);
		expect(denied.value).toMatchObject({ status: 403 });
	});
});
