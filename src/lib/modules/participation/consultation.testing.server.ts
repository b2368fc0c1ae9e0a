/** Tests only: an area with a kraj parent, a plan with a stored draft version, actors, dates. */
import { randomUUID } from 'node:crypto';
import type { Actor, RoleGrant } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';
import { areas, bodies } from '#lib/modules/organisation/index.ts';
import { plans, planVersions, type PlanTree } from '#lib/modules/plans/index.ts';

export const consultationUser = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Jana Připomínková',
	email: `con-${randomUUID().slice(0, 8)}@souhra.example`,
	grants
});

export const addDays = (day: string, n: number) =>
	new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export interface ConsultationFixture {
	kraj: string;
	area: string;
	otherArea: string;
	steering: string;
	planId: string;
	measureIds: { m11: string; m12: string; m21: string };
	coordinator: Actor;
	krajCoordinator: Actor;
	otherCoordinator: Actor;
	member: Actor;
	admin: Actor;
}

/** Reference data inserted directly; the plan has version 1 in status "consultation". */
export async function consultationFixture(): Promise<ConsultationFixture> {
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
	const [steering] = await db()
		.insert(bodies)
		.values({ areaId: area.id, kind: 'managerial_team', name: 'Manažerský tým', code: `MT${tag}` })
		.returning();
	const [plan] = await db()
		.insert(plans)
		.values({
			areaId: area.id,
			kind: 'komunitni_plan',
			title: 'Komunitní plán 2026–2028',
			periodFrom: 2026,
			periodTo: 2028,
			vision: 'Dostupná pomoc blízko domova.',
			status: 'draft',
			lastVersionNo: 1
		})
		.returning();
	const ids = {
		p1: randomUUID(),
		p2: randomUUID(),
		m11: randomUUID(),
		m12: randomUUID(),
		m21: randomUUID()
	};
	const measure = (id: string, priorityId: string, number: string, title: string) => ({
		id,
		priorityId,
		number,
		title,
		description: `Popis opatření ${number}.`,
		rationale: null,
		responsibleOrganisation: null,
		responsiblePerson: null,
		responsibleText: 'Charita',
		responsibleBody: null,
		partners: null,
		startYear: 2026,
		endYear: 2028,
		serviceKinds: [],
		targetGroups: [],
		municipalityCodes: [],
		capacityChange: null,
		capacityUnit: null,
		capacityDecrease: false,
		costs: [],
		actualCosts: [],
		indicators: [],
		activities: [],
		monitoring: [],
		version: 1
	});
	const tree: PlanTree = {
		id: plan.id,
		area: { id: area.id, name: area.name, kind: 'mikroregion' },
		kind: 'komunitni_plan',
		title: plan.title,
		periodFrom: 2026,
		periodTo: 2028,
		vision: 'Dostupná pomoc blízko domova.',
		principles: 'Vše je veřejné.',
		responsibleBody: null,
		targetGroups: [],
		status: 'consultation',
		approval: { byLabel: null, byBodyId: null, on: null, resolution: null, fileId: null },
		consultationId: null,
		rollupWeighting: 'equal',
		lastVersionNo: 1,
		version: 1,
		priorities: [
			{
				id: ids.p1,
				number: '1',
				title: 'Senioři',
				description: 'Péče doma.',
				targetGroup: null,
				responsibleBody: null,
				version: 1,
				measures: [
					measure(ids.m11, ids.p1, '1.1', 'Pečovatelská služba v obcích'),
					measure(ids.m12, ids.p1, '1.2', 'Odlehčovací služby')
				]
			},
			{
				id: ids.p2,
				number: '2',
				title: 'Rodiny',
				description: null,
				targetGroup: null,
				responsibleBody: null,
				version: 1,
				measures: [measure(ids.m21, ids.p2, '2.1', 'Klub pro mládež')]
			}
		]
	};
	await db()
		.insert(planVersions)
		.values({ planId: plan.id, versionNo: 1, status: 'consultation', snapshot: tree });
	return {
		kraj: kraj.id,
		area: area.id,
		otherArea: otherArea.id,
		steering: steering.id,
		planId: plan.id,
		measureIds: { m11: ids.m11, m12: ids.m12, m21: ids.m21 },
		coordinator: consultationUser({ role: 'coordinator', areaId: area.id }),
		krajCoordinator: consultationUser({ role: 'coordinator', areaId: kraj.id }),
		otherCoordinator: consultationUser({ role: 'coordinator', areaId: otherArea.id }),
		member: consultationUser({ role: 'member', bodyId: steering.id }),
		admin: consultationUser({ role: 'admin' })
	};
}

/** Form input opening a consultation on the fixture plan; `window` relative to today. */
export function planConsultationInput(
	f: ConsultationFixture,
	window: 'open' | 'closed' | 'upcoming' = 'open',
	extra: Record<string, unknown> = {}
): Record<string, unknown> {
	const today = pragueDay();
	const [opensOn, closesOn] =
		window === 'open'
			? [addDays(today, -3), addDays(today, 14)]
			: window === 'closed'
				? [addDays(today, -30), addDays(today, -1)]
				: [addDays(today, 5), addDays(today, 30)];
	return {
		source: 'plan',
		planVersion: `${f.planId}:1`,
		title: 'Připomínkování návrhu komunitního plánu',
		description: 'Připomínky k návrhu.',
		opensOn,
		closesOn,
		hearingDate: opensOn,
		hearingTime: '17:00',
		hearingPlace: 'Zasedací místnost',
		...extra
	};
}
