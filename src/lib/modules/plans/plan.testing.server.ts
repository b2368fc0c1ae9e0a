/** Tests only: an area with a kraj parent, bodies, target groups and actors for the plans tests. */
import { randomUUID } from 'node:crypto';
import type { Actor, RoleGrant } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import {
	areaMunicipalities,
	areas,
	bodies,
	targetGroups
} from '#lib/modules/organisation/index.ts';

export const fakeUser = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Test Plánů',
	email: `plan-${randomUUID().slice(0, 8)}@souhra.example`,
	grants
});

export interface PlanFixture {
	kraj: string;
	area: string;
	otherArea: string;
	steering: string;
	seniors: string;
	family: string;
	foreignBody: string;
	tgSeniors: string;
	tgFamily: string;
	coordinator: Actor;
	krajCoordinator: Actor;
	manager: Actor;
	member: Actor;
	otherMember: Actor;
	provider: Actor;
	otherCoordinator: Actor;
}

/** Insert the reference data directly (the organisation services are tested elsewhere). */
export async function planFixture(): Promise<PlanFixture> {
	const tag = randomUUID().slice(0, 6);
	const [kraj] = await db()
		.insert(areas)
		.values({ kind: 'kraj', name: `Zlínský kraj ${tag}`, code: `K${tag}` })
		.returning();
	const [area] = await db()
		.insert(areas)
		.values({ kind: 'mikroregion', name: `Mikroregion ${tag}`, parentId: kraj.id })
		.returning();
	const [otherArea] = await db()
		.insert(areas)
		.values({ kind: 'orp', name: `ORP jinde ${tag}`, code: `O${tag}` })
		.returning();
	await db()
		.insert(areaMunicipalities)
		.values([
			{ areaId: area.id, name: 'Valašské Meziříčí', code: '545058' },
			{ areaId: area.id, name: 'Kelč', code: '544736' }
		]);
	const tgs = await db()
		.insert(targetGroups)
		.values([
			{ name: `Senioři ${tag}`, sort: 1 },
			{ name: `Rodina ${tag}`, sort: 2 }
		])
		.returning();
	const bs = await db()
		.insert(bodies)
		.values([
			{ areaId: area.id, kind: 'managerial_team', name: 'Manažerský tým', code: `MT${tag}` },
			{ areaId: area.id, kind: 'working_group', name: 'Senioři', code: `S${tag}` },
			{ areaId: area.id, kind: 'working_group', name: 'Rodina, děti a mládež', code: `R${tag}` },
			{ areaId: otherArea.id, kind: 'working_group', name: 'Cizí skupina', code: `C${tag}` }
		])
		.returning();
	const [steering, seniors, family, foreignBody] = bs.map((b) => b.id);
	return {
		kraj: kraj.id,
		area: area.id,
		otherArea: otherArea.id,
		steering,
		seniors,
		family,
		foreignBody,
		tgSeniors: tgs[0].id,
		tgFamily: tgs[1].id,
		coordinator: fakeUser({ role: 'coordinator', areaId: area.id }),
		krajCoordinator: fakeUser({ role: 'coordinator', areaId: kraj.id }),
		manager: fakeUser({ role: 'manager', bodyId: seniors }),
		member: fakeUser({ role: 'member', bodyId: steering }),
		otherMember: fakeUser({ role: 'member', bodyId: foreignBody }),
		provider: fakeUser({ role: 'provider', organisationId: randomUUID() }),
		otherCoordinator: fakeUser({ role: 'coordinator', areaId: otherArea.id })
	};
}

/** A valid measure input for a 2022–2024 plan. */
export function measureFixture(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		title: 'Navýšení kapacity pobytových služeb pro seniory',
		description: 'Rozšíření domova pro seniory ve Valašském Meziříčí.',
		responsibleText: 'Město Valašské Meziříčí, odbor sociálních věcí',
		startYear: 2022,
		endYear: 2024,
		serviceKinds: ['49'],
		municipalityCodes: ['545058'],
		capacityChange: '30',
		capacityUnit: 'beds',
		costs: [
			{ year: 2023, source: 'state_101a', amount: '1 234 500,50' },
			{ year: 2024, source: 'municipalities', amount: 800000 }
		],
		indicators: [
			{
				name: 'Počet lůžek',
				unit: 'lůžka',
				baseline: '120',
				baselineYear: 2021,
				direction: 'increase',
				targets: [
					{ year: 2023, target: '135' },
					{ year: 2024, target: '150' }
				]
			}
		],
		activities: [{ title: 'Projektová dokumentace', dueYear: 2022 }],
		...overrides
	};
}
