/** /plany/novy: a coordinator creates a plan in one of their areas (status "V přípravě"). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { listTargetGroups } from '#lib/modules/organisation/index.ts';
import { createPlan, newPlanForm } from '#lib/modules/plans/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { ForbiddenError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const form = await newPlanForm(locals.actor);
	if (!form.areas.length) throw new ForbiddenError();
	const targetGroups = await listTargetGroups();
	return {
		title: m.plans_new_title(),
		breadcrumbs: [{ label: m.plans_nav(), href: '/plany' }, { label: m.plans_new_title() }],
		areaOptions: form.areas.map((a) => ({ value: a.id, label: a.name })),
		bodyOptions: form.bodies.map((b) => ({ value: b.id, label: `${b.name} (${b.areaName})` })),
		kindOptions: form.kinds,
		targetGroupOptions: targetGroups.map((t) => ({ value: t.id, label: t.name }))
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		let plan;
		try {
			plan = await createPlan(locals.actor, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.plans_created({ title: plan.title }) });
		redirect(303, `/plany/${plan.id}/struktura`);
	}
};
