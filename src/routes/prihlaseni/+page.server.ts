/** /prihlaseni: e-mail + password login with rate limiting; `?next=` returns to a page on this site. */
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { db } from '#lib/platform/db/client.server.ts';
import { demoInfo } from '#lib/platform/seed/seed.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { login } from '#lib/platform/auth/login.service.server.ts';
import { setSessionCookie } from '#lib/platform/auth/session.cookie.server.ts';
import { failFrom, safeNext } from '#lib/platform/auth/auth.form.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const demo = await demoInfo(db());
	return {
		title: m.auth_login_title(),
		next: safeNext(url.searchParams.get('next')),
		signedInAs: locals.user ? locals.user.name || locals.user.email : null,
		demoLogins: (demo?.logins ?? []).map(({ email, role, note }) => ({ email, role, note })),
		demoPassword: demo?.logins[0]?.password ?? null
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const values = formToObject(await request.formData());
		let result;
		try {
			result = await login(values, {
				ip: clientAddress(getClientAddress),
				userAgent: request.headers.get('user-agent')
			});
		} catch (error) {
			return failFrom(error, values);
		}
		setSessionCookie(cookies, result.token, result.expiresAt);
		// Remember the account's language for the interface (Paraglide reads this cookie).
		cookies.set('souhra_locale', result.user.locale, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			maxAge: 60 * 60 * 24 * 365
		});
		setFlash(cookies, {
			type: 'success',
			message: m.auth_login_success(
				{ name: result.user.name || result.user.email },
				{ locale: result.user.locale === 'en' ? 'en' : 'cs' }
			)
		});
		redirect(303, safeNext(String(values.next ?? url.searchParams.get('next') ?? '')));
	}
};

function clientAddress(get: () => string): string | null {
	try {
		return get();
	} catch {
		return null;
	}
}
