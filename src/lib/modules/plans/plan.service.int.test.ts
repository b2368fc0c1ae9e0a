import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { ANONYMOUS, systemActor } from '#lib/platform/access/actor.ts';
import {
	ConflictError,
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { planFixture, measureFixture, type PlanFixture } from './plan.testing.server.ts';
import {
	addActivity,
	addIndicator,
	createMeasure,
	createPlan,
	createPriority,
	deleteMeasure,
	deletePriority,
	listPlans,
	moveMeasure,
	renumberPlan,
	setPlannedCosts,
	updateIndicator,
	updateMeasure,
	updatePlan,
	updatePriority
} from './plan.service.server.ts';
import {
	approvePlan,
	changePlanStatus,
	comparePlanVersionsOf,
	listPlanVersions,
	startPlanUpdate
} from './plan.versions.server.ts';
import { getPlanTree, getPublishedPlan } from './plan.tree.server.ts';
import { writeMeasure, writePriority } from './plan.write.server.ts';
import { measureMonitoring, planVersions, plans } from './plan.schema.ts';
import { measureInput } from './plan.validation.ts';

useTestDatabase();

let f: PlanFixture;
beforeAll(async () => {
	f = await planFixture();
});

async function newPlan(title = 'Střednědobý plán 2022–2024') {
	return createPlan(f.coordinator, {
		areaId: f.area,
		kind: 'komunitni_plan',
		title,
		periodFrom: '2022',
		periodTo: '2024',
		vision: 'Dostupné služby v celém mikroregionu.',
		targetGroupIds: [f.tgSeniors, f.tgFamily],
		responsibleBodyId: f.steering
	});
}

async function errorOf(p: Promise<unknown>): Promise<unknown> {
	try {
		await p;
	} catch (e) {
		return e;
	}
	throw new Error('expected an error');
}

describe('plan structure', () => {
	it('creates a plan, priorities and a full measure; the tree has everything in order', async () => {
		const plan = await newPlan();
		expect(plan.status).toBe('preparation');
		const p1 = await createPriority(f.coordinator, plan.id, {
			title: 'Rozvoj pobytových služeb pro seniory',
			targetGroupId: f.tgSeniors,
			responsibleBodyId: f.seniors
		});
		const p2 = await createPriority(f.coordinator, plan.id, { title: 'Průřezová priorita' });
		expect([p1.number, p2.number]).toEqual(['1', '2']);
		const m = await createMeasure(f.coordinator, plan.id, p1.id, measureFixture());
		expect(m.number).toBe('1.1');
		const m2 = await createMeasure(
			f.coordinator,
			plan.id,
			p1.id,
			measureFixture({ title: 'Druhé', costs: [], indicators: [], activities: [] })
		);
		expect(m2.number).toBe('1.2');

		const tree = await getPlanTree(f.coordinator, plan.id);
		expect(tree.targetGroups.map((t) => t.id).sort()).toEqual([f.tgSeniors, f.tgFamily].sort());
		expect(tree.priorities.map((p) => p.number)).toEqual(['1', '2']);
		const node = tree.priorities[0].measures[0];
		expect(node.responsibleBody?.name).toBe('Senioři'); // inherited from the priority
		expect(node.costs).toEqual([
			{ year: 2023, source: 'state_101a', amount: 1234500.5 },
			{ year: 2024, source: 'municipalities', amount: 800000 }
		]);
		expect(node.capacityChange).toBe(30);
		expect(node.indicators[0].targets).toEqual([
			{ year: 2023, target: 135 },
			{ year: 2024, target: 150 }
		]);
		expect(node.activities[0].number).toBe('1.1.1');
		expect(tree.priorities[1].targetGroup).toBeNull();
	});

	it('refuses a measure outside the plan period and a negative capacity without the decrease flag', async () => {
		const plan = await newPlan('Období');
		const p = await createPriority(f.coordinator, plan.id, { title: 'P' });
		const e1 = (await errorOf(
			createMeasure(f.coordinator, plan.id, p.id, measureFixture({ startYear: 2021 }))
		)) as ValidationError;
		expect(e1).toBeInstanceOf(ValidationError);
		expect(e1.fields.startYear[0]).toContain('2022–2024');
		const e2 = (await errorOf(
			createMeasure(f.coordinator, plan.id, p.id, measureFixture({ capacityChange: '-5' }))
		)) as ValidationError;
		expect(e2.fields.capacityChange[0]).toContain('snížení');
		const dec = await createMeasure(
			f.coordinator,
			plan.id,
			p.id,
			measureFixture({ capacityChange: '5', capacityDecrease: 'on', costs: [] })
		);
		expect(Number(dec.capacityChange)).toBe(-5);
		const e3 = (await errorOf(
			createMeasure(
				f.coordinator,
				plan.id,
				p.id,
				measureFixture({ startYear: 2023, activities: [{ title: 'x', dueYear: 2022 }], costs: [] })
			)
		)) as ValidationError;
		expect(Object.keys(e3.fields)).toContain('activities.0.dueYear');
		const e4 = (await errorOf(
			createMeasure(f.coordinator, plan.id, p.id, measureFixture({ municipalityCodes: ['500011'] }))
		)) as ValidationError;
		expect(e4.fields.municipalityCodes[0]).toContain('500011');
		const e5 = (await errorOf(
			createMeasure(f.coordinator, plan.id, p.id, measureFixture({ number: '7.1' }))
		)) as ValidationError;
		expect(e5.fields.number[0]).toContain('číslem priority');
		const e6 = (await errorOf(
			createPriority(f.coordinator, plan.id, { title: 'X', responsibleBodyId: f.foreignBody })
		)) as ValidationError;
		expect(e6.fields.responsibleBodyId).toBeDefined();
	});

	it('write helpers work inside a caller transaction and roll back together', async () => {
		const plan = await newPlan('Import');
		const actor = systemActor('import');
		await expect(
			db().transaction(async (tx) => {
				const p = await writePriority(tx, actor, plan.id, { number: '3', title: 'Z importu' });
				await writeMeasure(tx, actor, plan.id, p.id, measureFixture({ number: '3.1' }));
				await writeMeasure(tx, actor, plan.id, p.id, measureFixture({ number: '3.1' }));
			})
		).rejects.toBeInstanceOf(ValidationError);
		const tree = await getPlanTree(f.coordinator, plan.id);
		expect(tree.priorities).toHaveLength(0);
		expect(measureInput.safeParse(measureFixture()).success).toBe(true);
	});

	it('edits with optimistic locking, costs grid, indicators, reorder and renumber', async () => {
		const plan = await newPlan('Úpravy');
		const p = await createPriority(f.coordinator, plan.id, { title: 'P' });
		const a = await createMeasure(f.coordinator, plan.id, p.id, measureFixture({ title: 'A' }));
		const b = await createMeasure(f.coordinator, plan.id, p.id, measureFixture({ title: 'B' }));
		const base = { ...measureFixture({ title: 'A2' }), version: a.version };
		const updated = await updateMeasure(f.coordinator, plan.id, a.id, base);
		expect(updated.title).toBe('A2');
		await expect(updateMeasure(f.coordinator, plan.id, a.id, base)).rejects.toBeInstanceOf(
			ConflictError
		);
		await setPlannedCosts(f.coordinator, plan.id, a.id, {
			costs: [{ year: 2022, source: 'region', amount: 100 }],
			version: updated.version
		});
		const tree = await getPlanTree(f.coordinator, plan.id);
		const na = tree.priorities[0].measures.find((m) => m.id === a.id)!;
		expect(na.costs).toEqual([{ year: 2022, source: 'region', amount: 100 }]);
		const ind = na.indicators[0];
		const indRow = await addIndicator(f.coordinator, plan.id, a.id, {
			name: 'Klienti',
			unit: 'osoby',
			targets: [{ year: 2025, target: 1 }]
		}).catch((e) => e);
		expect(indRow).toBeInstanceOf(ValidationError);
		expect(Object.keys((indRow as ValidationError).fields)).toContain('targets.2025');
		await updateIndicator(f.coordinator, plan.id, ind.id, {
			name: ind.name,
			unit: ind.unit,
			baseline: '120',
			baselineYear: 2021,
			direction: 'increase',
			targets: [{ year: 2024, target: '160' }],
			version: 1
		});
		await addActivity(f.coordinator, plan.id, a.id, { title: 'Druhá aktivita' });
		await moveMeasure(f.coordinator, plan.id, b.id, { direction: 'up', version: b.version });
		const fresh = await db().select().from(plans).where(eq(plans.id, plan.id));
		expect(
			await renumberPlan(f.coordinator, plan.id, { version: fresh[0].version })
		).toBeGreaterThan(0);
		const after = await getPlanTree(f.coordinator, plan.id);
		expect(after.priorities[0].measures.map((m) => [m.title, m.number])).toEqual([
			['B', '1.1'],
			['A2', '1.2']
		]);
		const nA = after.priorities[0].measures[1];
		expect(nA.indicators[0].targets).toEqual([{ year: 2024, target: 160 }]);
		expect(nA.activities.map((x) => x.number)).toEqual(['1.2.1', '1.2.2']);
		const history = await listHistory('plans.measure', a.id);
		expect(history.map((h) => h.action)).toContain('update');
		expect(history.some((h) => JSON.stringify(h.after).includes('plannedCosts'))).toBe(true);
		await deleteMeasure(f.coordinator, plan.id, b.id, after.priorities[0].measures[0].version);
		await deletePriority(
			f.coordinator,
			plan.id,
			p.id,
			(await getPlanTree(f.coordinator, plan.id)).priorities[0].version
		);
		expect((await getPlanTree(f.coordinator, plan.id)).priorities).toHaveLength(0);
	});

	it('refuses to shrink the period below a measure', async () => {
		const plan = await newPlan('Zkrácení');
		const p = await createPriority(f.coordinator, plan.id, { title: 'P' });
		await createMeasure(f.coordinator, plan.id, p.id, measureFixture());
		const e = (await errorOf(
			updatePlan(f.coordinator, plan.id, {
				kind: 'komunitni_plan',
				title: plan.title,
				periodFrom: 2022,
				periodTo: 2023,
				version: plan.version
			})
		)) as ValidationError;
		expect(e.fields.periodTo[0]).toContain('1.1');
	});
});

describe('lifecycle and versions', () => {
	it('stores a version at every status change, refuses edits when approved, update keeps the approved version public', async () => {
		const plan = await newPlan('Životní cyklus');
		const p = await createPriority(f.coordinator, plan.id, {
			title: 'Senioři',
			responsibleBodyId: f.seniors
		});
		const m = await createMeasure(f.coordinator, plan.id, p.id, measureFixture());
		await expect(getPublishedPlan(plan.id)).rejects.toBeInstanceOf(NotFoundError);
		let v = (await db().select().from(plans).where(eq(plans.id, plan.id)))[0].version;
		await changePlanStatus(f.coordinator, plan.id, { to: 'draft', version: v });
		await expect(
			changePlanStatus(f.coordinator, plan.id, { to: 'in_force', version: v + 1 })
		).rejects.toBeInstanceOf(ValidationError);
		await changePlanStatus(f.coordinator, plan.id, { to: 'consultation', version: v + 1 });
		await expect(
			approvePlan(f.coordinator, plan.id, {
				byLabel: '',
				on: '2021-12-20',
				resolution: '',
				version: v + 2
			})
		).rejects.toBeInstanceOf(ValidationError);
		await approvePlan(f.coordinator, plan.id, {
			byLabel: 'Valná hromada Mikroregionu Valašskomeziříčsko-Kelečsko',
			on: '2021-12-20',
			resolution: 'VH/2021/12',
			version: v + 2
		});
		v += 3;
		// Structure edits are refused while approved, with the Czech hint.
		const e = (await errorOf(
			createPriority(f.coordinator, plan.id, { title: 'Nová' })
		)) as ValidationError;
		expect(e.message).toContain('Zahájit aktualizaci plánu');
		expect(
			(await errorOf(
				updateMeasure(f.coordinator, plan.id, m.id, { ...measureFixture(), version: m.version })
			)) as Error
		).toBeInstanceOf(ValidationError);
		await changePlanStatus(f.coordinator, plan.id, { to: 'in_force', version: v });
		v++;
		// A manager records monitoring (table of the monitoring colleague): it merges into the public tree.
		await db().insert(measureMonitoring).values({
			planId: plan.id,
			measureId: m.id,
			year: 2022,
			status: 'in_progress',
			progress: 40
		});
		await startPlanUpdate(f.coordinator, plan.id, { version: v });
		const { versions } = await listPlanVersions(f.coordinator, plan.id);
		expect(versions.map((x) => [x.versionNo, x.status])).toEqual([
			[5, 'draft'],
			[4, 'in_force'],
			[3, 'approved'],
			[2, 'consultation'],
			[1, 'draft']
		]);
		const snap = (await db().select().from(planVersions).where(eq(planVersions.planId, plan.id)))[0]
			.snapshot as { priorities: { measures: { monitoring: unknown[] }[] }[] };
		expect(snap.priorities[0].measures[0].monitoring).toEqual([]);
		// Under update: edit the measure; the public plan still shows the approved title.
		const current = (await getPlanTree(f.coordinator, plan.id)).priorities[0].measures[0];
		await updateMeasure(f.coordinator, plan.id, m.id, {
			...measureFixture({ title: 'Navýšení kapacity o 40 lůžek', capacityChange: '40' }),
			version: current.version
		});
		const published = await getPublishedPlan(plan.id);
		expect(published.status).toBe('in_force');
		expect(published.priorities[0].measures[0].title).toBe(
			'Navýšení kapacity pobytových služeb pro seniory'
		);
		expect(published.priorities[0].measures[0].monitoring).toEqual([
			{ year: 2022, status: 'in_progress', progress: 40, comment: null }
		]);
		expect(published.approval.byLabel).toContain('Valná hromada');
		const cmp = await comparePlanVersionsOf(f.coordinator, plan.id, { a: '4', b: 'live' });
		expect(cmp.comparison.measures).toHaveLength(1);
		expect(cmp.comparison.measures[0].kind).toBe('changed');
		expect(cmp.comparison.measures[0].changes.map((c) => c.field)).toEqual([
			'title',
			'capacityChange'
		]);
		const cmp2 = await comparePlanVersionsOf(f.coordinator, plan.id, { a: 1, b: 3 });
		expect(cmp2.comparison.plan.map((c) => c.field)).toEqual(
			expect.arrayContaining(['status', 'approvedBy', 'approvedOn', 'approvalResolution'])
		);
		await expect(
			comparePlanVersionsOf(f.coordinator, plan.id, { a: 1, b: 99 })
		).rejects.toBeInstanceOf(ValidationError);
	});
});

describe('permissions', () => {
	it('reading: coordinator (area and kraj above), body members, responsible working group; not others', async () => {
		const plan = await newPlan('Oprávnění');
		await createPriority(f.coordinator, plan.id, {
			title: 'Senioři',
			responsibleBodyId: f.seniors
		});
		await expect(getPlanTree(f.coordinator, plan.id)).resolves.toBeDefined();
		await expect(getPlanTree(f.krajCoordinator, plan.id)).resolves.toBeDefined();
		await expect(getPlanTree(f.member, plan.id)).resolves.toBeDefined(); // member of the plan's body
		await expect(getPlanTree(f.manager, plan.id)).resolves.toBeDefined(); // working group of a priority
		await expect(getPlanTree(f.otherMember, plan.id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(getPlanTree(f.provider, plan.id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(getPlanTree(f.otherCoordinator, plan.id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(getPlanTree(ANONYMOUS, plan.id)).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(getPlanTree(f.coordinator, 'nope')).rejects.toBeInstanceOf(NotFoundError);
	});

	it('managing: only the coordinator; anonymous 401, others 403', async () => {
		const plan = await newPlan('Správa');
		for (const actor of [f.manager, f.member, f.provider, f.otherCoordinator]) {
			await expect(createPriority(actor, plan.id, { title: 'X' })).rejects.toBeInstanceOf(
				ForbiddenError
			);
		}
		await expect(createPriority(ANONYMOUS, plan.id, { title: 'X' })).rejects.toBeInstanceOf(
			UnauthorizedError
		);
		await expect(
			createPlan(ANONYMOUS, {
				areaId: f.area,
				kind: 'other',
				title: 'x',
				periodFrom: 2022,
				periodTo: 2023
			})
		).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(
			createPlan(f.otherCoordinator, {
				areaId: f.area,
				kind: 'other',
				title: 'x',
				periodFrom: 2022,
				periodTo: 2023
			})
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			createPlan(f.coordinator, {
				areaId: f.area,
				kind: 'nic',
				title: 'x',
				periodFrom: 2024,
				periodTo: 2022
			})
		).rejects.toBeInstanceOf(ValidationError);
		await expect(
			updatePriority(f.manager, plan.id, plan.id, { title: 'x', version: 1 })
		).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('lists what each actor may see', async () => {
		const hidden = await newPlan('Neveřejný plán listu');
		const list = async (actor: Parameters<typeof listPlans>[0]) =>
			(await listPlans(actor, { q: 'Neveřejný plán listu' })).rows.map((r) => r.id);
		expect(await list(f.coordinator)).toEqual([hidden.id]);
		expect(await list(f.krajCoordinator)).toEqual([hidden.id]);
		expect(await list(f.member)).toEqual([hidden.id]);
		expect(await list(f.otherCoordinator)).toEqual([]);
		expect(await list(ANONYMOUS)).toEqual([]);
		const page = await listPlans(f.coordinator, { pageSize: 2 });
		expect(page.rows.length).toBeLessThanOrEqual(2);
		expect(page.total).toBeGreaterThan(2);
	});
});
