/** /sit/sprava/kategorie/<id> — edit or delete a network category (with validity), history. */
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { isAppError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale } from '#lib/platform/i18n/format.ts';
import {
	deleteCategory,
	getCategory,
	networkHistoryView,
	updateCategory
} from '#lib/modules/network/index.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	let found;
	try {
		found = await getCategory(locals.actor, params.id);
	} catch (caught) {
		if (isAppError(caught)) error(caught.status, caught.message);
		throw caught;
	}
	const c = found.category;
	return {
		title: c.name,
		breadcrumbs: [
			{ label: m.net_nw_title(), href: '/sit' },
			{ label: m.net_nw_adm_title(), href: '/sit/sprava' },
			{ label: c.name }
		],
		regionName: found.regionName,
		category: {
			id: c.id,
			code: c.code,
			name: c.name,
			description: c.description ?? '',
			isReservoir: c.isReservoir,
			validFromYear: c.validFromYear === null ? '' : String(c.validFromYear),
			validToYear: c.validToYear === null ? '' : String(c.validToYear),
			sortOrder: String(c.sortOrder),
			version: c.version
		},
		history: networkHistoryView(found.history, currentLocale())
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let category;
		try {
			category = await updateCategory(locals.actor, params.id, values);
		} catch (caught) {
			return failFrom(caught, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.net_nw_adm_cat_saved({ name: category.name })
		});
		redirect(303, `/sit/sprava/kategorie/${category.id}`);
	},
	remove: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let category;
		try {
			category = await deleteCategory(locals.actor, params.id, values);
		} catch (caught) {
			return failFrom(caught, {});
		}
		setFlash(cookies, {
			type: 'success',
			message: m.net_nw_adm_cat_deleted({ name: category.name })
		});
		redirect(303, '/sit/sprava');
	}
};
