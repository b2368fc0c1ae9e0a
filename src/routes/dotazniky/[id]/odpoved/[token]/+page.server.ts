/** /dotazniky/[id]/odpoved/[token]: answer from a personal invitation link (one response per link). */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getInvitationPage, submitInvitationResponse } from '#lib/modules/participation/index.ts';
import { failFrom } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const page = await getInvitationPage(locals.actor, params.id, params.token);
	return {
		title: page.survey.title,
		breadcrumbs: [
			{ label: m.part_srv_public_title(), href: '/dotazniky' },
			{ label: page.survey.title }
		],
		...page,
		closed: page.used ? m.part_srv_invitation_used() : page.closed
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await submitInvitationResponse(locals.actor, params.id, params.token, values);
		} catch (error) {
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.part_srv_thanks() });
		redirect(303, '/dotazniky');
	}
};
