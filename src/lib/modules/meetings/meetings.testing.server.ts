/**
 * Tests only: a planning area with a working group, its members (one without e-mail, one
 * without consent to publish the name, one with an account) and actors for every role.
 */
import { randomUUID } from 'node:crypto';
import { systemActor, type Actor, type RoleGrant } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import { addMembership, areas, createBody, people } from '#lib/modules/organisation/index.ts';
import { fromPrague, toPrague } from './meeting.time.ts';

const system = systemActor('test');

export const fakeUser = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Test',
	email: 't@example.cz',
	grants
});

/** `YYYY-MM-DD` in Prague, `days` from now. */
export const dayFromNow = (days: number) => toPrague(new Date(Date.now() + days * 86_400_000)).date;
export const slotFromNow = (days: number, time = '14:00') => ({
	date: dayFromNow(days),
	time,
	place: 'Radnice, Liberec',
	room: 'zasedací místnost č. 17'
});
export const instantFromNow = (days: number, time = '14:00') => fromPrague(dayFromNow(days), time)!;

export interface Fixture {
	kraj: string;
	areaId: string;
	otherAreaId: string;
	bodyId: string;
	otherBodyId: string;
	people: { leader: string; member: string; noEmail: string; secret: string; owner: string };
	coordinator: Actor;
	otherCoordinator: Actor;
	manager: Actor;
	member: Actor;
	stranger: Actor;
	/** The user account of `people.owner` (responsible for tasks). */
	owner: Actor;
}

/** A fresh area, body, members and actors; `code` is the body code used in resolution numbers. */
export async function createFixture(code = 'PS'): Promise<Fixture> {
	const [kraj, other] = await db()
		.insert(areas)
		.values([
			{ kind: 'kraj', name: `Kraj ${randomUUID().slice(0, 6)}` },
			{ kind: 'kraj', name: `Jiný kraj ${randomUUID().slice(0, 6)}` }
		])
		.returning();
	const [orp] = await db()
		.insert(areas)
		.values({ kind: 'orp', name: 'ORP Liberec', parentId: kraj.id })
		.returning();
	const body = await createBody(system, {
		areaId: orp.id,
		kind: 'working_group',
		name: 'Pracovní skupina Senioři',
		code,
		invitationLeadDays: 7,
		agendaProposalDays: 3,
		quorumPercent: 50
	});
	const otherBody = await createBody(system, {
		areaId: other.id,
		kind: 'working_group',
		name: 'Cizí skupina',
		code
	});
	const { user, actor: owner } = await createTestUser({ name: 'Jana Urbanová' });
	const mk = async (
		firstName: string,
		lastName: string,
		extra: Partial<typeof people.$inferInsert> = {}
	) => {
		const [row] = await db()
			.insert(people)
			.values({
				firstName,
				lastName,
				triadRole: 'poskytovatel',
				publishName: true,
				areaId: orp.id,
				email: `${randomUUID().slice(0, 8)}@example.cz`,
				...extra
			})
			.returning();
		return row.id;
	};
	const ids = {
		leader: await mk('Kateřina', 'Marcinková', { position: 'vedoucí skupiny' }),
		member: await mk('Olga', 'Merglová'),
		noEmail: await mk('Petr', 'Hampacher', { email: null }),
		secret: await mk('Ivan', 'Langr', { publishName: false, position: 'zástupce uživatelů' }),
		owner: await mk('Jana', 'Urbanová', { userId: user.id })
	};
	for (const [key, personId] of Object.entries(ids)) {
		await addMembership(system, {
			bodyId: body.id,
			personId,
			role: key === 'leader' ? 'vedouci' : 'clen',
			validFrom: '2000-01-01'
		});
	}
	return {
		kraj: kraj.id,
		areaId: orp.id,
		otherAreaId: other.id,
		bodyId: body.id,
		otherBodyId: otherBody.id,
		people: ids,
		coordinator: fakeUser({ role: 'coordinator', areaId: kraj.id }),
		otherCoordinator: fakeUser({ role: 'coordinator', areaId: other.id }),
		manager: fakeUser({ role: 'manager', bodyId: body.id }),
		member: fakeUser({ role: 'member', bodyId: body.id }),
		stranger: fakeUser(),
		owner
	};
}
