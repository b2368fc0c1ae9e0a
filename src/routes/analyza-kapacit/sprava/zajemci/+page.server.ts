/**
 * /analyza-kapacit/sprava/zajemci: "monitorování zájemců o službu" — unmet requests and refused
 * applicants recorded by providers (own services) and coordinators (their areas); paginated list.
 */
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { deleteDemand, listDemand, recordDemand } from '#lib/modules/network/index.ts';
import { SERVICE_KINDS, serviceKindLabel } from '#lib/modules/catalogue/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { pragueYear } from '#lib/platform/i18n/format.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const list = await listDemand(locals.actor, Number(url.searchParams.get('strana') ?? 1));
	return {
		title: m.net_gap_demand_title(),
		breadcrumbs: [
			{ label: m.net_gap_title(), href: '/analyza-kapacit' },
			{ label: m.net_gap_demand_title() }
		],
		list,
		defaultYear: String(pragueYear() - 1),
		kindOptions: SERVICE_KINDS.map((k) => ({ value: k.code, label: serviceKindLabel(k.code) })),
		kindLabels: Object.fromEntries(SERVICE_KINDS.map((k) => [k.code, serviceKindLabel(k.code)]))
	};
};

export const actions: Actions = {
	record: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await recordDemand(locals.actor, values);
		} catch (error) {
			const failure = failFrom(error, values);
			return fail(failure.status, { ...failure.data, form: 'record' });
		}
		setFlash(cookies, { type: 'success', message: m.net_gap_demand_saved() });
		redirect(303, '/analyza-kapacit/sprava/zajemci');
	},
	delete: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await deleteDemand(locals.actor, values);
		} catch (error) {
			const failure = failFrom(error, values);
			return fail(failure.status, { ...failure.data, form: 'delete' });
		}
		setFlash(cookies, { type: 'success', message: m.net_gap_demand_deleted() });
		redirect(303, '/analyza-kapacit/sprava/zajemci');
	}
};
