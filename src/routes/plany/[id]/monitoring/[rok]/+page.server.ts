/**
 * /plany/<id>/monitoring/<rok>: one year of monitoring — the measures with their status, the
 * per-measure form (`?opatreni=<id>`), closing and reopening the year, the year's history.
 */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	closeMonitoringYear,
	formErrorKeys,
	FUNDING_SOURCES,
	getMonitoringYear,
	monitoringFormToInput,
	recordMeasureMonitoring,
	reopenMonitoringYear
} from '#lib/modules/plans/index.ts';
import { presentYearHistory } from '#lib/modules/plans/views/monitoring/history.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { isAppError } from '#lib/platform/http/errors.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale } from '#lib/platform/i18n/format.ts';
import { fail } from '@sveltejs/kit';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const view = await getMonitoringYear(locals.actor, params.id, params.rok);
	const { tree, year, rollup, records } = view;
	const numbers = new Map(
		tree.priorities.flatMap((p) => p.measures.map((ms) => [ms.id, ms.number]))
	);
	const priorities = tree.priorities.map((p, i) => ({
		id: p.id,
		number: p.number,
		title: p.title,
		group: p.responsibleBody?.name ?? null,
		progress: rollup.priorities[i].progress,
		measures: p.measures.map((ms) => {
			const f = rollup.measures.get(ms.id)!;
			const record = records.get(ms.id) ?? null;
			return {
				id: ms.id,
				number: ms.number,
				title: ms.title,
				group: ms.responsibleBody?.name ?? p.responsibleBody?.name ?? null,
				years: `${ms.startYear}–${ms.endYear}`,
				active: f.active,
				recorded: !!record,
				status: f.status,
				progress: f.progress,
				comment: f.comment,
				evidence: record?.evidence ?? [],
				recordedByName: record?.recordedByName ?? null,
				recordedAt: record?.recordedAt ?? null,
				editable: view.editable.has(ms.id),
				indicators: ms.indicators.map((ind) => ({
					id: ind.id,
					name: ind.name,
					unit: ind.unit,
					target: ind.targets.find((t) => t.year === year)?.target ?? null,
					actual: ind.actuals.find((a) => a.year === year)?.actual ?? null
				}))
			};
		})
	}));
	const selectedId = url.searchParams.get('opatreni');
	let editing = null;
	if (selectedId && view.editable.has(selectedId)) {
		const p = tree.priorities.find((pr) => pr.measures.some((ms) => ms.id === selectedId))!;
		const ms = p.measures.find((x) => x.id === selectedId)!;
		const record = records.get(ms.id) ?? null;
		editing = {
			id: ms.id,
			number: ms.number,
			title: ms.title,
			version: record?.version ?? null,
			status: record?.status ?? 'not_started',
			progress: record?.progress ?? 0,
			comment: record?.comment ?? '',
			links: (record?.evidence ?? [])
				.filter((e) => e.url)
				.map((e) => ({ label: e.label, url: e.url! })),
			meetingIds: (record?.evidence ?? []).filter((e) => e.meetingId).map((e) => e.meetingId!),
			indicators: ms.indicators.map((ind) => {
				const a = ind.actuals.find((x) => x.year === year);
				return {
					id: ind.id,
					name: ind.name,
					unit: ind.unit,
					target: ind.targets.find((t) => t.year === year)?.target ?? null,
					actual: a?.actual ?? null,
					note: a?.note ?? ''
				};
			}),
			costs: FUNDING_SOURCES.map((source) => ({
				source,
				planned: ms.costs
					.filter((c) => c.year === year && c.source === source)
					.reduce((s, c) => s + c.amount, 0),
				actual: ms.actualCosts.find((c) => c.year === year && c.source === source)?.amount ?? null
			}))
		};
	}
	return {
		title: m.plans_mon_year_title({ year: String(year), plan: tree.title }),
		breadcrumbs: [
			{ label: m.plans_mon_crumb_plans(), href: '/plany' },
			{ label: tree.title, href: `/plany/${tree.id}` },
			{ label: m.plans_mon_crumb_monitoring(), href: `/plany/${tree.id}/monitoring` },
			{ label: String(year) }
		],
		plan: { id: tree.id, title: tree.title, status: tree.status },
		year,
		state: (view.yearRow?.status ?? 'none') as 'none' | 'open' | 'closed',
		closedAt: view.yearRow?.closedAt ?? null,
		yearVersion: view.yearRow?.version ?? null,
		canClose: view.canClose,
		blockedReason: view.blockedReason,
		summary: {
			progress: rollup.plan.progress,
			counts: rollup.plan.counts,
			active: rollup.plan.activeCount,
			planned: rollup.plan.planned,
			actual: rollup.plan.actual
		},
		priorities,
		editing,
		meetingOptions: view.meetingOptions,
		history: presentYearHistory(
			view.history.entries,
			view.history.measureOf,
			numbers,
			currentLocale()
		)
	};
};

export const actions: Actions = {
	record: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const measureId = typeof values.measureId === 'string' ? values.measureId : '';
		const input = monitoringFormToInput(values);
		const year = Number(params.rok);
		try {
			await recordMeasureMonitoring(locals.actor, params.id, year, measureId, input);
		} catch (error) {
			if (!isAppError(error)) throw error;
			const failure = failFrom(error, values);
			failure.data.errors = formErrorKeys(failure.data.errors, input);
			return failure;
		}
		setFlash(cookies, { type: 'success', message: m.plans_mon_recorded_flash() });
		redirect(303, `/plany/${params.id}/monitoring/${params.rok}#opatreni-${measureId}`);
	},
	close: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await closeMonitoringYear(locals.actor, params.id, Number(params.rok), values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.plans_mon_closed_flash({ year: params.rok }) });
		redirect(303, `/plany/${params.id}/monitoring/${params.rok}`);
	},
	reopen: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await reopenMonitoringYear(locals.actor, params.id, Number(params.rok), values);
		} catch (error) {
			const failure = failFrom(error, values);
			return fail(failure.status, { ...failure.data, reopen: true });
		}
		setFlash(cookies, {
			type: 'success',
			message: m.plans_mon_reopened_flash({ year: params.rok })
		});
		redirect(303, `/plany/${params.id}/monitoring/${params.rok}`);
	}
};
