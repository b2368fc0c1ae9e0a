/** /plany/[id]/struktura: the coordinator edits priorities and measures (add, edit, reorder, delete, renumber). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	createMeasure,
	createPriority,
	deleteMeasure,
	deletePriority,
	getStructurePage,
	moveMeasure,
	movePriority,
	renumberPlan,
	updatePriority
} from '#lib/modules/plans/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals.actor, url);
	const s = await getStructurePage(locals.actor, params.id);
	return {
		title: m.plans_structure_title(),
		breadcrumbs: [
			{ label: m.plans_nav(), href: '/plany' },
			{ label: s.tree.title, href: `/plany/${params.id}` },
			{ label: m.plans_structure_title() }
		],
		plan: {
			id: s.tree.id,
			title: s.tree.title,
			periodFrom: s.tree.periodFrom,
			periodTo: s.tree.periodTo,
			version: s.tree.version
		},
		editable: s.editable,
		priorities: s.tree.priorities.map((p) => ({
			id: p.id,
			number: p.number,
			title: p.title,
			description: p.description,
			targetGroupId: p.targetGroup?.id ?? '',
			responsibleBodyId: p.responsibleBody?.id ?? '',
			version: p.version,
			measures: p.measures.map((x) => ({
				id: x.id,
				number: x.number,
				title: x.title,
				startYear: x.startYear,
				endYear: x.endYear,
				version: x.version
			}))
		})),
		bodyOptions: s.bodies,
		targetGroupOptions: s.targetGroups
	};
};

type Event = RequestEvent;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Run a use case; on success flash + back to this page (or `to`). */
async function run(
	event: Event,
	form: string,
	use: (values: Record<string, string | string[]>) => Promise<{ message: string; to?: string }>
) {
	const values = formToObject(await event.request.formData());
	let result;
	try {
		result = await use(values);
	} catch (error) {
		return failFrom(error, { ...values, form });
	}
	setFlash(event.cookies, { type: 'success', message: result.message });
	redirect(303, result.to ?? `/plany/${event.params.id}/struktura`);
}

export const actions: Actions = {
	addPriority: (e) =>
		run(e, 'add-priority', async (v) => {
			const p = await createPriority(e.locals.actor, e.params.id, v);
			return { message: m.plans_priority_added({ number: p.number }) };
		}),
	updatePriority: (e) =>
		run(e, 'priority', async (v) => {
			await updatePriority(e.locals.actor, e.params.id, str(v.priorityId), v);
			return { message: m.plans_priority_saved() };
		}),
	deletePriority: (e) =>
		run(e, 'delete', async (v) => {
			await deletePriority(e.locals.actor, e.params.id, str(v.priorityId), v.version);
			return { message: m.plans_priority_deleted() };
		}),
	movePriority: (e) =>
		run(e, 'move', async (v) => {
			await movePriority(e.locals.actor, e.params.id, str(v.priorityId), v);
			return { message: m.plans_moved() };
		}),
	addMeasure: (e) =>
		run(e, 'add-measure', async (v) => {
			const x = await createMeasure(e.locals.actor, e.params.id, str(v.priorityId), v);
			return {
				message: m.plans_measure_added({ number: x.number }),
				to: `/plany/${e.params.id}/opatreni/${x.id}`
			};
		}),
	moveMeasure: (e) =>
		run(e, 'move', async (v) => {
			await moveMeasure(e.locals.actor, e.params.id, str(v.measureId), v);
			return { message: m.plans_moved() };
		}),
	deleteMeasure: (e) =>
		run(e, 'delete', async (v) => {
			await deleteMeasure(e.locals.actor, e.params.id, str(v.measureId), v.version);
			return { message: m.plans_measure_deleted() };
		}),
	renumber: (e) =>
		run(e, 'renumber', async (v) => {
			const count = await renumberPlan(e.locals.actor, e.params.id, v);
			return { message: m.plans_renumbered({ count }) };
		})
};
