/** /odhlaseni: POST ends the session (the header's button posts here); GET shows a confirmation. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { deleteSession } from '#lib/platform/auth/session.service.server.ts';
import { clearSessionCookie } from '#lib/platform/auth/session.cookie.server.ts';

export const load: PageServerLoad = async ({ locals }) => ({
	title: m.auth_logout_title(),
	signedIn: locals.user !== null
});

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		const wasSignedIn = locals.sessionId !== null;
		if (locals.sessionId) await deleteSession(locals.sessionId);
		clearSessionCookie(cookies);
		setFlash(cookies, {
			type: wasSignedIn ? 'success' : 'info',
			message: wasSignedIn ? m.auth_logout_done() : m.auth_logout_anonymous()
		});
		redirect(303, '/');
	}
};
