/**
 * Resolves the actor of each request: the `souhra_session` cookie (browser) or
 * `Authorization: Bearer souhra_…` (API token). Anything invalid means the anonymous public.
 */
import type { Handle } from '@sveltejs/kit/hooks';
import { ANONYMOUS } from '../access/actor.ts';
import { resolveApiToken } from './api-token.service.server.ts';
import { resolveSession } from './session.service.server.ts';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './session.cookie.server.ts';

export const handleAuth: Handle = async ({ event, resolve }) => {
	event.locals.actor = ANONYMOUS;
	event.locals.user = null;
	event.locals.sessionId = null;

	const authorization = event.request.headers.get('authorization');
	const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
	if (bearer) {
		const resolved = await resolveApiToken(bearer);
		if (resolved) {
			const { user } = resolved;
			event.locals.actor = resolved.actor;
			event.locals.user = { id: user.id, email: user.email, name: user.name, locale: user.locale };
		}
		return resolve(event);
	}

	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const session = await resolveSession(token);
		if (session) {
			const { user } = session;
			event.locals.actor = session.actor;
			event.locals.user = { id: user.id, email: user.email, name: user.name, locale: user.locale };
			event.locals.sessionId = session.sessionId;
			if (session.renewed) setSessionCookie(event.cookies, token, session.expiresAt);
		} else {
			clearSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};
