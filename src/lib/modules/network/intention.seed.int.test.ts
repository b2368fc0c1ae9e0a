import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { runSeeders } from '#lib/platform/seed/seed.server.ts';
import { organisationSeeders } from '#lib/modules/organisation/index.ts';
import { catalogueSeeders } from '#lib/modules/catalogue/index.ts';
import { plansSeeders } from '#lib/modules/plans/index.ts';
import { networkSeeder } from './network.seed.server.ts';
import { intentionSeeder } from './intention.seed.server.ts';
import { networkCalls, networkIntentions } from './intention.schema.ts';
import { networkEntries } from './network.schema.ts';
import { intentionsForMeasures } from './intention.service.server.ts';

useTestDatabase();

describe('intentions demo seeder', () => {
	it('seeds the Liberec call 2017 and the Valmez intentions 2023 in various states', async () => {
		await runSeeders(db(), [
			...organisationSeeders,
			...catalogueSeeders,
			...plansSeeders,
			networkSeeder,
			intentionSeeder
		]);
		const calls = await db().select().from(networkCalls).orderBy(asc(networkCalls.year));
		expect(calls.map((c) => c.year)).toEqual([2017, 2023]);
		expect(calls[0].eligibleKinds).toEqual(['39', '70', '43', '67']);
		const rows = await db().select().from(networkIntentions);
		const valmez = rows.filter((r) => r.year === 2023);
		expect(valmez.map((r) => r.status).sort()).toEqual([
			'approved',
			'postponed',
			'stated',
			'submitted'
		]);
		expect(valmez.every((r) => r.measureId && r.planAreaId)).toBe(true);
		const approved = valmez.find((r) => r.status === 'approved')!;
		const [entry] = await db()
			.select()
			.from(networkEntries)
			.where(eq(networkEntries.intentionId, approved.id));
		expect(entry.plannedName).toMatch(/Domov pro seniory/);
		expect(rows.filter((r) => r.year === 2017).length).toBeGreaterThanOrEqual(2);
		const relying = await intentionsForMeasures([approved.measureId!], { approvedOnly: true });
		expect(relying[0].capacity).toEqual([{ form: 'pob', unit: 'beds', delta: 30 }]);
	});
});
