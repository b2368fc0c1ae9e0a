/**
 * Glue of the meeting pages' form actions: one place that turns a service call into
 * `fail(…)` with the kept input (401 for the anonymous public before anything else runs).
 */
import type { ActionFailure } from '@sveltejs/kit';
import type { Actor } from '#lib/platform/access/actor.ts';
import { failFrom, type FormFailure } from '#lib/platform/auth/auth.form.server.ts';
import { UnauthorizedError, ValidationError } from '#lib/platform/http/errors.ts';

/**
 * Run `work` for a signed-in actor; an AppError becomes `fail(status, { errors, message, values })`
 * (values tagged with `action` so the page knows which form failed). Success returns `undefined`.
 */
export async function attempt<T>(
	actor: Actor,
	action: string,
	values: Record<string, unknown>,
	work: () => Promise<T>
): Promise<{ ok: true; value: T } | { ok: false; failure: ActionFailure<FormFailure> }> {
	const tagged = { ...values, action };
	if (actor.kind !== 'user') {
		return { ok: false, failure: failFrom(new UnauthorizedError(), tagged) };
	}
	try {
		return { ok: true, value: await work() };
	} catch (error) {
		return { ok: false, failure: failFrom(error, tagged) };
	}
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id from a hidden field; a tampered one is a Czech 400, never a database error. */
export function idFrom(values: Record<string, unknown>, field: string): string {
	const value = values[field];
	if (typeof value === 'string' && UUID.test(value)) return value;
	throw new ValidationError(
		{ [field]: ['Neplatný identifikátor.'] },
		'Neplatný identifikátor záznamu.'
	);
}

/** The optional hidden `version` (undefined when missing; garbage fails validation as a 400). */
export function versionFrom(values: Record<string, unknown>): number | undefined {
	const v = values.version;
	return typeof v === 'string' && v !== '' ? Number(v) : undefined;
}

/** Whether a route parameter looks like an id (else the page is a 404). */
export const isId = (value: string) => UUID.test(value);
