/** Resolves the actor of each request (session cookie or Bearer token). Filled in by the auth work. */
import type { Handle } from '@sveltejs/kit/hooks';
import { ANONYMOUS } from '../access/actor.ts';

export const handleAuth: Handle = async ({ event, resolve }) => {
	event.locals.actor = ANONYMOUS;
	event.locals.user = null;
	event.locals.sessionId = null;
	return resolve(event);
};
