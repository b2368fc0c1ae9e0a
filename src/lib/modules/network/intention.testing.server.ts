/** Tests only: a kraj with an area, plans (in force, expired), a provider with a service, categories. */
import { randomUUID } from 'node:crypto';
import type { Actor, RoleGrant } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';
import { areas, organisations } from '#lib/modules/organisation/index.ts';
import { providers, services } from '#lib/modules/catalogue/index.ts';
import { measures, plans, priorities } from '#lib/modules/plans/index.ts';
import { networkCategories } from './network.schema.ts';

export const fakeUser = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Test Záměrů',
	email: `zamer-${randomUUID().slice(0, 8)}@souhra.example`,
	grants
});

export interface IntentionFixture {
	kraj: string;
	area: string;
	otherArea: string;
	plan: string;
	measure: string;
	expiredMeasure: string;
	organisation: string;
	municipality: string;
	service: string;
	provider: Actor;
	planCoordinator: Actor;
	krajCoordinator: Actor;
	otherCoordinator: Actor;
	member: Actor;
}

export async function intentionFixture(): Promise<IntentionFixture> {
	const tag = randomUUID().slice(0, 6);
	const [kraj] = await db()
		.insert(areas)
		.values({ kind: 'kraj', name: `Kraj ${tag}`, code: `K${tag}` })
		.returning();
	const [area] = await db()
		.insert(areas)
		.values({ kind: 'mikroregion', name: `Mikroregion ${tag}`, parentId: kraj.id })
		.returning();
	const [otherKraj] = await db()
		.insert(areas)
		.values({ kind: 'kraj', name: `Jiný kraj ${tag}`, code: `J${tag}` })
		.returning();
	const [otherArea] = await db()
		.insert(areas)
		.values({ kind: 'orp', name: `ORP ${tag}`, parentId: otherKraj.id })
		.returning();
	const [org] = await db()
		.insert(organisations)
		.values({ name: `Poskytovatel ${tag}`, type: 'poskytovatel', areaId: area.id })
		.returning();
	const [municipality] = await db()
		.insert(organisations)
		.values({ name: `Obec ${tag}`, type: 'obec', areaId: area.id })
		.returning();
	const [provider] = await db()
		.insert(providers)
		.values({ name: `Poskytovatel ${tag}`, organisationId: org.id, source: 'manual' })
		.returning();
	const [service] = await db()
		.insert(services)
		.values({
			providerId: provider.id,
			name: `Domov pro seniory ${tag}`,
			kindCode: '49',
			source: 'manual'
		})
		.returning();
	const year = Number(pragueDay().slice(0, 4));
	const mkPlan = async (periodFrom: number, periodTo: number, status: 'in_force' | 'archived') => {
		const [plan] = await db()
			.insert(plans)
			.values({
				areaId: area.id,
				kind: 'komunitni_plan',
				title: `Plán ${tag} ${periodFrom}–${periodTo}`,
				periodFrom,
				periodTo,
				status
			})
			.returning();
		const [priority] = await db()
			.insert(priorities)
			.values({ planId: plan.id, number: '1', title: 'Senioři' })
			.returning();
		const [measure] = await db()
			.insert(measures)
			.values({
				planId: plan.id,
				priorityId: priority.id,
				number: '1.1',
				title: 'Navýšení kapacity pobytových služeb pro seniory',
				startYear: periodFrom,
				endYear: periodTo,
				serviceKinds: ['49']
			})
			.returning();
		return { plan: plan.id, measure: measure.id };
	};
	const current = await mkPlan(year - 1, year + 3, 'in_force');
	const expired = await mkPlan(year - 6, year - 3, 'in_force');
	await db()
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
			}
		]);
	return {
		kraj: kraj.id,
		area: area.id,
		otherArea: otherArea.id,
		plan: current.plan,
		measure: current.measure,
		expiredMeasure: expired.measure,
		organisation: org.id,
		municipality: municipality.id,
		service: service.id,
		provider: fakeUser({ role: 'provider', organisationId: org.id }),
		planCoordinator: fakeUser({ role: 'coordinator', areaId: area.id }),
		krajCoordinator: fakeUser({ role: 'coordinator', areaId: kraj.id }),
		otherCoordinator: fakeUser({ role: 'coordinator', areaId: otherArea.id }),
		member: fakeUser({ role: 'member', bodyId: randomUUID() })
	};
}

/** A valid call body for the fixture's kraj, open today. */
export function callBody(f: IntentionFixture, overrides: Record<string, unknown> = {}) {
	const today = pragueDay();
	const year = Number(today.slice(0, 4)) + 1;
	return {
		regionAreaId: f.kraj,
		year,
		title: `Výzva k rozvojovým záměrům na rok ${year}`,
		opensOn: today,
		closesOn: `${year}-12-31`,
		eligibleKinds: ['49', '50'],
		eligibleNeeds: 'Chybějící kapacity pobytových služeb pro seniory.',
		rulesText: 'Záměr se musí opírat o platný komunitní plán.',
		measureIds: [f.measure],
		criteria: [
			{ name: 'Soulad s plánem', maxScore: 30 },
			{ name: 'Doložená potřebnost', maxScore: 20 }
		],
		...overrides
	};
}

/** A valid type A intention body answering `callId`. */
export function intentionBody(
	f: IntentionFixture,
	callId: string | null,
	overrides: Record<string, unknown> = {}
) {
	const year = Number(pragueDay().slice(0, 4)) + 1;
	return {
		type: callId ? 'A' : 'B',
		callId,
		regionAreaId: callId ? null : f.kraj,
		organisationId: f.organisation,
		serviceId: null,
		plannedName: 'Domov pro seniory – nové křídlo',
		kindCode: '49',
		changeType: 'new_service',
		startDate: `${year}-01-01`,
		costEstimate: '12 500 000',
		territoryText: 'Mikroregion',
		justification: 'Pořadník domova pro seniory přes 200 žadatelů.',
		measureId: f.measure,
		capacity: [{ form: 'pob', delta: '30' }],
		funding: [
			{ source: 'state_101a', amount: '6 000 000' },
			{ source: 'municipalities', amount: '2 500 000,50' }
		],
		evidence: [
			{ kind: 'waiting_list', description: 'Pořadník 2024', link: null, count: 212 },
			{
				kind: 'refused',
				description: 'Odmítnutí zájemci 2024',
				link: 'https://example.org/x',
				count: 60
			}
		],
		...overrides
	};
}
