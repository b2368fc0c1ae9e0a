/**
 * Tests only: an approved plan 2022–2024 with two priorities — "Senioři" (monitored by the
 * fixture's manager) and "Rodina" — measures with planned costs and indicators, and a plan in
 * preparation; built through the plan services of the module.
 */
import { eq } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import { plans } from './plan.schema.ts';
import { createMeasure, createPlan, createPriority } from './plan.service.server.ts';
import { approvePlan, changePlanStatus } from './plan.versions.server.ts';
import { getPlanTree } from './plan.tree.server.ts';
import { measureFixture, planFixture, type PlanFixture } from './plan.testing.server.ts';

export interface MonitoringFixture extends PlanFixture {
	planId: string;
	draftPlanId: string;
	/** Senioři measure 1.1 (2022–2024) with indicator "Počet lůžek" (lůžka). */
	seniorMeasure: string;
	indicatorId: string;
	/** Rodina measure 2.1 (2023–2024, no indicators). */
	familyMeasure: string;
}

const versionOf = async (id: string) =>
	(await db().select({ v: plans.version }).from(plans).where(eq(plans.id, id)))[0].v;

export async function monitoringFixture(): Promise<MonitoringFixture> {
	const f = await planFixture();
	const plan = await createPlan(f.coordinator, {
		areaId: f.area,
		kind: 'komunitni_plan',
		title: 'Střednědobý plán rozvoje sociálních služeb 2022–2024',
		periodFrom: '2022',
		periodTo: '2024',
		vision: 'Dostupné služby v celém mikroregionu.',
		targetGroupIds: [f.tgSeniors],
		responsibleBodyId: f.steering
	});
	const seniors = await createPriority(f.coordinator, plan.id, {
		title: 'Senioři',
		responsibleBodyId: f.seniors
	});
	const family = await createPriority(f.coordinator, plan.id, {
		title: 'Rodina',
		responsibleBodyId: f.family
	});
	const m1 = await createMeasure(
		f.coordinator,
		plan.id,
		seniors.id,
		measureFixture({
			costs: [
				{ year: 2023, source: 'state_101a', amount: '300 000' },
				{ year: 2023, source: 'municipalities', amount: '100 000' }
			]
		})
	);
	const m2 = await createMeasure(
		f.coordinator,
		plan.id,
		family.id,
		measureFixture({
			title: 'Sociálně aktivizační služby pro rodiny s dětmi',
			startYear: 2023,
			endYear: 2024,
			capacityChange: '',
			capacityUnit: '',
			costs: [{ year: 2023, source: 'region', amount: '100 000' }],
			indicators: [],
			activities: []
		})
	);
	let v = await versionOf(plan.id);
	await changePlanStatus(f.coordinator, plan.id, { to: 'draft', version: v });
	await approvePlan(f.coordinator, plan.id, {
		byLabel: 'Valná hromada Mikroregionu Valašskomeziříčsko-Kelečsko',
		on: '2021-12-20',
		resolution: 'VH/2021/12',
		version: v + 1
	});
	v = await versionOf(plan.id);
	await changePlanStatus(f.coordinator, plan.id, { to: 'in_force', version: v });
	const draft = await createPlan(f.coordinator, {
		areaId: f.area,
		kind: 'komunitni_plan',
		title: 'Plán v přípravě 2025–2027',
		periodFrom: '2025',
		periodTo: '2027'
	});
	const tree = await getPlanTree(f.coordinator, plan.id);
	return {
		...f,
		planId: plan.id,
		draftPlanId: draft.id,
		seniorMeasure: m1.id,
		indicatorId: tree.priorities[0].measures[0].indicators[0].id,
		familyMeasure: m2.id
	};
}

/** A valid record of the senior measure for 2023. */
export function recordInput(f: MonitoringFixture, over: Record<string, unknown> = {}) {
	return {
		status: 'in_progress',
		progress: 40,
		comment: 'Probíhá výstavba.',
		indicators: [{ indicatorId: f.indicatorId, actual: '130', unit: 'lůžka' }],
		actualCosts: [{ source: 'state_101a', amount: '280 000,50' }],
		links: [{ label: 'Zpráva poskytovatele', url: 'https://example.org/zprava.pdf' }],
		...over
	};
}
