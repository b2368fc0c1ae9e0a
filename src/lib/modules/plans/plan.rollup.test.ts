import { describe, expect, it } from 'vitest';
import { costDelta, rollupYear } from './plan.rollup.ts';
import { fixtureMeasure, fixturePlan, fixturePriority, samplePlan } from './monitoring.fixture.ts';

describe('rollupYear', () => {
	it('weights measures equally and leaves cancelled and inactive measures out', () => {
		const r = rollupYear(samplePlan(), 2022);
		// 1.1 done 100 %, 1.2 40 %; 2.1 cancelled (excluded); 2.2 starts in 2023 (excluded).
		expect(r.priorities[0].progress).toBe(70);
		expect(r.priorities[1].progress).toBeNull();
		expect(r.priorities[1].activeCount).toBe(1);
		expect(r.priorities[1].countedCount).toBe(0);
		expect(r.plan.progress).toBe(70);
		expect(r.plan.counts).toMatchObject({ done: 1, in_progress: 1, cancelled: 1, not_started: 0 });
		expect(r.plan.activeCount).toBe(3);
		expect(r.measures.get(r.priorities[1].id)).toBeUndefined();
	});

	it('weights by planned cost of the year when the plan says so', () => {
		const r = rollupYear(samplePlan({ rollupWeighting: 'cost' }), 2022);
		// 1.1 planned 400 000 at 100 %, 1.2 planned 100 000 at 40 % → 88 %.
		expect(r.priorities[0].progress).toBe(88);
		expect(r.priorities[0].weighting).toBe('cost');
		expect(r.plan.progress).toBe(88);
	});

	it('falls back to equal weights when nothing counted has a planned cost', () => {
		const plan = fixturePlan(
			[
				fixturePriority('1', 'A', [
					fixtureMeasure({
						monitoring: [{ year: 2023, status: 'in_progress', progress: 20, comment: null }]
					}),
					fixtureMeasure({
						monitoring: [{ year: 2023, status: 'done', progress: 100, comment: null }]
					})
				])
			],
			{ rollupWeighting: 'cost' }
		);
		const r = rollupYear(plan, 2023);
		expect(r.plan.progress).toBe(60);
		expect(r.plan.weighting).toBe('equal');
	});

	it('counts a measure without a record as not started with 0 %', () => {
		const plan = fixturePlan([fixturePriority('1', 'A', [fixtureMeasure(), fixtureMeasure()])]);
		const r = rollupYear(plan, 2024);
		expect(r.plan.progress).toBe(0);
		expect(r.plan.counts.not_started).toBe(2);
	});

	it('gives null progress and zero costs for an empty plan', () => {
		const r = rollupYear(fixturePlan([]), 2022);
		expect(r.plan.progress).toBeNull();
		expect(r.plan.activeCount).toBe(0);
		expect(r.priorities).toEqual([]);
		expect(r.sources.every((s) => s.planned === 0 && s.actual === 0)).toBe(true);
		expect(r.sources).toHaveLength(7);
	});

	it('sums planned and actual costs per source, per priority and in total', () => {
		const r = rollupYear(samplePlan(), 2022);
		const bySource = Object.fromEntries(r.sources.map((s) => [s.source, s]));
		expect(bySource.state_101a).toEqual({
			source: 'state_101a',
			planned: 300000,
			actual: 320000.5
		});
		expect(bySource.region.planned).toBe(100000);
		expect(bySource.municipalities.planned).toBe(100000);
		expect(r.priorities[0].planned).toBe(500000);
		expect(r.priorities[0].actual).toBe(320000.5);
		expect(r.plan.planned).toBe(500000);
		expect(r.plan.actual).toBe(320000.5);
		// Other years are not mixed in.
		expect(rollupYear(samplePlan(), 2023).plan.planned).toBe(0);
	});

	it('computes the cost difference and share', () => {
		expect(costDelta(100, 80)).toEqual({ diff: -20, ratio: 0.8 });
		expect(costDelta(0, 50)).toEqual({ diff: 50, ratio: null });
	});
});
