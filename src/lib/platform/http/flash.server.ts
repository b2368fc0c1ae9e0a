/**
 * Flash messages: one message carried across a redirect in a short-lived cookie, shown by the
 * root layout (role=status) and then cleared. Works without JavaScript.
 */
import type { Cookies } from '@sveltejs/kit';

export type FlashType = 'success' | 'error' | 'info';
export interface Flash {
	type: FlashType;
	message: string;
}

const COOKIE = 'souhra_flash';

export function setFlash(cookies: Cookies, flash: Flash): void {
	cookies.set(COOKIE, encodeURIComponent(JSON.stringify(flash)), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		maxAge: 60
	});
}

/** Read and clear the pending message. */
export function takeFlash(cookies: Cookies): Flash | null {
	const raw = cookies.get(COOKIE);
	if (!raw) return null;
	cookies.delete(COOKIE, { path: '/' });
	try {
		const parsed = JSON.parse(decodeURIComponent(raw)) as Flash;
		return ['success', 'error', 'info'].includes(parsed.type) && typeof parsed.message === 'string'
			? parsed
			: null;
	} catch {
		return null;
	}
}
