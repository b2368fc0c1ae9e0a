import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the plans module, kept out of its public door
import {
	monitoringFixture,
	type MonitoringFixture
} from '#lib/modules/plans/monitoring.testing.server.ts';
import { closeMonitoringYear, recordMeasureMonitoring } from '#lib/modules/plans/index.ts';
import { load as listLoad } from './+page.server.ts';
import { load as planLoad } from './[id]/+page.server.ts';
import { load as evaluationLoad } from './[id]/hodnoceni/[rok]/+page.server.ts';

useTestDatabase();

let f: MonitoringFixture;
beforeAll(async () => {
	f = await monitoringFixture();
	await recordMeasureMonitoring(f.manager, f.planId, 2022, f.seniorMeasure, {
		status: 'in_progress',
		progress: 30,
		indicators: [{ indicatorId: f.indicatorId, actual: 125 }]
	});
	await closeMonitoringYear(f.coordinator, f.planId, 2022);
	await recordMeasureMonitoring(f.manager, f.planId, 2023, f.seniorMeasure, {
		status: 'done',
		progress: 100
	});
});

const load = (
	fn: unknown,
	params: Record<string, string>,
	url = 'http://localhost/plany-rozvoje'
) => {
	const { event } = fakeEvent({ actor: ANONYMOUS, params, url });
	return outcome(() => (fn as (e: never) => unknown)(event as never));
};
const statusOf = (r: { thrown?: unknown }) => (r.thrown as { status?: number } | undefined)?.status;

describe('public plan pages (no login)', () => {
	it('lists approved plans with filters; plans in preparation are not listed', async () => {
		const all = (await load(listLoad, {}, 'http://localhost/plany-rozvoje?q=Střednědobý'))
			.value as { rows: { id: string }[] };
		expect(all.rows.map((r) => r.id)).toContain(f.planId);
		expect(all.rows.map((r) => r.id)).not.toContain(f.draftPlanId);
		const other = (await load(listLoad, {}, `http://localhost/plany-rozvoje?uzemi=${f.otherArea}`))
			.value as { rows: unknown[] };
		expect(other.rows).toEqual([]);
	});

	it('shows the plan with the statuses of the last closed year only', async () => {
		const data = (await load(planLoad, { id: f.planId })).value as {
			latestYear: number;
			years: { year: number }[];
			priorities: {
				measures: {
					status: string | null;
					progress: number | null;
					indicators: { actual: number | null }[];
				}[];
			}[];
		};
		expect(data.latestYear).toBe(2022);
		expect(data.years.map((y) => y.year)).toEqual([2022]);
		const m = data.priorities[0].measures[0];
		expect(m.status).toBe('in_progress'); // the open 2023 "done" is not public yet
		expect(m.progress).toBe(30);
		expect(m.indicators[0].actual).toBe(125);
	});

	it('is 404 for a plan in preparation, an unknown id and an open year', async () => {
		expect(statusOf(await load(planLoad, { id: f.draftPlanId }))).toBe(404);
		expect(statusOf(await load(planLoad, { id: 'xyz' }))).toBe(404);
		expect(statusOf(await load(evaluationLoad, { id: f.planId, rok: '2023' }))).toBe(404);
		const ok = (await load(evaluationLoad, { id: f.planId, rok: '2022' })).value as {
			report: { closed: boolean };
		};
		expect(ok.report.closed).toBe(true);
	});
});
