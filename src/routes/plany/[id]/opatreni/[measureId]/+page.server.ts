/**
 * /plany/[id]/opatreni/[measureId]: a measure with all its fields, the planned-costs grid
 * (sources × years), indicators with yearly targets and actuals, activities and history.
 */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	addActivity,
	addIndicator,
	deleteActivity,
	deleteIndicator,
	getMeasurePage,
	planYears,
	setPlannedCosts,
	updateActivity,
	updateIndicator,
	updateMeasure
} from '#lib/modules/plans/index.ts';
import { failFrom } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { costGridFromForm, targetsFromForm } from '#lib/modules/plans/views/plan.form.server.ts';
import { planHistory } from '#lib/modules/plans/views/plan.history.ts';
// participation (suggestions block): suggestions linked to this measure
import { can } from '#lib/platform/access/can.ts';
import { suggestionsForMeasure } from '#lib/modules/participation/index.ts';
// network (intentions block): approved development intentions relying on this measure
import { intentionsForMeasures } from '#lib/modules/network/index.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const p = await getMeasurePage(locals.actor, params.id, params.measureId);
	const x = p.measure;
	const title = m.plans_measure_title({ number: x.number, title: x.title });
	return {
		title,
		breadcrumbs: [
			{ label: m.plans_nav(), href: '/plany' },
			{ label: p.tree.title, href: `/plany/${params.id}` },
			{ label: `${x.number} ${x.title}` }
		],
		plan: {
			id: p.tree.id,
			title: p.tree.title,
			periodFrom: p.tree.periodFrom,
			periodTo: p.tree.periodTo,
			years: planYears(p.tree)
		},
		priority: { number: p.priority.number, title: p.priority.title },
		measure: x,
		editable: p.editable,
		canRead: p.canRead,
		options: p.options,
		versions: p.versions,
		ownBodyId: p.ownBodyId,
		// participation (suggestions block): suggestions linked to this measure (public: published only)
		linkedSuggestions: (await suggestionsForMeasure(x.id)).filter(
			(s) => can(locals.actor, 'participation.suggestions.list') || s.status === 'published'
		),
		suggestionsStaff: can(locals.actor, 'participation.suggestions.list'),
		history: planHistory(p.history),
		// network (intentions block): approved development intentions relying on this measure
		relyingIntentions: await intentionsForMeasures([x.id], { approvedOnly: true })
	};
};

type Values = Record<string, string | string[]>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

async function run(event: RequestEvent, form: string, use: (values: Values) => Promise<string>) {
	const values = formToObject(await event.request.formData());
	let message;
	try {
		message = await use(values);
	} catch (error) {
		return failFrom(error, { ...values, form });
	}
	setFlash(event.cookies, { type: 'success', message });
	redirect(303, `/plany/${event.params.id}/opatreni/${event.params.measureId}`);
}

/** The plan's years, read from the hidden field (validated again by the service). */
const yearsOf = (v: Values): number[] => {
	const from = Number(str(v.periodFrom));
	const to = Number(str(v.periodTo));
	if (!Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from > 30) return [];
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
};

export const actions: Actions = {
	update: (e) =>
		run(e, 'measure', async (v) => {
			await updateMeasure(e.locals.actor, e.params.id, e.params.measureId, v);
			return m.plans_measure_saved();
		}),
	costs: (e) =>
		run(e, 'costs', async (v) => {
			const costs = costGridFromForm(v, yearsOf(v));
			await setPlannedCosts(e.locals.actor, e.params.id, e.params.measureId, {
				costs,
				version: v.version
			});
			return m.plans_costs_saved();
		}),
	addIndicator: (e) =>
		run(e, 'add-indicator', async (v) => {
			const targets = targetsFromForm(v, yearsOf(v));
			await addIndicator(e.locals.actor, e.params.id, e.params.measureId, { ...v, targets });
			return m.plans_indicator_added();
		}),
	updateIndicator: (e) =>
		run(e, 'indicator', async (v) => {
			const targets = targetsFromForm(v, yearsOf(v));
			await updateIndicator(e.locals.actor, e.params.id, str(v.indicatorId), { ...v, targets });
			return m.plans_indicator_saved();
		}),
	deleteIndicator: (e) =>
		run(e, 'delete', async (v) => {
			await deleteIndicator(e.locals.actor, e.params.id, str(v.indicatorId), v.version);
			return m.plans_indicator_deleted();
		}),
	addActivity: (e) =>
		run(e, 'add-activity', async (v) => {
			await addActivity(e.locals.actor, e.params.id, e.params.measureId, v);
			return m.plans_activity_added();
		}),
	updateActivity: (e) =>
		run(e, 'activity', async (v) => {
			await updateActivity(e.locals.actor, e.params.id, str(v.activityId), v);
			return m.plans_activity_saved();
		}),
	deleteActivity: (e) =>
		run(e, 'delete', async (v) => {
			await deleteActivity(e.locals.actor, e.params.id, str(v.activityId), v.version);
			return m.plans_activity_deleted();
		})
};
