/**
 * Role grants for people: Czech labels, one-line descriptions, and a stable key that
 * identifies a grant in forms ("role|area|body|organisation").
 */
import { ROLES, type Role, type RoleGrant } from './actor.ts';

/** Czech names of the roles (also used in the audit trail, which stays Czech). */
export const ROLE_LABELS: Record<Role, string> = {
	admin: 'Správce instance',
	coordinator: 'Koordinátor KPSS',
	manager: 'Manažer skupiny',
	member: 'Člen skupiny',
	provider: 'Poskytovatel'
};

export const ROLE_LABELS_EN: Record<Role, string> = {
	admin: 'Instance administrator',
	coordinator: 'Planning coordinator',
	manager: 'Group manager',
	member: 'Group member',
	provider: 'Service provider'
};

/** Label of a role in the given language. */
export function roleLabel(role: Role, locale: 'cs' | 'en' = 'cs'): string {
	return (locale === 'en' ? ROLE_LABELS_EN : ROLE_LABELS)[role];
}

/** The scope id of a grant (area, body or organisation), if its role has one. */
export function grantScopeId(grant: RoleGrant): string | null {
	return grant.areaId ?? grant.bodyId ?? grant.organisationId ?? null;
}

/** "Koordinátor KPSS – území 1f2e…" (ids stay whole so they can be resolved to names later). */
export function grantText(grant: RoleGrant): string {
	const label = ROLE_LABELS[grant.role];
	if (grant.areaId) return `${label} – území ${grant.areaId}`;
	if (grant.bodyId) return `${label} – skupina ${grant.bodyId}`;
	if (grant.organisationId) return `${label} – organizace ${grant.organisationId}`;
	return label;
}

/** Stable form value of a grant. */
export function grantKey(grant: RoleGrant): string {
	return [grant.role, grant.areaId ?? '', grant.bodyId ?? '', grant.organisationId ?? ''].join('|');
}

/** Parse a form value made by `grantKey`; null for anything else. */
export function parseGrantKey(value: string): RoleGrant | null {
	const [role, areaId, bodyId, organisationId, ...rest] = value.split('|');
	if (rest.length || !(ROLES as readonly string[]).includes(role)) return null;
	return {
		role: role as Role,
		areaId: areaId || null,
		bodyId: bodyId || null,
		organisationId: organisationId || null
	};
}
