/** /zamery/[id]: an intention with its steps, the statement and decision forms, and its history. */
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	decideIntention,
	decisionCategoryOptions,
	decisionErrorsToForm,
	decisionFormToInput,
	findIntention,
	getIntention,
	stateIntention,
	statementMeetingOptions
} from '#lib/modules/network/index.ts';
import { FUNDING_SOURCE_TITLES, type FundingSource } from '#lib/modules/plans/index.ts';
import { presentIntentionHistory } from '#lib/modules/network/views/intentions/intention.history.ts';
import { failFrom, keepValues, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const detail = await getIntention(locals.actor, params.id);
	const row = await findIntention(params.id);
	const [meetingOptions, categories] = await Promise.all([
		detail.canState ? statementMeetingOptions(row) : Promise.resolve([]),
		detail.canDecide ? decisionCategoryOptions(row.regionAreaId) : Promise.resolve([])
	]);
	const { history, ...intention } = detail;
	return {
		title: m.net_int_detail_title({ reference: detail.reference }),
		breadcrumbs: [{ label: m.net_int_list_title(), href: '/zamery' }, { label: detail.reference }],
		intention,
		funding: detail.funding.map((f) => ({
			label: FUNDING_SOURCE_TITLES[f.source as FundingSource] ?? f.source,
			amount: f.amount
		})),
		history: presentIntentionHistory(history),
		meetingOptions: meetingOptions.map((o) => ({ value: o.id, label: o.label })),
		categoryOptions: categories.map((c) => ({ value: c.code, label: c.name })),
		today: pragueDay()
	};
};

export const actions: Actions = {
	state: async ({ request, locals, cookies, params }) => {
		const values = formToObject(await request.formData());
		try {
			await stateIntention(locals.actor, params.id, values);
		} catch (error) {
			return failFrom(error, { ...values, form: 'state' });
		}
		setFlash(cookies, { type: 'success', message: m.net_int_stated_flash() });
		redirect(303, `/zamery/${params.id}`);
	},
	decide: async ({ request, locals, cookies, params }) => {
		const values = formToObject(await request.formData());
		const input = decisionFormToInput(values);
		try {
			await decideIntention(locals.actor, params.id, input);
		} catch (error) {
			if (error instanceof ValidationError) {
				return fail(400, {
					errors: decisionErrorsToForm(error.fields, input),
					message: error.message,
					values: keepValues({ ...values, form: 'decide' })
				});
			}
			return failFrom(error, { ...values, form: 'decide' });
		}
		setFlash(cookies, { type: 'success', message: m.net_int_decided_flash() });
		redirect(303, `/zamery/${params.id}`);
	}
};
