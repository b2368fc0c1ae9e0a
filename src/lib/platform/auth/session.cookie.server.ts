/** The session cookie `souhra_session`: http-only, SameSite=Lax, Secure on https deployments. */
import type { Cookies } from '@sveltejs/kit';
import { env } from '../config/env.server.ts';

export const SESSION_COOKIE = 'souhra_session';

/** Secure when COOKIE_SECURE says so, else when PUBLIC_URL is https. */
export function cookieSecure(): boolean {
	const config = env();
	return config.COOKIE_SECURE ?? !!config.PUBLIC_URL?.startsWith('https://');
}

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: cookieSecure(),
		expires: expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: cookieSecure()
	});
}
