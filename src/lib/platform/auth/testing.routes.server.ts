/**
 * Tests only: call a route's `load` or form action with a minimal RequestEvent (form body,
 * locals of an actor, a cookie jar) and capture a redirect or an error instead of throwing.
 */
import type { Cookies } from '@sveltejs/kit';
import type { Actor } from '../access/actor.ts';
import { ANONYMOUS } from '../access/actor.ts';

export interface FakeEventOptions {
	actor?: Actor;
	url?: string;
	form?: Record<string, string | string[]>;
	params?: Record<string, string>;
	sessionId?: string | null;
}

export function fakeEvent(options: FakeEventOptions = {}) {
	const jar = new Map<string, string>();
	const cookies = {
		get: (name: string) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void jar.set(name, value),
		delete: (name: string) => void jar.delete(name),
		serialize: () => ''
	} as unknown as Cookies;
	const body = new FormData();
	for (const [key, value] of Object.entries(options.form ?? {})) {
		for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
	}
	const url = new URL(options.url ?? 'http://localhost/');
	const actor = options.actor ?? ANONYMOUS;
	return {
		jar,
		event: {
			request: new Request(url, {
				method: options.form ? 'POST' : 'GET',
				body: options.form ? body : undefined
			}),
			url,
			params: options.params ?? {},
			cookies,
			locals: {
				actor,
				user:
					actor.kind === 'user'
						? { id: actor.userId, email: actor.email, name: actor.name, locale: 'cs' }
						: null,
				sessionId: options.sessionId ?? null
			},
			getClientAddress: () => '127.0.0.1',
			setHeaders: () => {}
		}
	};
}

/** Run a load/action; returns its result, or what it threw (redirects and errors alike). */
export async function outcome(run: () => unknown): Promise<{ value?: unknown; thrown?: unknown }> {
	try {
		return { value: await run() };
	} catch (thrown) {
		return { thrown };
	}
}
