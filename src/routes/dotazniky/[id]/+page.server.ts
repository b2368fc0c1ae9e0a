/** /dotazniky/[id]: answer a survey from its public link (anonymous; honeypot and rate limit). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	getAnswerPage,
	submitPublicResponse,
	SURVEY_HONEYPOT
} from '#lib/modules/participation/index.ts';
import { failFrom } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const page = await getAnswerPage(locals.actor, params.id);
	return {
		title: page.survey.title,
		breadcrumbs: [
			{ label: m.part_srv_public_title(), href: '/dotazniky' },
			{ label: page.survey.title }
		],
		...page,
		honeypot: SURVEY_HONEYPOT
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies, getClientAddress }) => {
		const values = formToObject(await request.formData());
		try {
			await submitPublicResponse(locals.actor, params.id, values, getClientAddress());
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.part_srv_thanks() });
		redirect(303, '/dotazniky');
	}
};
