/** /lide/<id>: a person's details, edit form (coordinator) and history. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	areaScope,
	fullName,
	getPersonDetail,
	listAreas,
	organisationOptions,
	personFieldLabels,
	triadRoleLabel,
	TRIAD_ROLES,
	updatePerson
} from '#lib/modules/organisation/index.ts';
import { can } from '#lib/platform/access/can.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { presentHistory } from '#lib/platform/audit/audit.presenter.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { currentLocale, formatDateTime } from '#lib/platform/i18n/format.ts';
import { personErrorLabels, personFormOptions } from '../person.form.server.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requireSignedIn(locals.actor, url);
	const { person, organisationName, userEmail } = await getPersonDetail(locals.actor, params.id);
	const canEdit = can(locals.actor, 'organisation.people.manage', await areaScope(person.areaId));
	const [options, areas, orgs, entries] = await Promise.all([
		canEdit ? personFormOptions(locals.actor) : Promise.resolve(null),
		listAreas(),
		organisationOptions(locals.actor),
		listHistory('organisation.person', person.id)
	]);
	const names = new Map<string, string>([
		...areas.map((a) => [a.id, a.name] as [string, string]),
		...orgs.map((o) => [o.id, o.name] as [string, string]),
		...TRIAD_ROLES.map((r) => [r, triadRoleLabel(r)] as [string, string])
	]);
	const history = presentHistory(entries, personFieldLabels(), currentLocale()).map((e) => ({
		...e,
		changes: e.changes.map((c) =>
			['areaId', 'organisationId', 'triadRole'].includes(c.field)
				? { ...c, before: names.get(c.before) ?? c.before, after: names.get(c.after) ?? c.after }
				: c
		)
	}));
	const name = fullName(person);
	return {
		title: name,
		breadcrumbs: [
			{ label: m.organisation_people_title(), href: `/lide?uzemi=${person.areaId}` },
			{ label: name }
		],
		person: {
			id: person.id,
			name,
			areaName: names.get(person.areaId) ?? '',
			organisationName,
			position: person.position,
			triad: triadRoleLabel(person.triadRole),
			email: person.email,
			phone: person.phone,
			publishName: person.publishName,
			consentAt: person.consentAt ? formatDateTime(person.consentAt) : null,
			userEmail,
			version: person.version
		},
		current: {
			titlesBefore: person.titlesBefore ?? '',
			firstName: person.firstName,
			lastName: person.lastName,
			titlesAfter: person.titlesAfter ?? '',
			email: person.email ?? '',
			phone: person.phone ?? '',
			organisationId: person.organisationId ?? '',
			position: person.position ?? '',
			triadRole: person.triadRole,
			areaId: person.areaId,
			publishName: person.publishName,
			userEmail: userEmail ?? ''
		},
		canEdit,
		options,
		labels: personErrorLabels(),
		history
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		let person;
		try {
			person = await updatePerson(locals.actor, params.id, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.organisation_person_saved({ name: fullName(person) })
		});
		redirect(303, `/lide/${person.id}`);
	}
};
