/** /pripominkovani/sprava/nove: a coordinator opens a consultation on a plan version or a document. */
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { createConsultation, newConsultationForm } from '#lib/modules/participation/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { isAppError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	let options;
	try {
		options = await newConsultationForm(locals.actor);
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
	return {
		title: m.part_con_new_title(),
		breadcrumbs: [
			{ label: m.part_con_admin_title(), href: '/pripominkovani/sprava' },
			{ label: m.part_con_new_title() }
		],
		options,
		values: {
			source: options.planVersions.length ? 'plan' : 'document',
			opensOn: pragueDay(),
			areaId: options.areas.length === 1 ? options.areas[0].value : ''
		}
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const data = await request.formData();
		const values = formToObject(data);
		const upload = data.get('document');
		const file =
			upload instanceof File && upload.size > 0
				? { filename: upload.name, contentType: upload.type, data: upload }
				: null;
		let created;
		try {
			created = await createConsultation(locals.actor, values, file);
		} catch (caught) {
			return failFrom(caught, values);
		}
		setFlash(cookies, { type: 'success', message: m.part_con_created() });
		redirect(303, `/pripominkovani/sprava/${created.id}`);
	}
};
