import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { systemActor, type Actor, type RoleGrant } from '#lib/platform/access/actor.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { ConflictError, ForbiddenError, ValidationError } from '#lib/platform/http/errors.ts';
import { areas } from './area.schema.ts';
import {
	createOrganisation,
	listOrganisations,
	updateOrganisation
} from './organisation.service.server.ts';
import {
	createPerson,
	getPersonDetail,
	listOrganisationPeople,
	listPeople,
	personOptions,
	updatePerson
} from './person.service.server.ts';
import { createBody } from './body.service.server.ts';
import {
	addMembership,
	endMembership,
	getMembership,
	listMemberships,
	membershipHistory
} from './membership.service.server.ts';

useTestDatabase();

const user = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Test',
	email: 't@x.cz',
	grants
});
let orp: string, other: string;
let coordinator: Actor;

beforeAll(async () => {
	const rows = await db()
		.insert(areas)
		.values([
			{ kind: 'orp', name: 'ORP Liberec', code: '5105' },
			{ kind: 'orp', name: 'ORP Jablonec', code: '5104' }
		])
		.returning();
	[orp, other] = [rows[0].id, rows[1].id];
	coordinator = user({ role: 'coordinator', areaId: orp });
});

describe('organisations', () => {
	it('sort by IČO or city, and an edit without areaId keeps the registering area', async () => {
		const a = await createOrganisation(coordinator, {
			name: 'Město Liberec',
			ico: '00262978',
			type: 'obec',
			city: 'Liberec',
			areaId: orp
		});
		await createOrganisation(coordinator, {
			name: 'Česká Ves',
			ico: '00636321',
			type: 'obec',
			city: 'Ábelov'
		});
		const byIco = await listOrganisations(coordinator, { sort: 'ico', dir: 'desc' });
		expect(byIco.rows.map((r) => r.ico)).toEqual(['00636321', '00262978']);
		const byName = await listOrganisations(coordinator, { sort: 'name' });
		expect(byName.rows.map((r) => r.name)).toEqual(['Česká Ves', 'Město Liberec']);
		const edited = await updateOrganisation(coordinator, a.id, {
			name: 'Statutární město Liberec',
			ico: '00262978',
			type: 'obec',
			version: a.version
		});
		expect(edited).toMatchObject({ name: 'Statutární město Liberec', areaId: orp, version: 2 });
		await expect(
			updateOrganisation(coordinator, a.id, { name: 'X', type: 'obec', version: 1 })
		).rejects.toBeInstanceOf(ConflictError);
	});
});

describe('people', () => {
	it('links a user account by e-mail, refuses unknown e-mails, keeps the link when absent', async () => {
		const { user: account } = await createTestUser({ email: 'jana@liberec.cz' });
		await expect(
			createPerson(coordinator, {
				firstName: 'Jana',
				lastName: 'Urbanová',
				triadRole: 'poskytovatel',
				areaId: orp,
				userEmail: 'nikdo@liberec.cz'
			})
		).rejects.toMatchObject({ fields: { userEmail: [expect.stringContaining('neexistuje')] } });
		const person = await createPerson(coordinator, {
			firstName: 'Jana',
			lastName: 'Urbanová',
			triadRole: 'poskytovatel',
			areaId: orp,
			userEmail: 'JANA@liberec.cz'
		});
		expect(person.userId).toBe(account.id);
		const kept = await updatePerson(coordinator, person.id, {
			firstName: 'Jana',
			lastName: 'Urbanová',
			triadRole: 'poskytovatel',
			areaId: orp,
			version: 1
		});
		expect(kept.userId).toBe(account.id);
		const unlinked = await updatePerson(coordinator, person.id, {
			firstName: 'Jana',
			lastName: 'Urbanová',
			triadRole: 'poskytovatel',
			areaId: orp,
			userEmail: '',
			version: 2
		});
		expect(unlinked.userId).toBeNull();
		expect((await getPersonDetail(coordinator, person.id)).userEmail).toBeNull();
	});

	it('searches by e-mail and shows an organisation’s people only in readable areas', async () => {
		const org = await createOrganisation(coordinator, {
			name: 'Domov Sluneční',
			type: 'poskytovatel'
		});
		await createPerson(systemActor('t'), {
			firstName: 'Petr',
			lastName: 'Šťastný',
			email: 'petr@domov.cz',
			organisationId: org.id,
			triadRole: 'poskytovatel',
			areaId: orp
		});
		await createPerson(systemActor('t'), {
			firstName: 'Eva',
			lastName: 'Cizí',
			organisationId: org.id,
			triadRole: 'poskytovatel',
			areaId: other
		});
		const found = await listPeople(coordinator, { areaId: orp, q: 'petr@domov' });
		expect(found.rows.map((r) => [r.lastName, r.organisationName])).toEqual([
			['Šťastný', 'Domov Sluneční']
		]);
		expect((await listOrganisationPeople(coordinator, org.id)).map((p) => p.lastName)).toEqual([
			'Šťastný'
		]);
		expect(await listOrganisationPeople(user(), org.id)).toEqual([]);
		await expect(personOptions(user(), orp)).rejects.toBeInstanceOf(ForbiddenError);
	});
});

describe('memberships', () => {
	it('lists all terms, ends a membership with a Czech overlap message and history', async () => {
		const body = await createBody(coordinator, {
			areaId: orp,
			kind: 'working_group',
			name: 'PS Bydlení',
			code: 'PS-BYD'
		});
		const manager = user({ role: 'manager', bodyId: body.id });
		const [p] = await personOptions(manager, orp, { bodyId: body.id });
		const first = await addMembership(manager, {
			bodyId: body.id,
			personId: p.id,
			role: 'clen',
			validFrom: '2024-01-01'
		});
		await expect(
			addMembership(manager, {
				bodyId: body.id,
				personId: p.id,
				role: 'host',
				validFrom: '2024-06-01'
			})
		).rejects.toMatchObject({
			fields: { personId: [expect.stringContaining('od 1. 1. 2024 bez data konce')] }
		});
		await expect(
			endMembership(manager, first.id, { validTo: '2023-12-31', version: 1 })
		).rejects.toBeInstanceOf(ValidationError);
		const ended = await endMembership(manager, first.id, { validTo: '2024-05-31', version: 1 });
		expect(ended).toMatchObject({ validTo: '2024-05-31', version: 2 });
		await expect(
			endMembership(manager, first.id, { validTo: '2024-06-30', version: 1 })
		).rejects.toBeInstanceOf(ConflictError);
		await addMembership(manager, {
			bodyId: body.id,
			personId: p.id,
			role: 'vedouci',
			validFrom: '2024-06-01'
		});
		const all = await listMemberships(manager, body.id);
		expect(all.map((r) => r.role)).toEqual(['vedouci', 'clen']);
		expect((await getMembership(manager, first.id)).personName).toBe(p.name);
		expect((await membershipHistory(body.id)).map((e) => e.action)).toEqual([
			'create',
			'update',
			'create'
		]);
		await expect(
			listMemberships(user({ role: 'member', bodyId: body.id }), body.id)
		).rejects.toBeInstanceOf(ForbiddenError);
	});
});
