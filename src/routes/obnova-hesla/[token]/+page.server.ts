/** /obnova-hesla/<token>: set a new password with a single-use link from the e-mail. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { formToObject } from '#lib/platform/http/validation.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import {
	inspectResetToken,
	ResetLinkError,
	resetPassword
} from '#lib/platform/auth/password-reset.service.server.ts';
import { failFrom } from '#lib/platform/auth/auth.form.server.ts';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// The token is a secret: keep it out of caches and other sites' referrers. Not `no-referrer`:
	// with it the browser posts the form with `Origin: null` and SvelteKit's CSRF check refuses it.
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
	const state = await inspectResetToken(params.token);
	return {
		title: state.valid ? m.auth_reset_title() : m.auth_reset_invalid_title(),
		email: state.valid ? state.email : null,
		invalid: state.valid ? null : state.reason
	};
};

export const actions: Actions = {
	default: async ({ request, params, cookies, locals }) => {
		const values = formToObject(await request.formData());
		try {
			await resetPassword(params.token, values, { keepSessionId: locals.sessionId });
		} catch (error) {
			if (error instanceof ResetLinkError) return { invalid: error.reason };
			return failFrom(error, values);
		}
		setFlash(cookies, { type: 'success', message: m.auth_reset_done() });
		redirect(303, '/prihlaseni');
	}
};
