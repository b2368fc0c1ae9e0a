/** /sprava/uzivatele/<id>: edit an account, its roles and state; history of changes. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { listAreas } from '#lib/modules/organisation/index.ts';
import { ROLES } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import '#lib/platform/access/platform.permissions.ts';
import { grantLabel, roleName } from '#lib/platform/access/grant.presenter.ts';
import { grantKey } from '#lib/platform/access/role.presenter.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { presentHistory } from '#lib/platform/audit/audit.presenter.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { currentLocale, formatDateTime } from '#lib/platform/i18n/format.ts';
import { getUser, sendPasswordLink, updateUser } from '#lib/platform/auth/user.service.server.ts';
import { grantsFromForm, remapGrantErrors } from '#lib/platform/auth/user.form.ts';
import { polishUserHistory, userFieldLabels } from '#lib/platform/auth/user.presenter.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	// getUser lets people read themselves; this page is for administrators only.
	authorize(locals.actor, 'admin.users.manage');
	if (!UUID.test(params.id)) throw new NotFoundError('Uživatel nebyl nalezen.');
	const user = await getUser(locals.actor, params.id);
	const areas = await listAreas();
	const areaNames = new Map(areas.map((a) => [a.id, a.name]));
	const history = polishUserHistory(
		presentHistory(await listHistory('auth.user', user.id), userFieldLabels(), currentLocale()),
		areaNames
	);
	return {
		title: user.name,
		breadcrumbs: [
			{ label: m.auth_admin_breadcrumb(), href: '/sprava' },
			{ label: m.auth_users_title(), href: '/sprava/uzivatele' },
			{ label: user.name }
		],
		user: {
			id: user.id,
			name: user.name,
			email: user.email,
			locale: user.locale,
			isActive: user.isActive,
			hasPassword: user.hasPassword,
			version: user.version,
			created: formatDateTime(user.createdAt),
			lastLogin: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : null
		},
		grants: user.grants.map((g) => ({ key: grantKey(g), label: grantLabel(g, areaNames) })),
		roleOptions: ROLES.map((r) => ({ value: r, label: roleName(r) })),
		areaOptions: areas.map((a) => ({ value: a.id, label: a.name })),
		history
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const { grants, newIndex } = grantsFromForm(values);
		try {
			await updateUser(locals.actor, params.id, {
				name: values.name,
				email: values.email,
				locale: values.locale,
				isActive: values.isActive === 'true',
				grants,
				version: values.version
			});
		} catch (error) {
			if (error instanceof ValidationError) {
				return failFrom(
					new ValidationError(remapGrantErrors(error.fields, newIndex), error.message),
					values
				);
			}
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.auth_user_saved() });
		redirect(303, `/sprava/uzivatele/${params.id}`);
	},
	setActive: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		const active = values.active === 'true';
		try {
			const user = await getUser(locals.actor, params.id);
			await updateUser(locals.actor, params.id, {
				name: user.name,
				email: user.email,
				locale: user.locale,
				isActive: active,
				version: values.version
			});
			setFlash(cookies, {
				type: 'success',
				message: active
					? m.auth_user_activated({ name: user.name })
					: m.auth_user_deactivated({ name: user.name })
			});
		} catch (error) {
			return failFrom(error, { action: 'setActive' });
		}
		redirect(303, `/sprava/uzivatele/${params.id}`);
	},
	sendLink: async ({ locals, params, cookies, url }) => {
		try {
			const { email } = await sendPasswordLink(locals.actor, params.id, { origin: url.origin });
			setFlash(cookies, { type: 'success', message: m.auth_user_link_sent({ email }) });
		} catch (error) {
			return failFrom(error, { action: 'sendLink' });
		}
		redirect(303, `/sprava/uzivatele/${params.id}`);
	}
};
