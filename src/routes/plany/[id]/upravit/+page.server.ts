/** /plany/[id]/upravit: the coordinator edits the plan's own fields (while editable) or deletes a never-approved plan. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { deletePlan, getPlanEditForm, updatePlan } from '#lib/modules/plans/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals.actor, url);
	const f = await getPlanEditForm(locals.actor, params.id);
	return {
		title: m.plans_edit_title(),
		breadcrumbs: [
			{ label: m.plans_nav(), href: '/plany' },
			{ label: f.plan.title, href: `/plany/${params.id}` },
			{ label: m.plans_edit_title() }
		],
		plan: {
			id: f.plan.id,
			title: f.plan.title,
			version: f.plan.version,
			canDelete:
				(f.plan.status === 'preparation' || f.plan.status === 'draft') && !f.plan.approvedOn
		},
		values: {
			kind: f.plan.kind,
			title: f.plan.title,
			periodFrom: f.plan.periodFrom,
			periodTo: f.plan.periodTo,
			vision: f.plan.vision,
			principles: f.plan.principles,
			targetGroupIds: f.targetGroupIds,
			responsibleBodyId: f.plan.responsibleBodyId,
			rollupWeighting: f.plan.rollupWeighting
		},
		editable: f.editable,
		kindOptions: f.kinds,
		bodyOptions: f.bodies,
		targetGroupOptions: f.targetGroups
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await updatePlan(locals.actor, params.id, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.plans_saved() });
		redirect(303, `/plany/${params.id}`);
	},
	delete: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await deletePlan(locals.actor, params.id, values.version);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.plans_deleted() });
		redirect(303, '/plany');
	}
};
