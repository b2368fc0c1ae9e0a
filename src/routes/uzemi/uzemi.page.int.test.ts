import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ForbiddenError, NotFoundError } from '#lib/platform/http/errors.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { systemActor, type Actor } from '#lib/platform/access/actor.ts';
import { createArea, createBody, listMunicipalities } from '#lib/modules/organisation/index.ts';
import * as list from './+page.server.ts';
import * as detail from './[id]/+page.server.ts';
import * as create from './nove/+page.server.ts';
import * as edit from './[id]/upravit/+page.server.ts';
import * as newBody from './[id]/skupiny/nova/+page.server.ts';

useTestDatabase();

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, event: unknown) => outcome(() => (fn as Loose)(event));
let areaId: string, admin: Actor, coordinator: Actor, member: Actor;

beforeAll(async () => {
	const orp = await createArea(systemActor('t'), { kind: 'orp', territory: 'orp:5105' });
	areaId = orp.id;
	await createBody(systemActor('t'), {
		areaId,
		kind: 'steering_group',
		name: 'Řídící skupina',
		code: 'ŘS'
	});
	admin = (await createTestUser({ grants: [{ role: 'admin' }] })).actor;
	coordinator = (await createTestUser({ grants: [{ role: 'coordinator', areaId }] })).actor;
	member = (await createTestUser({ grants: [{ role: 'member', bodyId: areaId }] })).actor;
});

describe('/uzemi pages', () => {
	it('the list and the detail are public; a bad id is a 404', async () => {
		const page = (
			await call(list.load, fakeEvent({ url: 'http://localhost/uzemi?druh=orp' }).event)
		).value as { rows: { name: string; bodyCount: number }[]; canCreate: boolean };
		expect(page.rows).toEqual([expect.objectContaining({ name: 'ORP Liberec', bodyCount: 1 })]);
		expect(page.canCreate).toBe(false);
		const one = (
			await call(
				detail.load,
				fakeEvent({ params: { id: areaId }, url: `http://localhost/uzemi/${areaId}` }).event
			)
		).value as { bodyGroups: { heading: string }[]; canBodies: boolean; history: unknown[] };
		expect(one.bodyGroups.map((g) => g.heading)).toEqual(['Řídící skupina']);
		expect(one.canBodies).toBe(false);
		const missing = await call(detail.load, fakeEvent({ params: { id: 'x' } }).event);
		expect(missing.thrown).toBeInstanceOf(NotFoundError);
	});

	it('new area: login redirect, 403 for coordinators, 400 keeps input, 303 for admins', async () => {
		const anon = await call(create.load, fakeEvent({ url: 'http://localhost/uzemi/nove' }).event);
		expect(anon.thrown).toMatchObject({
			status: 303,
			location: '/prihlaseni?next=%2Fuzemi%2Fnove'
		});
		const denied = await call(
			create.load,
			fakeEvent({ actor: coordinator, url: 'http://localhost/uzemi/nove' }).event
		);
		expect(denied.thrown).toBeInstanceOf(ForbiddenError);
		expect(
			(await call(create.actions.default, fakeEvent({ form: { kind: 'kraj' } }).event)).value
		).toMatchObject({ status: 401 });
		const bad = await call(
			create.actions.default,
			fakeEvent({ actor: admin, form: { kind: 'obec', name: 'Hodkovice', code: '1' } }).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: {
				values: { name: 'Hodkovice' },
				errors: { code: [expect.stringContaining('6 číslic')] }
			}
		});
		const ok = await call(
			create.actions.default,
			fakeEvent({
				actor: admin,
				form: { kind: 'obec', name: 'Hodkovice', code: '563714', parentId: areaId }
			}).event
		);
		expect(ok.thrown).toMatchObject({
			status: 303,
			location: expect.stringMatching(/^\/uzemi\/[0-9a-f-]{36}$/)
		});
	});

	it('edit: 403 for coordinators, stale version is a 409 with the current row', async () => {
		const denied = await call(
			edit.load,
			fakeEvent({ actor: coordinator, params: { id: areaId }, url: 'http://localhost/x' }).event
		);
		expect(denied.thrown).toBeInstanceOf(ForbiddenError);
		const saved = await call(
			edit.actions.default,
			fakeEvent({
				actor: admin,
				params: { id: areaId },
				form: { name: 'ORP Liberec', description: 'Popis', version: '1' }
			}).event
		);
		expect(saved.thrown).toMatchObject({ status: 303 });
		const stale = await call(
			edit.actions.default,
			fakeEvent({ actor: admin, params: { id: areaId }, form: { name: 'Jinak', version: '1' } })
				.event
		);
		expect(stale.value).toMatchObject({
			status: 409,
			data: { current: expect.objectContaining({ description: 'Popis' }) }
		});
	});

	it('municipalities: 401/403, 400 with Czech message and kept input, 303 on success', async () => {
		const form = { name: 'Liberec', code: '563889' };
		expect(
			(
				await call(
					detail.actions.addMunicipality,
					fakeEvent({ params: { id: areaId }, form }).event
				)
			).value
		).toMatchObject({ status: 401 });
		expect(
			(
				await call(
					detail.actions.addMunicipality,
					fakeEvent({ actor: member, params: { id: areaId }, form }).event
				)
			).value
		).toMatchObject({ status: 403 });
		const bad = await call(
			detail.actions.addMunicipality,
			fakeEvent({
				actor: coordinator,
				params: { id: areaId },
				form: { name: 'Liberec', code: '12' }
			}).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: { values: { name: 'Liberec', action: 'addMunicipality' } }
		});
		const ok = await call(
			detail.actions.addMunicipality,
			fakeEvent({ actor: coordinator, params: { id: areaId }, form }).event
		);
		expect(ok.thrown).toMatchObject({ status: 303, location: `/uzemi/${areaId}#obce` });
		const [town] = await listMunicipalities(areaId);
		const removed = await call(
			detail.actions.removeMunicipality,
			fakeEvent({ actor: coordinator, params: { id: areaId }, form: { id: town.id } }).event
		);
		expect(removed.thrown).toMatchObject({ status: 303 });
		expect(await listMunicipalities(areaId)).toEqual([]);
	});

	it('new group: 403 for members, 400 with statute errors, 303 to the group page', async () => {
		const denied = await call(
			newBody.load,
			fakeEvent({ actor: member, params: { id: areaId }, url: 'http://localhost/x' }).event
		);
		expect(denied.thrown).toBeInstanceOf(ForbiddenError);
		const form = {
			kind: 'working_group',
			name: 'Pracovní skupina Bydlení',
			code: 'PS-BYD',
			invitationLeadDays: '7',
			agendaProposalDays: '10',
			excuseDays: '0',
			quorumPercent: '50'
		};
		const bad = await call(
			newBody.actions.default,
			fakeEvent({ actor: coordinator, params: { id: areaId }, form }).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: {
				values: { name: 'Pracovní skupina Bydlení' },
				errors: { agendaProposalDays: [expect.stringContaining('pozvánky')] }
			}
		});
		const ok = await call(
			newBody.actions.default,
			fakeEvent({
				actor: coordinator,
				params: { id: areaId },
				form: { ...form, agendaProposalDays: '3', noMeetingMonths: ['7', '8'] }
			}).event
		);
		expect(ok.thrown).toMatchObject({
			status: 303,
			location: expect.stringMatching(/^\/skupiny\//)
		});
	});
});
