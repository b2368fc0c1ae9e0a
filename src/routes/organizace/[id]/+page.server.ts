/** /organizace/<id>: an organisation, its people (in the reader's areas), edit form and history. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	fullName,
	getOrganisation,
	listAreas,
	listOrganisationPeople,
	ORGANISATION_TYPES,
	organisationFieldLabels,
	organisationTypeLabel,
	updateOrganisation
} from '#lib/modules/organisation/index.ts';
import { can } from '#lib/platform/access/can.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { presentHistory } from '#lib/platform/audit/audit.presenter.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale } from '#lib/platform/i18n/format.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const org = await getOrganisation(locals.actor, params.id);
	const [people, areas, entries] = await Promise.all([
		listOrganisationPeople(locals.actor, org.id),
		listAreas(),
		listHistory('organisation.organisation', org.id)
	]);
	const areaNames = new Map(areas.map((a) => [a.id, a.name]));
	const types = new Map(ORGANISATION_TYPES.map((t) => [t as string, organisationTypeLabel(t)]));
	const history = presentHistory(entries, organisationFieldLabels(), currentLocale()).map((e) => ({
		...e,
		changes: e.changes.map((c) => {
			const lookup = c.field === 'type' ? types : c.field === 'areaId' ? areaNames : null;
			return lookup
				? { ...c, before: lookup.get(c.before) ?? c.before, after: lookup.get(c.after) ?? c.after }
				: c;
		})
	}));
	return {
		title: org.name,
		breadcrumbs: [{ label: m.organisation_orgs_title(), href: '/organizace' }, { label: org.name }],
		org: {
			id: org.id,
			name: org.name,
			ico: org.ico ?? '',
			type: org.type,
			typeLabel: organisationTypeLabel(org.type),
			street: org.street ?? '',
			city: org.city ?? '',
			postcode: org.postcode ?? '',
			email: org.email ?? '',
			phone: org.phone ?? '',
			web: org.web ?? '',
			version: org.version,
			areaName: org.areaId ? (areaNames.get(org.areaId) ?? null) : null
		},
		people: people.map((p) => ({
			id: p.id,
			name: fullName(p),
			position: p.position,
			area: areaNames.get(p.areaId) ?? ''
		})),
		canEdit: can(locals.actor, 'organisation.organisations.manage'),
		typeOptions: ORGANISATION_TYPES.map((t) => ({ value: t, label: organisationTypeLabel(t) })),
		history
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let org;
		try {
			org = await updateOrganisation(locals.actor, params.id, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.organisation_org_saved({ name: org.name }) });
		redirect(303, `/organizace/${org.id}`);
	}
};
