import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import {
	ConflictError,
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { auditLog } from '#lib/platform/audit/audit.schema.ts';
import { getPlanTree } from './plan.tree.server.ts';
import { rollupYear } from './plan.rollup.ts';
import {
	closeMonitoringYear,
	getMonitoringOverview,
	getMonitoringYear,
	recordMeasureMonitoring,
	reopenMonitoringYear
} from './monitoring.service.server.ts';
import {
	getEvaluationReport,
	getPublicEvaluation,
	getPublicPlan,
	listPublicPlans,
	saveEvaluationTexts
} from './evaluation.service.server.ts';
import {
	monitoringFixture,
	recordInput,
	type MonitoringFixture
} from './monitoring.testing.server.ts';

useTestDatabase();

let f: MonitoringFixture;
beforeAll(async () => {
	f = await monitoringFixture();
});

async function errorOf(p: Promise<unknown>): Promise<Error> {
	try {
		await p;
	} catch (e) {
		return e as Error;
	}
	throw new Error('expected an error');
}

describe('recording monitoring', () => {
	it('lets the manager record their group’s measure, with indicator values and actual costs', async () => {
		const row = await recordMeasureMonitoring(
			f.manager,
			f.planId,
			2023,
			f.seniorMeasure,
			recordInput(f)
		);
		expect(row.status).toBe('in_progress');
		expect(row.progress).toBe(40);
		expect(row.evidence).toEqual([
			{ label: 'Zpráva poskytovatele', url: 'https://example.org/zprava.pdf' }
		]);
		const tree = await getPlanTree(f.coordinator, f.planId);
		const node = tree.priorities[0].measures[0];
		expect(node.monitoring).toEqual([
			{ year: 2023, status: 'in_progress', progress: 40, comment: 'Probíhá výstavba.' }
		]);
		expect(node.indicators[0].actuals).toEqual([{ year: 2023, actual: 130, note: null }]);
		expect(node.actualCosts).toEqual([{ year: 2023, source: 'state_101a', amount: 280000.5 }]);

		// Update with the version: the actual cost set is replaced, a blank indicator value removes it.
		const updated = await recordMeasureMonitoring(
			f.manager,
			f.planId,
			2023,
			f.seniorMeasure,
			recordInput(f, {
				progress: 60,
				version: row.version,
				indicators: [{ indicatorId: f.indicatorId, actual: '' }],
				actualCosts: [{ source: 'municipalities', amount: 90000 }]
			})
		);
		expect(updated.version).toBe(row.version + 1);
		const after = (await getPlanTree(f.coordinator, f.planId)).priorities[0].measures[0];
		expect(after.indicators[0].actuals).toEqual([]);
		expect(after.actualCosts).toEqual([{ year: 2023, source: 'municipalities', amount: 90000 }]);

		// A stale version is a conflict.
		expect(
			await errorOf(
				recordMeasureMonitoring(
					f.manager,
					f.planId,
					2023,
					f.seniorMeasure,
					recordInput(f, { version: row.version })
				)
			)
		).toBeInstanceOf(ConflictError);
		// An existing record without a version is a conflict too (never overwrite blindly).
		expect(
			await errorOf(
				recordMeasureMonitoring(f.coordinator, f.planId, 2023, f.seniorMeasure, recordInput(f))
			)
		).toBeInstanceOf(ConflictError);

		const history = await db().select().from(auditLog).where(eq(auditLog.entityId, row.id));
		expect(history.map((h) => h.action).sort()).toEqual(['create', 'update']);
	});

	it('refuses another group’s measure (403), strangers (403) and the anonymous (401)', async () => {
		expect(
			await errorOf(
				recordMeasureMonitoring(
					f.manager,
					f.planId,
					2023,
					f.familyMeasure,
					recordInput(f, { indicators: [] })
				)
			)
		).toBeInstanceOf(ForbiddenError);
		expect(
			await errorOf(
				recordMeasureMonitoring(f.member, f.planId, 2023, f.seniorMeasure, recordInput(f))
			)
		).toBeInstanceOf(ForbiddenError);
		expect(
			await errorOf(
				recordMeasureMonitoring(f.otherCoordinator, f.planId, 2023, f.seniorMeasure, recordInput(f))
			)
		).toBeInstanceOf(ForbiddenError);
		expect(
			await errorOf(
				recordMeasureMonitoring(ANONYMOUS, f.planId, 2023, f.seniorMeasure, recordInput(f))
			)
		).toBeInstanceOf(UnauthorizedError);
		// The kraj coordinator covers the microregion.
		const row = await recordMeasureMonitoring(f.krajCoordinator, f.planId, 2023, f.familyMeasure, {
			status: 'not_started',
			progress: 0
		});
		expect(row.status).toBe('not_started');
	});

	it('validates: unit mismatch, progress range and consistency, year outside the period or the measure', async () => {
		const unit = (await errorOf(
			recordMeasureMonitoring(
				f.manager,
				f.planId,
				2024,
				f.seniorMeasure,
				recordInput(f, {
					indicators: [{ indicatorId: f.indicatorId, actual: '5', unit: 'osoby' }]
				})
			)
		)) as ValidationError;
		expect(unit).toBeInstanceOf(ValidationError);
		expect(unit.fields['indicators.0.unit'][0]).toContain('„lůžka“');

		const range = (await errorOf(
			recordMeasureMonitoring(
				f.manager,
				f.planId,
				2024,
				f.seniorMeasure,
				recordInput(f, { progress: 120 })
			)
		)) as ValidationError;
		expect(range.fields.progress[0]).toBe('Plnění musí být od 0 do 100 %.');

		const done = (await errorOf(
			recordMeasureMonitoring(
				f.manager,
				f.planId,
				2024,
				f.seniorMeasure,
				recordInput(f, { status: 'done', progress: 80 })
			)
		)) as ValidationError;
		expect(done.fields.progress[0]).toBe('Splněné opatření má plnění 100 %.');

		const outside = (await errorOf(
			recordMeasureMonitoring(f.manager, f.planId, 2025, f.seniorMeasure, recordInput(f))
		)) as ValidationError;
		expect(outside).toBeInstanceOf(ValidationError);
		expect(outside.message).toContain('nepatří do období plánu (2022–2024)');

		const beforeStart = (await errorOf(
			recordMeasureMonitoring(f.coordinator, f.planId, 2022, f.familyMeasure, {
				status: 'not_started',
				progress: 0
			})
		)) as ValidationError;
		expect(beforeStart.message).toContain('2023–2024');

		const foreignIndicator = (await errorOf(
			recordMeasureMonitoring(f.coordinator, f.planId, 2024, f.familyMeasure, {
				status: 'in_progress',
				progress: 10,
				indicators: [{ indicatorId: f.indicatorId, actual: 1 }]
			})
		)) as ValidationError;
		expect(foreignIndicator.fields['indicators.0.indicatorId']).toBeDefined();

		expect(
			await errorOf(
				recordMeasureMonitoring(
					f.manager,
					f.planId,
					2024,
					'00000000-0000-4000-8000-000000000000',
					recordInput(f)
				)
			)
		).toBeInstanceOf(NotFoundError);
	});

	it('has no monitoring for a plan in preparation', async () => {
		const e = (await errorOf(
			closeMonitoringYear(f.coordinator, f.draftPlanId, 2025)
		)) as ValidationError;
		expect(e).toBeInstanceOf(ValidationError);
		expect(e.message).toContain('Plán ještě není schválen');
		const overview = await getMonitoringOverview(f.coordinator, f.draftPlanId);
		expect(overview.blockedReason).toContain('Plán ještě není schválen');
	});
});

describe('closing and reopening a year', () => {
	it('closes the year (coordinator only), then records are refused; reopening needs a reason and is audited', async () => {
		await recordMeasureMonitoring(f.coordinator, f.planId, 2022, f.seniorMeasure, {
			status: 'done',
			progress: 100,
			comment: 'Projekt připraven.'
		});
		expect(await errorOf(closeMonitoringYear(f.manager, f.planId, 2022))).toBeInstanceOf(
			ForbiddenError
		);
		expect(await errorOf(closeMonitoringYear(ANONYMOUS, f.planId, 2022))).toBeInstanceOf(
			UnauthorizedError
		);
		const closed = await closeMonitoringYear(f.coordinator, f.planId, 2022);
		expect(closed.status).toBe('closed');
		expect(closed.closedAt).toBeInstanceOf(Date);

		const refused = (await errorOf(
			recordMeasureMonitoring(f.coordinator, f.planId, 2022, f.seniorMeasure, {
				status: 'done',
				progress: 100,
				version: 1
			})
		)) as ValidationError;
		expect(refused.message).toContain('je uzavřen');
		const view = await getMonitoringYear(f.manager, f.planId, '2022');
		expect(view.editable.size).toBe(0);

		const noReason = (await errorOf(
			reopenMonitoringYear(f.coordinator, f.planId, 2022, { reason: '', version: closed.version })
		)) as ValidationError;
		expect(noReason.fields.reason).toBeDefined();
		expect(
			await errorOf(
				reopenMonitoringYear(f.manager, f.planId, 2022, {
					reason: 'Oprava',
					version: closed.version
				})
			)
		).toBeInstanceOf(ForbiddenError);
		const reopened = await reopenMonitoringYear(f.coordinator, f.planId, 2022, {
			reason: 'Poskytovatel doplnil skutečné náklady.',
			version: closed.version
		});
		expect(reopened.status).toBe('open');
		const entries = await db().select().from(auditLog).where(eq(auditLog.entityId, closed.id));
		const reopen = entries.find((e) => e.action === 'reopen')!;
		expect(reopen.after).toMatchObject({
			status: 'open',
			reason: 'Poskytovatel doplnil skutečné náklady.'
		});
		expect(entries.some((e) => e.action === 'close')).toBe(true);
		const year = await getMonitoringYear(f.coordinator, f.planId, '2022');
		expect(year.history.entries.some((e) => e.action === 'reopen')).toBe(true);
		await closeMonitoringYear(f.coordinator, f.planId, 2022, { version: reopened.version });
	});

	it('shows the year to the manager with only their measures editable; 404 for a year outside the period', async () => {
		const view = await getMonitoringYear(f.manager, f.planId, '2024');
		expect([...view.editable]).toEqual([f.seniorMeasure]);
		expect(view.canClose).toBe(false);
		expect(await errorOf(getMonitoringYear(f.manager, f.planId, '2030'))).toBeInstanceOf(
			NotFoundError
		);
		expect(await errorOf(getMonitoringYear(ANONYMOUS, f.planId, '2024'))).toBeInstanceOf(
			UnauthorizedError
		);
		expect(await errorOf(getMonitoringYear(f.otherMember, f.planId, '2024'))).toBeInstanceOf(
			ForbiddenError
		);
	});
});

describe('evaluation and public pages', () => {
	it('saves the report texts and builds the report with the roll-up', async () => {
		expect(
			await errorOf(saveEvaluationTexts(f.manager, f.planId, 2022, { introduction: 'x' }))
		).toBeInstanceOf(ForbiddenError);
		await saveEvaluationTexts(f.coordinator, f.planId, 2022, {
			introduction: 'Úvod hodnocení.',
			summary: 'Shrnutí.'
		});
		const view = await getEvaluationReport(f.coordinator, f.planId, '2022');
		expect(view.report.introduction).toBe('Úvod hodnocení.');
		expect(view.report.closed).toBe(true);
		expect(view.report.figures.progress).toBe(100);
		const tree = await getPlanTree(f.coordinator, f.planId);
		expect(view.report.figures.progress).toBe(rollupYear(tree, 2022).plan.progress);
	});

	it('shows the public plan with closed years only; 404 for plans in preparation and open years', async () => {
		const pub = await getPublicPlan(f.planId);
		expect(pub.years.map((y) => y.year)).toEqual([2022]);
		// 2023 is open: its records are not public.
		const m = pub.tree.priorities[0].measures[0];
		expect(m.monitoring.map((r) => r.year)).toEqual([2022]);
		expect(m.actualCosts).toEqual([]);
		expect(await errorOf(getPublicPlan(f.draftPlanId))).toBeInstanceOf(NotFoundError);
		expect(await errorOf(getPublicEvaluation(f.planId, '2023'))).toBeInstanceOf(NotFoundError);
		const report = await getPublicEvaluation(f.planId, '2022');
		expect(report.summary).toBe('Shrnutí.');
		const list = await listPublicPlans({ q: 'strednedoby' });
		expect(list.rows.map((r) => r.id)).toContain(f.planId);
		expect(list.rows.map((r) => r.id)).not.toContain(f.draftPlanId);
	});
});
