/** /sit/sprava — the kraj coordinator's network administration: categories and networks per region, create a network or category. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { pragueYear } from '#lib/platform/i18n/format.ts';
import {
	createCategory,
	createNetwork,
	getRegionAdmin,
	managedRegions
} from '#lib/modules/network/index.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const regions = await managedRegions(locals.actor);
	const admins = [];
	for (const r of regions) admins.push(await getRegionAdmin(locals.actor, r.id));
	return {
		title: m.net_nw_adm_title(),
		breadcrumbs: [{ label: m.net_nw_title(), href: '/sit' }, { label: m.net_nw_adm_title() }],
		regions: admins.map((a) => ({
			id: a.region.id,
			name: a.region.name,
			categories: a.categories.map((c) => ({
				id: c.id,
				code: c.code,
				name: c.name,
				isReservoir: c.isReservoir,
				validFromYear: c.validFromYear,
				validToYear: c.validToYear,
				used: c.used
			})),
			networks: a.networks.map((n) => ({
				id: n.id,
				year: n.year,
				title: n.title,
				status: n.status,
				entries: n.entries
			}))
		})),
		nextYear: pragueYear() + 1
	};
};

export const actions: Actions = {
	createNetwork: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		let result;
		try {
			result = await createNetwork(locals.actor, values);
		} catch (error) {
			return failFrom(error, { ...values, form: 'network' });
		}
		setFlash(cookies, {
			type: 'success',
			message: m.net_nw_adm_created({ year: String(result.network.year), count: result.copied })
		});
		redirect(303, `/sit/sprava/${result.network.id}`);
	},
	addCategory: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		let category;
		try {
			category = await createCategory(locals.actor, String(values.regionAreaId ?? ''), values);
		} catch (error) {
			return failFrom(error, { ...values, form: `category-${String(values.regionAreaId ?? '')}` });
		}
		setFlash(cookies, {
			type: 'success',
			message: m.net_nw_adm_cat_added({ name: category.name })
		});
		redirect(303, '/sit/sprava');
	}
};
