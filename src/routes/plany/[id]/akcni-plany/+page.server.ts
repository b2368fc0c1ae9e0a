/** /plany/<id>/akcni-plany: the plan's years with their action plans; create one for a year. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { createActionPlan, listActionPlans } from '#lib/modules/plans/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const view = await listActionPlans(locals.actor, params.id);
	return {
		title: m.plans_io_ap_list_page_title({ plan: view.plan.title }),
		breadcrumbs: [
			{ label: m.plans_io_crumb_plans(), href: '/plany' },
			{ label: view.plan.title, href: `/plany/${view.plan.id}` },
			{ label: m.plans_io_crumb_action_plans() }
		],
		...view
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let created;
		try {
			created = await createActionPlan(locals.actor, params.id, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.plans_io_ap_created({ year: String(created.year) })
		});
		redirect(303, `/plany/${params.id}/akcni-plany/${created.year}`);
	}
};
