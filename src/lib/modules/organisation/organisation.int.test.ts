import { describe, expect, it, beforeAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { ANONYMOUS, systemActor, type Actor, type RoleGrant } from '#lib/platform/access/actor.ts';
import {
	ConflictError,
	ForbiddenError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { areas } from './area.schema.ts';
import {
	createOrganisation,
	listOrganisations,
	updateOrganisation
} from './organisation.service.server.ts';
import { createPerson, shortName } from './person.service.server.ts';
import { createBody, listBodies, updateBody } from './body.service.server.ts';
import { addMembership, listMembers, memberCountByMonth } from './membership.service.server.ts';

useTestDatabase();

const user = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Test',
	email: 't@x.cz',
	grants
});
let kraj: string, orp: string, other: string;

beforeAll(async () => {
	const rows = await db()
		.insert(areas)
		.values([
			{ kind: 'kraj', name: 'Liberecký kraj', code: '78' },
			{ kind: 'kraj', name: 'Zlínský kraj', code: '141' }
		])
		.returning();
	kraj = rows[0].id;
	other = rows[1].id;
	const [o] = await db()
		.insert(areas)
		.values({ kind: 'orp', name: 'ORP Liberec', code: '5105', parentId: kraj })
		.returning();
	orp = o.id;
});

const validIco = '00262978';

describe('organisations', () => {
	it('validates IČO and refuses a duplicate with a Czech message', async () => {
		const coordinator = user({ role: 'coordinator', areaId: orp });
		await expect(
			createOrganisation(coordinator, {
				name: 'Statutární město Liberec',
				ico: '00262979',
				type: 'obec'
			})
		).rejects.toMatchObject({
			fields: { ico: ['IČO musí mít 8 číslic a platnou kontrolní číslici.'] }
		});
		const org = await createOrganisation(coordinator, {
			name: 'Statutární město Liberec',
			ico: '262978',
			type: 'obec',
			postcode: '460 59'
		});
		expect(org.ico).toBe(validIco);
		expect(org.postcode).toBe('46059');
		await expect(
			createOrganisation(coordinator, { name: 'Jiná', ico: validIco, type: 'obec' })
		).rejects.toBeInstanceOf(ValidationError);
		const found = await listOrganisations(coordinator, { q: 'statutarni mesto' });
		expect(found.total).toBe(1);
	});

	it('needs a coordinator role; anonymous gets 401, a member 403', async () => {
		await expect(createOrganisation(ANONYMOUS, { name: 'X', type: 'nno' })).rejects.toBeInstanceOf(
			UnauthorizedError
		);
		await expect(
			createOrganisation(user({ role: 'member', bodyId: randomUUID() }), { name: 'X', type: 'nno' })
		).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('detects a stale version', async () => {
		const coordinator = user({ role: 'coordinator', areaId: kraj });
		const org = await createOrganisation(coordinator, {
			name: 'Fokus Liberec',
			type: 'poskytovatel'
		});
		await updateOrganisation(coordinator, org.id, {
			name: 'Fokus Liberec, o. p. s.',
			type: 'poskytovatel',
			version: 1
		});
		await expect(
			updateOrganisation(coordinator, org.id, { name: 'Fokus', type: 'poskytovatel', version: 1 })
		).rejects.toBeInstanceOf(ConflictError);
		expect((await listHistory('organisation.organisation', org.id)).map((h) => h.action)).toEqual([
			'update',
			'create'
		]);
	});
});

describe('bodies and memberships', () => {
	it('lets a kraj coordinator manage bodies of its ORP but not of another kraj', async () => {
		const krajCoordinator = user({ role: 'coordinator', areaId: kraj });
		const body = await createBody(krajCoordinator, {
			areaId: orp,
			kind: 'steering_group',
			name: 'Řídící pracovní skupina KPSS regionu Liberec',
			code: 'ŘPS',
			minMeetingsPerYear: '4',
			noMeetingMonths: ['7', '8']
		});
		expect(body.noMeetingMonths).toEqual([7, 8]);
		expect(body.invitationLeadDays).toBe(7);
		await expect(
			createBody(krajCoordinator, { areaId: other, kind: 'working_group', name: 'PS', code: 'PS' })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			createBody(krajCoordinator, { areaId: orp, kind: 'working_group', name: 'Jiná', code: 'ŘPS' })
		).rejects.toMatchObject({
			fields: { code: [expect.stringContaining('už v tomto území používá')] }
		});
		await expect(
			updateBody(krajCoordinator, body.id, {
				kind: 'steering_group',
				name: 'ŘPS',
				code: 'ŘPS',
				agendaProposalDays: 10,
				invitationLeadDays: 7,
				version: 1
			})
		).rejects.toMatchObject({
			fields: { agendaProposalDays: [expect.stringContaining('nemůže být delší')] }
		});
		expect((await listBodies(ANONYMOUS, orp)).map((b) => b.code)).toEqual(['ŘPS']);
	});

	it('refuses overlapping memberships and counts members over time', async () => {
		const coordinator = user({ role: 'coordinator', areaId: orp });
		const body = await createBody(coordinator, {
			areaId: orp,
			kind: 'working_group',
			name: 'Senioři',
			code: 'SEN'
		});
		const jana = await createPerson(coordinator, {
			firstName: 'Jana',
			lastName: 'Urbanová',
			triadRole: 'zadavatel',
			areaId: orp,
			publishName: 'on'
		});
		const petr = await createPerson(coordinator, {
			firstName: 'Petr',
			lastName: 'Hampacher',
			triadRole: 'poskytovatel',
			areaId: orp
		});
		expect(jana.consentAt).not.toBeNull();
		expect(shortName(jana)).toBe('J. Urbanová');
		await addMembership(coordinator, {
			bodyId: body.id,
			personId: jana.id,
			role: 'vedouci',
			validFrom: '2015-01-01'
		});
		await addMembership(coordinator, {
			bodyId: body.id,
			personId: petr.id,
			role: 'clen',
			validFrom: '2015-06-01',
			validTo: '2015-09-30'
		});
		await expect(
			addMembership(coordinator, {
				bodyId: body.id,
				personId: jana.id,
				role: 'clen',
				validFrom: '2015-03-01',
				validTo: '2015-04-01'
			})
		).rejects.toMatchObject({ fields: { personId: [expect.stringContaining('překrývajícím')] } });
		await expect(
			addMembership(coordinator, {
				bodyId: body.id,
				personId: petr.id,
				role: 'clen',
				validFrom: '2015-10-01',
				validTo: '2015-09-01'
			})
		).rejects.toMatchObject({
			fields: { validTo: ['Konec členství nemůže být před jeho začátkem.'] }
		});
		const members = await listMembers(ANONYMOUS, body.id, '2015-07-01');
		expect(members.map((m) => [m.lastName, m.role])).toEqual([
			['Urbanová', 'vedouci'],
			['Hampacher', 'clen']
		]);
		const counts = await memberCountByMonth(body.id, 2015);
		expect(counts.find((c) => c.month === 5)?.count).toBe(1);
		expect(counts.find((c) => c.month === 7)?.count).toBe(2);
		expect(counts.find((c) => c.month === 10)?.count).toBe(1);
	});

	it('writes history with the system actor too', async () => {
		const body = await createBody(systemActor('test'), {
			areaId: orp,
			kind: 'working_group',
			name: 'Duševní zdraví',
			code: 'DZ'
		});
		expect((await listHistory('organisation.body', body.id))[0].actorLabel).toBe('systém: test');
	});
});
