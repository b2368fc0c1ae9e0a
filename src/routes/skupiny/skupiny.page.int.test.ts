import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ForbiddenError, NotFoundError } from '#lib/platform/http/errors.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { systemActor, type Actor } from '#lib/platform/access/actor.ts';
import {
	addMembership,
	createArea,
	createBody,
	createPerson,
	listMemberships
} from '#lib/modules/organisation/index.ts';
import * as page from './[id]/+page.server.ts';
import * as edit from './[id]/upravit/+page.server.ts';
import * as members from './[id]/clenove/+page.server.ts';
import * as membership from './[id]/clenove/[clenstvi]/+page.server.ts';

useTestDatabase();

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, event: unknown) => outcome(() => (fn as Loose)(event));
const sys = systemActor('t');
let bodyId: string, coordinator: Actor, manager: Actor, plain: Actor, anna: string, ben: string;

beforeAll(async () => {
	const area = await createArea(sys, { kind: 'orp', territory: 'orp:5105' });
	const body = await createBody(sys, {
		areaId: area.id,
		kind: 'working_group',
		name: 'PS Bydlení',
		code: 'BYD',
		maxMonthsBetweenMeetings: 2
	});
	bodyId = body.id;
	coordinator = (await createTestUser({ grants: [{ role: 'coordinator', areaId: area.id }] }))
		.actor;
	manager = (await createTestUser({ grants: [{ role: 'manager', bodyId }] })).actor;
	plain = (await createTestUser()).actor;
	anna = (
		await createPerson(sys, {
			firstName: 'Anna',
			lastName: 'Veřejná',
			triadRole: 'poskytovatel',
			publishName: true,
			areaId: area.id
		})
	).id;
	ben = (
		await createPerson(sys, {
			firstName: 'Ben',
			lastName: 'Skrytý',
			position: 'zástupce uživatelů',
			triadRole: 'uzivatel',
			areaId: area.id
		})
	).id;
	await addMembership(sys, { bodyId, personId: anna, role: 'vedouci', validFrom: '2020-01-01' });
});

describe('/skupiny pages', () => {
	it('the public page shows statute sentences, the leader and hides names without consent', async () => {
		await addMembership(sys, { bodyId, personId: ben, role: 'clen', validFrom: '2020-01-01' });
		const pub = (await call(page.load, fakeEvent({ params: { id: bodyId } }).event)).value as {
			statute: string[];
			leaders: { name: string }[];
			members: { name: string; personId: string | null }[];
			counts: unknown[];
			canEdit: boolean;
		};
		expect(pub.statute[0]).toBe('Skupina se schází alespoň jednou za 2 měsíce.');
		expect(pub.leaders.map((l) => l.name)).toEqual(['Anna Veřejná']);
		expect(pub.members.map((r) => r.name)).toEqual(['Anna Veřejná', 'zástupce uživatelů']);
		expect(pub.members.every((r) => r.personId === null)).toBe(true);
		expect(pub.counts).toHaveLength(12);
		expect(pub.canEdit).toBe(false);
		const coord = (
			await call(page.load, fakeEvent({ actor: coordinator, params: { id: bodyId } }).event)
		).value as { members: { name: string }[]; canEdit: boolean };
		expect(coord.members.map((r) => r.name)).toContain('Ben Skrytý');
		expect(coord.canEdit).toBe(true);
		expect(
			(await call(page.load, fakeEvent({ params: { id: 'abc' } }).event)).thrown
		).toBeInstanceOf(NotFoundError);
	});

	it('edit: redirect anonymous, 403 for managers, 400 keeps input, 409 on a stale version', async () => {
		const anon = await call(
			edit.load,
			fakeEvent({ params: { id: bodyId }, url: `http://localhost/skupiny/${bodyId}/upravit` }).event
		);
		expect(anon.thrown).toMatchObject({ status: 303 });
		expect(
			(
				await call(
					edit.load,
					fakeEvent({ actor: manager, params: { id: bodyId }, url: 'http://localhost/x' }).event
				)
			).thrown
		).toBeInstanceOf(ForbiddenError);
		const form = {
			kind: 'working_group',
			name: 'PS Bydlení',
			code: 'BYD',
			invitationLeadDays: '7',
			agendaProposalDays: '3',
			excuseDays: '0',
			quorumPercent: '50',
			version: '1'
		};
		expect(
			(await call(edit.actions.default, fakeEvent({ params: { id: bodyId }, form }).event)).value
		).toMatchObject({ status: 401 });
		const bad = await call(
			edit.actions.default,
			fakeEvent({
				actor: coordinator,
				params: { id: bodyId },
				form: { ...form, quorumPercent: '0' }
			}).event
		);
		expect(bad.value).toMatchObject({
			status: 400,
			data: { errors: { quorumPercent: ['Hodnota musí být alespoň 1.'] } }
		});
		const ok = await call(
			edit.actions.default,
			fakeEvent({
				actor: coordinator,
				params: { id: bodyId },
				form: { ...form, minMeetingsPerYear: '6' }
			}).event
		);
		expect(ok.thrown).toMatchObject({ status: 303, location: `/skupiny/${bodyId}` });
		const stale = await call(
			edit.actions.default,
			fakeEvent({ actor: coordinator, params: { id: bodyId }, form }).event
		);
		expect(stale.value).toMatchObject({ status: 409 });
		const history = (
			await call(
				edit.load,
				fakeEvent({ actor: coordinator, params: { id: bodyId }, url: 'http://localhost/x' }).event
			)
		).value as { history: { changes: { field: string }[] }[] };
		expect(history.history[0].changes.map((c) => c.field)).toContain('minMeetingsPerYear');
	});

	it('members: 403 for others, the manager adds a member, overlaps are a Czech 400', async () => {
		expect(
			(
				await call(
					members.load,
					fakeEvent({ actor: plain, params: { id: bodyId }, url: 'http://localhost/x' }).event
				)
			).thrown
		).toBeInstanceOf(ForbiddenError);
		const view = (
			await call(
				members.load,
				fakeEvent({ actor: manager, params: { id: bodyId }, url: 'http://localhost/x' }).event
			)
		).value as { personOptions: unknown[]; rows: unknown[] };
		expect(view.personOptions).toHaveLength(2);
		const form = { personId: anna, role: 'clen', validFrom: '2024-01-01' };
		expect(
			(await call(members.actions.default, fakeEvent({ params: { id: bodyId }, form }).event)).value
		).toMatchObject({ status: 401 });
		expect(
			(
				await call(
					members.actions.default,
					fakeEvent({ actor: plain, params: { id: bodyId }, form }).event
				)
			).value
		).toMatchObject({ status: 403 });
		const overlap = await call(
			members.actions.default,
			fakeEvent({ actor: manager, params: { id: bodyId }, form }).event
		);
		expect(overlap.value).toMatchObject({
			status: 400,
			data: { values: form, errors: { personId: [expect.stringContaining('překrývajícím')] } }
		});
		const badDate = await call(
			members.actions.default,
			fakeEvent({
				actor: manager,
				params: { id: bodyId },
				form: { ...form, validTo: '2023-01-01' }
			}).event
		);
		expect(badDate.value).toMatchObject({
			status: 400,
			data: { errors: { validTo: ['Konec členství nemůže být před jeho začátkem.'] } }
		});
	});

	it('one membership: edit the role, end it, wrong group is a 404', async () => {
		const [row] = (await listMemberships(coordinator, bodyId)).filter((r) => r.personId === anna);
		const params = { id: bodyId, clenstvi: row.id };
		const saved = await call(
			membership.actions.save,
			fakeEvent({
				actor: coordinator,
				params,
				form: { role: 'zastupce', validFrom: '2020-01-01', version: '1' }
			}).event
		);
		expect(saved.thrown).toMatchObject({ status: 303 });
		const ended = await call(
			membership.actions.end,
			fakeEvent({ actor: coordinator, params, form: { validTo: '2019-12-31', version: '2' } }).event
		);
		expect(ended.value).toMatchObject({ status: 400, data: { values: { action: 'end' } } });
		const ok = await call(
			membership.actions.end,
			fakeEvent({ actor: coordinator, params, form: { validTo: '2024-12-31', version: '2' } }).event
		);
		expect(ok.thrown).toMatchObject({ status: 303, location: `/skupiny/${bodyId}/clenove` });
		const other = await call(
			membership.load,
			fakeEvent({
				actor: coordinator,
				params: { id: ben, clenstvi: row.id },
				url: 'http://localhost/x'
			}).event
		);
		expect(other.thrown).toBeInstanceOf(NotFoundError);
	});
});
