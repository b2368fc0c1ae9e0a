/** /lide/nova?uzemi=<id>: a coordinator registers a person in an area. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { areaScope, createPerson, isUuid } from '#lib/modules/organisation/index.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { ForbiddenError } from '#lib/platform/http/errors.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { personErrorLabels, personFormOptions } from '../person.form.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const options = await personFormOptions(locals.actor);
	const wanted = url.searchParams.get('uzemi');
	const areaId = isUuid(wanted) ? wanted : options.areaOptions[0]?.value;
	if (!areaId) throw new ForbiddenError(m.organisation_people_no_area());
	authorize(locals.actor, 'organisation.people.manage', await areaScope(areaId));
	return {
		title: m.organisation_person_new_title(),
		breadcrumbs: [
			{ label: m.organisation_people_title(), href: `/lide?uzemi=${areaId}` },
			{ label: m.organisation_person_new_title() }
		],
		areaId,
		labels: personErrorLabels(),
		...options
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		let person;
		try {
			person = await createPerson(locals.actor, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, {
			type: 'success',
			message: m.organisation_person_created({ name: `${person.firstName} ${person.lastName}` })
		});
		redirect(303, `/lide/${person.id}`);
	}
};
