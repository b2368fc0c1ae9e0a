/**
 * Reading the user administration forms: kept grants come as `keepGrant` checkboxes (grantKey
 * values), a new one from `role` + scope fields. Errors of the new grant are mapped back onto
 * those fields so the inline messages appear next to them.
 */
import type { FieldErrors } from '../http/errors.ts';
import type { RoleGrant } from '../access/actor.ts';
import { parseGrantKey } from '../access/role.presenter.ts';

const list = (v: string | string[] | undefined) =>
	v === undefined ? [] : Array.isArray(v) ? v : [v];
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/** Grants from the form, and the index at which the new grant (if any) sits. */
export function grantsFromForm(values: Record<string, string | string[]>): {
	grants: Partial<RoleGrant>[];
	newIndex: number | null;
} {
	const kept = list(values.keepGrant)
		.map(parseGrantKey)
		.filter((g): g is RoleGrant => g !== null);
	const role = one(values.role).trim();
	if (!role) return { grants: kept, newIndex: null };
	const added = {
		role,
		areaId: one(values.areaId).trim() || null,
		bodyId: one(values.bodyId).trim() || null,
		organisationId: one(values.organisationId).trim() || null
	} as Partial<RoleGrant>;
	return { grants: [...kept, added], newIndex: kept.length };
}

/** `grants.3.areaId` → `areaId` for the new grant's fields; other grant errors go to `grants`. */
export function remapGrantErrors(errors: FieldErrors, newIndex: number | null): FieldErrors {
	const out: FieldErrors = {};
	for (const [key, messages] of Object.entries(errors)) {
		const match = /^grants\.(\d+)\.(\w+)$/.exec(key);
		let target = key;
		if (match && newIndex !== null && Number(match[1]) === newIndex) target = match[2];
		else if (match || key.startsWith('grants.')) target = 'grants';
		(out[target] ??= []).push(...messages);
	}
	return out;
}
