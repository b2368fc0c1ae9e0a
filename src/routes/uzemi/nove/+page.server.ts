/** /uzemi/nove: administrators add a planning area (kraj/ORP from the code list, others by hand). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	AREA_KINDS,
	areaKindLabel,
	createArea,
	listAreas,
	territoryGroups
} from '#lib/modules/organisation/index.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	authorize(locals.actor, 'organisation.areas.manage');
	const areas = await listAreas();
	return {
		title: m.organisation_area_new_title(),
		breadcrumbs: [
			{ label: m.organisation_areas_title(), href: '/uzemi' },
			{ label: m.organisation_area_new_title() }
		],
		kindOptions: AREA_KINDS.map((k) => ({ value: k, label: areaKindLabel(k) })),
		territory: territoryGroups().map((g) => ({ label: g.kraj.name, options: g.options })),
		parentOptions: areas
			.map((a) => ({ value: a.id, label: `${a.name} (${areaKindLabel(a.kind)})` }))
			.sort((a, b) => a.label.localeCompare(b.label, 'cs'))
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		let area;
		try {
			area = await createArea(locals.actor, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.organisation_area_created({ name: area.name })
		});
		redirect(303, `/uzemi/${area.id}`);
	}
};
