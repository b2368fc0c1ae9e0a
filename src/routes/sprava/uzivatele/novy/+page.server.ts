/** /sprava/uzivatele/novy: create an account with an initial password or an e-mailed link, and a role. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { listAreas } from '#lib/modules/organisation/index.ts';
import { authorize } from '#lib/platform/access/can.ts';
import '#lib/platform/access/platform.permissions.ts';
import { ROLES } from '#lib/platform/access/actor.ts';
import { roleName } from '#lib/platform/access/grant.presenter.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { createUser } from '#lib/platform/auth/user.service.server.ts';
import { grantsFromForm, remapGrantErrors } from '#lib/platform/auth/user.form.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	authorize(locals.actor, 'admin.users.manage');
	return {
		title: m.auth_user_new_title(),
		breadcrumbs: [
			{ label: m.auth_admin_breadcrumb(), href: '/sprava' },
			{ label: m.auth_users_title(), href: '/sprava/uzivatele' },
			{ label: m.auth_user_new_title() }
		],
		roleOptions: ROLES.map((r) => ({ value: r, label: roleName(r) })),
		areaOptions: (await listAreas()).map((a) => ({ value: a.id, label: a.name }))
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		const values = formToObject(await request.formData());
		const { grants, newIndex } = grantsFromForm(values);
		const setNow = values.passwordMode === 'set';
		let created;
		try {
			created = await createUser(
				locals.actor,
				{
					email: values.email,
					name: values.name,
					locale: values.locale || 'cs',
					passwordMode: setNow ? 'set' : 'link',
					password: setNow ? values.password : undefined,
					grants
				},
				{ origin: url.origin }
			);
		} catch (error) {
			if (error instanceof ValidationError) {
				return failFrom(
					new ValidationError(remapGrantErrors(error.fields, newIndex), error.message),
					values
				);
			}
			return failFrom(error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: setNow
				? m.auth_user_created({ name: created.name })
				: m.auth_user_created_link({ name: created.name, email: created.email })
		});
		redirect(303, `/sprava/uzivatele/${created.id}`);
	}
};
