/**
 * /plany/<id>/akcni-plany/<rok>: one year's action plan — read view with downloads; for the
 * coordinator the edit form (selection, costs, capacity, notes, order), approval, return to draft
 * and delete. An approved action plan of a public plan is public; anything else needs sign-in.
 */
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	actionPlanFormToInput,
	approveActionPlan,
	deleteActionPlan,
	getActionPlan,
	reopenActionPlan,
	updateActionPlan
} from '#lib/modules/plans/index.ts';
import { failFrom } from '#lib/platform/auth/auth.form.server.ts';
import { UnauthorizedError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

const yearOf = (rok: string) => {
	if (!/^\d{4}$/.test(rok)) error(400, 'Rok zadejte čtyřmi číslicemi, např. 2025.');
	return Number(rok);
};

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const year = yearOf(params.rok);
	let view;
	try {
		view = await getActionPlan(locals.actor, params.id, year);
	} catch (caught) {
		if (caught instanceof UnauthorizedError) {
			redirect(303, `/prihlaseni?next=${encodeURIComponent(url.pathname)}`);
		}
		throw caught;
	}
	return {
		title: m.plans_io_ap_page_title({ title: view.actionPlan.title, plan: view.plan.title }),
		breadcrumbs: [
			{ label: m.plans_io_crumb_plans(), href: '/plany' },
			{ label: view.plan.title, href: `/plany/${view.plan.id}` },
			{ label: m.plans_io_crumb_action_plans(), href: `/plany/${view.plan.id}/akcni-plany` },
			{ label: String(view.actionPlan.year) }
		],
		...view
	};
};

function action(
	run: (
		actor: App.Locals['actor'],
		id: string,
		year: number,
		values: Record<string, string | string[]>
	) => Promise<unknown>,
	message: () => string,
	target: (id: string, year: number) => string = (id, year) => `/plany/${id}/akcni-plany/${year}`
) {
	return async ({ request, locals, params, cookies }: Parameters<Actions[string]>[0]) => {
		const year = yearOf(params.rok!);
		const values = formToObject(await request.formData());
		try {
			await run(locals.actor, params.id!, year, values);
		} catch (caught) {
			return failFrom(caught, values);
		}
		setFlash(cookies, { type: 'success', message: message() });
		redirect(303, target(params.id!, year));
	};
}

export const actions: Actions = {
	save: action(
		(actor, id, year, values) => updateActionPlan(actor, id, year, actionPlanFormToInput(values)),
		() => m.plans_io_ap_saved()
	),
	approve: action(
		(actor, id, year, values) => approveActionPlan(actor, id, year, values),
		() => m.plans_io_ap_approved()
	),
	reopen: action(
		(actor, id, year, values) => reopenActionPlan(actor, id, year, values),
		() => m.plans_io_ap_reopened()
	),
	delete: action(
		(actor, id, year, values) => deleteActionPlan(actor, id, year, values),
		() => m.plans_io_ap_deleted(),
		(id) => `/plany/${id}/akcni-plany`
	)
};
