/**
 * Glue between the auth services and SvelteKit form actions: turn service errors into
 * `fail(...)` that keeps the user's input (never passwords), and guard redirects.
 */
import { fail, redirect, type ActionFailure } from '@sveltejs/kit';
import type { Actor } from '../access/actor.ts';
import { ConflictError, isAppError, RateLimitError, type FieldErrors } from '../http/errors.ts';

export interface FormFailure {
	errors: FieldErrors;
	message: string;
	values: Record<string, unknown>;
	/** Current state of the record after an optimistic-locking conflict. */
	current?: Record<string, unknown>;
	retryAfterSeconds?: number;
}

const SECRET_FIELDS = /password|token/i;

/** Keep what the user typed, except secrets. */
export function keepValues(values: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.test(key)));
}

/** AppError → `fail(status, …)`; anything else is a bug and is rethrown (500). */
export function failFrom(
	error: unknown,
	values: Record<string, unknown>
): ActionFailure<FormFailure> {
	if (!isAppError(error)) throw error;
	const errors = 'fields' in error ? (error.fields as FieldErrors) : {};
	return fail(error.status, {
		errors,
		message: error.message,
		values: keepValues(values),
		...(error instanceof ConflictError && error.current ? { current: error.current } : {}),
		...(error instanceof RateLimitError ? { retryAfterSeconds: error.retryAfterSeconds } : {})
	});
}

/**
 * A safe target for `?next=`: only a path on this site (`/x`), never `//evil`, `/\evil` or a
 * full URL, so the login page cannot be used to send people elsewhere.
 */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
		return fallback;
	}
	if ([...next].some((c) => c.charCodeAt(0) < 0x20)) return fallback;
	try {
		const url = new URL(next, 'http://souhra.invalid');
		if (url.origin !== 'http://souhra.invalid') return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}

/** Pages for signed-in users: send the anonymous public to the login page and back. */
export function requireSignedIn(
	actor: Actor,
	url: URL
): asserts actor is Extract<Actor, { kind: 'user' }> {
	if (actor.kind !== 'user') {
		redirect(303, `/prihlaseni?next=${encodeURIComponent(url.pathname + url.search)}`);
	}
}
