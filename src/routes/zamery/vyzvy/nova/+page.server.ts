/** /zamery/vyzvy/nova: a kraj coordinator opens a call for development intentions. */
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	CRITERION_ROWS,
	callErrorsToForm,
	callFormToInput,
	callRegionOptions,
	createCall,
	measureOptionsOfRegion
} from '#lib/modules/network/index.ts';
import { SERVICE_KINDS, serviceKindLabel } from '#lib/modules/catalogue/index.ts';
import { failFrom, keepValues, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { ForbiddenError, ValidationError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { pragueYear } from '#lib/platform/i18n/format.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const regions = await callRegionOptions(locals.actor);
	if (!regions.length) throw new ForbiddenError();
	const measures = (
		await Promise.all(
			regions.map(async (r) =>
				(await measureOptionsOfRegion(r.id)).map((mo) => ({
					value: mo.id,
					label: `${mo.number} ${mo.title}`,
					group: `${r.name}: ${mo.planTitle}`
				}))
			)
		)
	).flat();
	return {
		title: m.net_int_call_new_title(),
		breadcrumbs: [
			{ label: m.net_int_list_title(), href: '/zamery' },
			{ label: m.net_int_calls_title(), href: '/zamery/vyzvy' },
			{ label: m.net_int_call_new_title() }
		],
		regionOptions: regions.map((r) => ({ value: r.id, label: r.name })),
		kindOptions: SERVICE_KINDS.map((k) => ({ value: k.code, label: serviceKindLabel(k.code) })),
		measureOptions: measures,
		criterionRows: CRITERION_ROWS,
		defaults: {
			year: String(pragueYear() + 1),
			regionAreaId: regions.length === 1 ? regions[0].id : ''
		}
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		let call;
		try {
			call = await createCall(locals.actor, callFormToInput(values));
		} catch (error) {
			if (error instanceof ValidationError) {
				return fail(400, {
					errors: callErrorsToForm(error.fields),
					message: error.message,
					values: keepValues(values)
				});
			}
			return failFrom(error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.net_int_call_created_flash({ title: call.title })
		});
		redirect(303, `/zamery/vyzvy/${call.id}`);
	}
};
