/** /zamery/novy: a provider (for its organisation) or a coordinator (for a municipality) submits an intention. */
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	EVIDENCE_ROWS,
	getSubmitForm,
	intentionErrorsToForm,
	intentionFormToInput,
	submitIntention
} from '#lib/modules/network/index.ts';
import { SERVICE_KINDS, serviceKindLabel } from '#lib/modules/catalogue/index.ts';
import { FUNDING_SOURCES, FUNDING_SOURCE_TITLES } from '#lib/modules/plans/index.ts';
import { failFrom, keepValues, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const form = await getSubmitForm(locals.actor);
	const callParam = url.searchParams.get('vyzva') ?? '';
	return {
		title: m.net_int_new_title(),
		breadcrumbs: [
			{ label: m.net_int_list_title(), href: '/zamery' },
			{ label: m.net_int_new_title() }
		],
		organisationOptions: form.organisations.map((o) => ({ value: o.id, label: o.name })),
		serviceOptions: form.services.map((s) => ({
			value: s.id,
			label: `${s.name} (${s.kindCode ? serviceKindLabel(s.kindCode) : ''})`
		})),
		callOptions: form.calls.map((c) => ({
			value: c.id,
			label: `${c.title} (${c.regionName}, ${c.year})`
		})),
		regionOptions: form.regions.map((r) => ({ value: r.id, label: r.name })),
		measureOptions: form.measures.map((mo) => ({
			value: mo.id,
			label: `${mo.label} — ${mo.planTitle}`
		})),
		kindOptions: SERVICE_KINDS.map((k) => ({ value: k.code, label: serviceKindLabel(k.code) })),
		fundingSources: FUNDING_SOURCES.map((s) => ({ value: s, label: FUNDING_SOURCE_TITLES[s] })),
		evidenceRows: EVIDENCE_ROWS,
		defaults: {
			callId: form.calls.some((c) => c.id === callParam) ? callParam : '',
			type: form.calls.some((c) => c.id === callParam) ? 'A' : '',
			organisationId: form.organisations.length === 1 ? form.organisations[0].id : ''
		}
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		const input = intentionFormToInput(values);
		let row;
		try {
			row = await submitIntention(locals.actor, input);
		} catch (error) {
			if (error instanceof ValidationError) {
				return fail(400, {
					errors: intentionErrorsToForm(error.fields, input),
					message: error.message,
					values: keepValues(values)
				});
			}
			return failFrom(error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.net_int_submitted_flash({ reference: row.reference })
		});
		redirect(303, `/zamery/${row.id}`);
	}
};
