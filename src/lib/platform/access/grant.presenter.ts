/** Role grants in the UI language: "Koordinátor KPSS – území ORP Liberec". */
import { m } from '#lib/paraglide/messages.js';
import type { Role, RoleGrant } from './actor.ts';

/** Label of a role in the current UI language. */
export function roleName(role: Role): string {
	switch (role) {
		case 'admin':
			return m.access_role_admin();
		case 'coordinator':
			return m.access_role_coordinator();
		case 'manager':
			return m.access_role_manager();
		case 'member':
			return m.access_role_member();
		case 'provider':
			return m.access_role_provider();
	}
}

/** One grant as a line; area ids are shown by name when `areaNames` knows them. */
export function grantLabel(
	grant: RoleGrant,
	areaNames: ReadonlyMap<string, string> = new Map()
): string {
	const role = roleName(grant.role);
	if (grant.areaId) {
		return `${role} – ${m.access_scope_area({ name: areaNames.get(grant.areaId) ?? grant.areaId })}`;
	}
	if (grant.bodyId) return `${role} – ${m.access_scope_body({ id: grant.bodyId })}`;
	if (grant.organisationId) {
		return `${role} – ${m.access_scope_organisation({ id: grant.organisationId })}`;
	}
	return role;
}
