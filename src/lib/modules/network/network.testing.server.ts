/**
 * Tests only: a kraj with an ORP and a mikroregion, catalogue services, the three usual network
 * categories and actors, inserted directly (the organisation and catalogue services are tested
 * elsewhere). The intentions and analysis blocks may use it too.
 */
import { randomUUID } from 'node:crypto';
import type { Actor, RoleGrant } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { areaMunicipalities, areas } from '#lib/modules/organisation/index.ts';
import { providers, services } from '#lib/modules/catalogue/index.ts';
import { networkCategories } from './network.schema.ts';

export const fakeNetworkUser = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Test Sítě',
	email: `sit-${randomUUID().slice(0, 8)}@souhra.example`,
	grants
});

export interface NetworkFixture {
	kraj: string;
	krajCode: string;
	orp: string;
	mikroregion: string;
	otherKraj: string;
	categories: { zakladni: string; rozvojova: string; zasobnik: string; stara: string };
	services: { asistence: string; domov: string; rehabilitace: string; jinde: string };
	krajCoordinator: Actor;
	orpCoordinator: Actor;
	otherCoordinator: Actor;
	provider: Actor;
}

let counter = 0;

/**
 * Kraj "78"-like region with ORP 5105 (Liberec) and a mikroregion of two Liberec municipalities
 * (Chrastava 564044, Hrádek nad Nisou 564028). Services: osobní asistence §39 (ORP 5105),
 * domov pro seniory §49, sociální rehabilitace §70, and one service of another kraj.
 */
export async function networkFixture(): Promise<NetworkFixture> {
	const tag = `${++counter}${randomUUID().slice(0, 4)}`;
	const krajCode = `K${tag}`;
	const [kraj] = await db()
		.insert(areas)
		.values({ kind: 'kraj', name: `Liberecký kraj`, code: krajCode })
		.returning();
	const [otherKraj] = await db()
		.insert(areas)
		.values({ kind: 'kraj', name: `Zlínský kraj ${tag}`, code: `Z${tag}` })
		.returning();
	const [orp] = await db()
		.insert(areas)
		.values({ kind: 'orp', name: `ORP Liberec ${tag}`, code: '5105', parentId: kraj.id })
		.onConflictDoNothing()
		.returning();
	const orpId =
		orp?.id ??
		(
			await db()
				.insert(areas)
				.values({ kind: 'orp', name: `ORP ${tag}`, code: `O${tag}`, parentId: kraj.id })
				.returning()
		)[0].id;
	const [mikroregion] = await db()
		.insert(areas)
		.values({ kind: 'mikroregion', name: `Mikroregion ${tag}`, parentId: kraj.id })
		.returning();
	await db()
		.insert(areaMunicipalities)
		.values([
			{ areaId: mikroregion.id, name: 'Chrastava', code: '564044' },
			{ areaId: mikroregion.id, name: 'Hrádek nad Nisou', code: '564028' }
		]);
	const cats = await db()
		.insert(networkCategories)
		.values([
			{ regionAreaId: kraj.id, code: 'zakladni', name: 'Základní síť', sortOrder: 1 },
			{ regionAreaId: kraj.id, code: 'rozvojova', name: 'Rozvojová síť', sortOrder: 2 },
			{
				regionAreaId: kraj.id,
				code: 'zasobnik',
				name: 'Zásobník rozvojových záměrů',
				isReservoir: true,
				sortOrder: 3
			},
			{
				regionAreaId: kraj.id,
				code: 'stara',
				name: 'Stará síť',
				validFromYear: 2010,
				validToYear: 2015,
				sortOrder: 4
			}
		])
		.returning();
	const [provider] = await db()
		.insert(providers)
		.values({
			name: `Poskytovatel ${tag}, z. ú.`,
			ico: String(20000000 + counter * 7 + Math.floor(Math.random() * 1000))
		})
		.returning();
	const mk = async (name: string, kindCode: string, orpCodes: string[], krajCodes: string[]) =>
		(
			await db()
				.insert(services)
				.values({
					providerId: provider.id,
					name,
					kindCode,
					registryId: String(1000000 + Math.floor(Math.random() * 8999999)),
					orpCodes,
					krajCodes
				})
				.returning({ id: services.id })
		)[0].id;
	return {
		kraj: kraj.id,
		krajCode,
		orp: orpId,
		mikroregion: mikroregion.id,
		otherKraj: otherKraj.id,
		categories: {
			zakladni: cats[0].id,
			rozvojova: cats[1].id,
			zasobnik: cats[2].id,
			stara: cats[3].id
		},
		services: {
			asistence: await mk('Osobní asistence Liberec', '39', ['5105'], [krajCode]),
			domov: await mk('Domov pro seniory Liberec', '49', ['5105'], [krajCode]),
			rehabilitace: await mk('Sociální rehabilitace Liberec', '70', ['5105'], [krajCode]),
			jinde: await mk('Osobní asistence Zlín', '39', ['7213'], [`Z${tag}`])
		},
		krajCoordinator: fakeNetworkUser({ role: 'coordinator', areaId: kraj.id }),
		orpCoordinator: fakeNetworkUser({ role: 'coordinator', areaId: orpId }),
		otherCoordinator: fakeNetworkUser({ role: 'coordinator', areaId: otherKraj.id }),
		provider: fakeNetworkUser({ role: 'provider', organisationId: randomUUID() })
	};
}
