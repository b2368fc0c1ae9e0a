/** /organizace/nova: a coordinator registers an organisation (IČO checked, duplicates refused). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	coordinatedAreas,
	createOrganisation,
	ORGANISATION_TYPES,
	organisationTypeLabel
} from '#lib/modules/organisation/index.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	authorize(locals.actor, 'organisation.organisations.manage');
	return {
		title: m.organisation_org_new_title(),
		breadcrumbs: [
			{ label: m.organisation_orgs_title(), href: '/organizace' },
			{ label: m.organisation_org_new_title() }
		],
		typeOptions: ORGANISATION_TYPES.map((t) => ({ value: t, label: organisationTypeLabel(t) }))
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		let org;
		try {
			// The organisation is registered by the coordinator's first area (shown in its history).
			const [area] = locals.actor.kind === 'user' ? await coordinatedAreas(locals.actor) : [];
			org = await createOrganisation(locals.actor, { ...values, areaId: area?.id ?? null });
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.organisation_org_created({ name: org.name }) });
		redirect(303, `/organizace/${org.id}`);
	}
};
