/** /katalog/sprava/sluzby/nova: a coordinator adds a non-registered service (návazná služba). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { createManualService, territoryOptions } from '#lib/modules/catalogue/index.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	authorize(locals.actor, 'catalogue.manage');
	return {
		title: m.catalogue_adm_new_title(),
		breadcrumbs: [
			{ label: m.catalogue_adm_catalogue(), href: '/katalog' },
			{ label: m.catalogue_adm_title(), href: '/katalog/sprava' },
			{ label: m.catalogue_adm_new_title() }
		],
		territoryOptions: territoryOptions()
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		let service;
		try {
			service = await createManualService(locals.actor, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.catalogue_adm_created({ name: service.name })
		});
		redirect(303, `/katalog/sprava/sluzby/${service.id}`);
	}
};
