/**
 * Language switch: a plain POST form (footer) sets Paraglide's cookie and goes back to the page
 * it came from. Only local paths are accepted as the return address (no open redirect).
 */
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { cookieName, isLocale } from '#lib/paraglide/runtime.js';
import { env } from '#lib/platform/config/env.server.ts';
import { m } from '#lib/paraglide/messages.js';
import { safeRedirectTarget } from './redirect-target.ts';

const ONE_YEAR = 60 * 60 * 24 * 365;

export const load: PageServerLoad = () => ({
	title: m.ui_language_title(),
	breadcrumbs: [{ label: m.ui_nav_home(), href: '/' }, { label: m.ui_language_title() }]
});

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const locale = form.get('locale');
		const redirectTo = safeRedirectTarget(form.get('redirectTo'));
		if (typeof locale !== 'string' || !isLocale(locale)) {
			return fail(400, {
				message: m.ui_language_invalid(),
				errors: { locale: [m.ui_language_invalid_field()] },
				values: { redirectTo }
			});
		}
		cookies.set(cookieName, locale, {
			path: '/',
			maxAge: ONE_YEAR,
			sameSite: 'lax',
			// Paraglide reads the cookie in the browser too, so it must not be httpOnly.
			httpOnly: false,
			secure: env().COOKIE_SECURE ?? url.protocol === 'https:'
		});
		redirect(303, redirectTo);
	}
};
