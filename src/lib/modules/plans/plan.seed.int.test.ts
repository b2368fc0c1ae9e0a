import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { runSeeders } from '#lib/platform/seed/seed.server.ts';
import { loadActor } from '#lib/platform/auth/user.service.server.ts';
import { users } from '#lib/platform/auth/auth.schema.ts';
import { organisationSeeders } from '#lib/modules/organisation/index.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import type { Seeder } from '#lib/platform/seed/seed.server.ts';
import { planSeeder } from './plan.seed.server.ts';
import { allMeasures, PUBLIC_PLAN_STATUSES } from './plan.tree.ts';
import { planVersions, plans } from './plan.schema.ts';
import { getPlanTree, getPublishedPlan } from './plan.tree.server.ts';
import { listPlanVersions } from './plan.versions.server.ts';

useTestDatabase();

describe('demo plans', () => {
	it('load the Valmez plan 2022–2024 (in force, approved 20. 12. 2021) and the MSK skeleton', async () => {
		// The demo manager account (the platform's demo seeder lives in the composition root).
		const { user } = await createTestUser({
			email: 'manazer@souhra.example',
			grants: [{ role: 'manager', bodyId: '00000000-0000-4000-8000-000000000009' }]
		});
		const accounts: Seeder = {
			id: 'test.accounts',
			order: 300,
			run: async ({ refs }) => void refs.set('user:manazer', user.id)
		};
		await runSeeders(db(), [accounts, ...organisationSeeders, planSeeder]);
		const [valmez] = await db().select().from(plans).where(eq(plans.periodFrom, 2022));
		expect(valmez.status).toBe('in_force');
		expect(valmez.approvedOn).toBe('2021-12-20');
		expect(valmez.approvedByLabel).toBe('Valná hromada Mikroregionu Valašskomeziříčsko-Kelečsko');

		const tree = await getPublishedPlan(valmez.id);
		expect(tree.priorities).toHaveLength(5);
		const measures = allMeasures(tree);
		expect(measures.length).toBeGreaterThanOrEqual(12);
		expect(measures.length).toBeLessThanOrEqual(15);
		const beds = measures.find(
			(m) => m.title === 'Navýšení kapacity pobytových služeb pro seniory'
		)!;
		expect(beds.capacityChange).toBe(30);
		expect(beds.capacityUnit).toBe('beds');
		expect(beds.costs.length).toBeGreaterThan(3);
		expect(beds.indicators[0].baseline).toBe(180);
		const decrease = measures.find((m) => m.capacityDecrease)!;
		expect(decrease.capacityChange).toBeLessThan(0);

		const versions = await db()
			.select()
			.from(planVersions)
			.where(eq(planVersions.planId, valmez.id));
		expect(versions.map((v) => v.status).sort()).toEqual([
			'approved',
			'consultation',
			'draft',
			'in_force'
		]);
		expect(versions.filter((v) => PUBLIC_PLAN_STATUSES.includes(v.status)).length).toBe(2);

		// The manager of the Valmez "Senioři" group may read the plan's working state.
		const [manazer] = await db()
			.select()
			.from(users)
			.where(eq(users.email, 'manazer@souhra.example'));
		const actor = await loadActor(manazer.id);
		expect(actor.kind === 'user' && actor.grants.filter((g) => g.role === 'manager')).toHaveLength(
			2
		);
		await expect(listPlanVersions(actor, valmez.id)).resolves.toBeDefined();

		const [msk] = await db().select().from(plans).where(eq(plans.periodFrom, 2024));
		expect(msk.status).toBe('preparation');
		await expect(getPlanTree(ANONYMOUS, msk.id)).rejects.toThrow();
		const mskTree = await getPlanTree(
			actor.kind === 'user' ? { ...actor, grants: [{ role: 'admin' }] } : actor,
			msk.id
		);
		expect(mskTree.priorities.length).toBe(4);
	});
});
