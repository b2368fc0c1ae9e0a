/** /zapomenute-heslo: request a reset link; the answer never says whether the account exists. */
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { formToObject } from '#lib/platform/http/validation.ts';
import { requestPasswordReset } from '#lib/platform/auth/password-reset.service.server.ts';
import { failFrom } from '#lib/platform/auth/auth.form.server.ts';

export const load: PageServerLoad = async () => ({
	title: m.auth_forgot_title(),
	breadcrumbs: [
		{ label: m.auth_login_title(), href: '/prihlaseni' },
		{ label: m.auth_forgot_title() }
	]
});

export const actions: Actions = {
	default: async ({ request, url }) => {
		const values = formToObject(await request.formData());
		try {
			await requestPasswordReset(values, { origin: url.origin });
		} catch (error) {
			return failFrom(error, values);
		}
		return { sent: true as const };
	}
};
