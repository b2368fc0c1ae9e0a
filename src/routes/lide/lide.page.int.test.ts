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
let areaId: string, otherId: string, coordinator: Actor, plain: Actor;

beforeAll(async () => {
	areaId = (await createArea(systemActor('t'), { kind: 'orp', territory: 'orp:5105' })).id;
	otherId = (await createArea(systemActor('t'), { kind: 'orp', territory: 'orp:5104' })).id;
	coordinator = (await createTestUser({ grants: [{ role: 'coordinator', areaId }] })).actor;
	plain = (await createTestUser()).actor;
});

describe('/lide pages', () => {
	it('login redirect, 403 without an area or for another area', async () => {
		const anon = await call(list.load, fakeEvent({ url: 'http://localhost/lide' }).event);
		expect(anon.thrown).toMatchObject({ status: 303, location: '/prihlaseni?next=%2Flide' });
		expect(
			(await call(list.load, fakeEvent({ actor: plain, url: 'http://localhost/lide' }).event))
				.thrown
		).toBeInstanceOf(ForbiddenError);
		const foreign = await call(
			list.load,
			fakeEvent({ actor: coordinator, url: `http://localhost/lide?uzemi=${otherId}` }).event
		);
		expect(foreign.thrown).toBeInstanceOf(ForbiddenError);
		expect(
			(await call(create.actions.default, fakeEvent({ form: { areaId } }).event)).value
		).toMatchObject({ status: 401 });
	});

	it('creates a person with consent, lists by the default area, edits with a version', async () => {
		const form = {
			firstName: 'Jana',
			lastName: 'Urbanová',
			email: 'spatne',
			triadRole: 'poskytovatel',
			areaId,
			publishName: 'on'
		};
		const bad = await call(create.actions.default, fakeEvent({ actor: coordinator, form }).event);
		expect(bad.value).toMatchObject({
			status: 400,
			data: { values: form, errors: { email: [expect.stringContaining('e-mail')] } }
		});
		const foreign = await call(
			create.actions.default,
			fakeEvent({ actor: coordinator, form: { ...form, email: '', areaId: otherId } }).event
		);
		expect(foreign.value).toMatchObject({ status: 403 });
		const ok = await call(
			create.actions.default,
			fakeEvent({ actor: coordinator, form: { ...form, email: 'jana@liberec.cz' } }).event
		);
		const id = (ok.thrown as { location: string }).location.split('/').pop()!;
		const page = (
			await call(
				list.load,
				fakeEvent({ actor: coordinator, url: 'http://localhost/lide?q=urbanova' }).event
			)
		).value as { areaId: string; rows: { name: string; publishName: boolean }[] };
		expect(page.areaId).toBe(areaId);
		expect(page.rows).toEqual([
			expect.objectContaining({ name: 'Jana Urbanová', publishName: true })
		]);
		const view = (
			await call(
				detail.load,
				fakeEvent({ actor: coordinator, params: { id }, url: 'http://localhost/x' }).event
			)
		).value as { person: { consentAt: string | null }; canEdit: boolean };
		expect(view.person.consentAt).not.toBeNull();
		expect(view.canEdit).toBe(true);
		const saved = await call(
			detail.actions.default,
			fakeEvent({
				actor: coordinator,
				params: { id },
				form: {
					firstName: 'Jana',
					lastName: 'Urbanová',
					triadRole: 'zadavatel',
					areaId,
					version: '1'
				}
			}).event
		);
		expect(saved.thrown).toMatchObject({ status: 303 });
		const stale = await call(
			detail.actions.default,
			fakeEvent({
				actor: coordinator,
				params: { id },
				form: { firstName: 'X', lastName: 'Y', triadRole: 'zadavatel', areaId, version: '1' }
			}).event
		);
		expect(stale.value).toMatchObject({ status: 409 });
		expect(
			(
				await call(
					detail.load,
					fakeEvent({ actor: plain, params: { id }, url: 'http://localhost/x' }).event
				)
			).thrown
		).toBeInstanceOf(ForbiddenError);
	});
});
