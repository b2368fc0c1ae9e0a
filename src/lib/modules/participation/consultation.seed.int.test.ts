import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { runSeeders } from '#lib/platform/seed/seed.server.ts';
import { organisationSeeders } from '#lib/modules/organisation/index.ts';
import { plans, plansSeeders } from '#lib/modules/plans/index.ts';
import { consultationSeeder } from './consultation.seed.server.ts';
import {
	getPublicConsultation,
	getSettlement,
	listPublicConsultations
} from './consultation.service.server.ts';

useTestDatabase();

describe('demo consultations', () => {
	it('load the settled Valmez consultation linked to the plan and an open Liberec one', async () => {
		const refs: Map<string, string> = new Map();
		await runSeeders(db(), [
			...organisationSeeders,
			...plansSeeders,
			consultationSeeder,
			{
				id: 'test.refs',
				order: 999,
				run: async (ctx) => void ctx.refs.forEach((v, k) => refs.set(k, v))
			}
		]);
		const valmezId = refs.get('consultation:valmez')!;
		const settlement = await getSettlement(ANONYMOUS, valmezId);
		expect(settlement.published).toBe(true);
		expect(settlement.rows).toHaveLength(8);
		expect(new Set(settlement.rows.map((r) => r.status))).toEqual(
			new Set(['accepted', 'partly_accepted', 'rejected', 'noted'])
		);
		expect(settlement.rows.every((r) => r.justification)).toBe(true);
		expect(settlement.stats.byChannel.every((c) => c.count > 0)).toBe(true);
		expect(settlement.rows.filter((r) => r.measureNumber).map((r) => r.measureNumber)).toEqual([
			'1.2',
			'1.1',
			'1.3',
			'2.2',
			'4.1'
		]);
		const [plan] = await db()
			.select()
			.from(plans)
			.where(eq(plans.id, refs.get('plan:valmez')!));
		expect(plan.consultationId).toBe(valmezId);
		const view = await getPublicConsultation(ANONYMOUS, valmezId);
		expect(view.sections.filter((s) => s.kind === 'measure').length).toBeGreaterThan(5);
		const list = await listPublicConsultations(ANONYMOUS);
		expect(list.rows.map((r) => r.phase)).toEqual(['open', 'settled']);
	});
});
