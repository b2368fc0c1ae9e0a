import type { Actor } from '#lib/platform/access/actor.ts';

declare global {
	namespace App {
		interface Locals {
			/** Who is acting: a user (session cookie or API token), or the anonymous public. */
			actor: Actor;
			/** The signed-in user, when there is one. */
			user: { id: string; email: string; name: string; locale: string } | null;
			/** Hash of the session cookie, when the request came with a session. */
			sessionId: string | null;
		}
		interface Error {
			message: string;
			/** Correlation id shown on the 500 page and written to the server log. */
			errorId?: string;
		}
	}
}

export {};
