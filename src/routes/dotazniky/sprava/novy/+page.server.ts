/** /dotazniky/sprava/novy: a coordinator creates a draft survey in one of their areas. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { createSurvey } from '#lib/modules/participation/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { ForbiddenError } from '#lib/platform/http/errors.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { surveyFormOptions } from '../survey.options.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals.actor, url);
	const options = await surveyFormOptions(locals.actor);
	if (!options.areaOptions.length) throw new ForbiddenError();
	return {
		title: m.part_srv_new(),
		breadcrumbs: [
			{ label: m.part_srv_admin_title(), href: '/dotazniky/sprava' },
			{ label: m.part_srv_new() }
		],
		...options
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const values = formToObject(await request.formData());
		let survey;
		try {
			survey = await createSurvey(locals.actor, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.part_srv_created({ title: survey.title }) });
		redirect(303, `/dotazniky/sprava/${survey.id}`);
	}
};
