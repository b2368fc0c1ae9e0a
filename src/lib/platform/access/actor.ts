/** Who is acting: a signed-in user with role grants, the anonymous public, or the system. */
export const ROLES = ['admin', 'coordinator', 'manager', 'member', 'provider'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
	role: Role;
	/** coordinator: planning area */
	areaId?: string | null;
	/** manager, member: body */
	bodyId?: string | null;
	/** provider: organisation */
	organisationId?: string | null;
}

export type Actor =
	| { kind: 'user'; userId: string; name: string; email: string; grants: RoleGrant[] }
	| { kind: 'anonymous' }
	| { kind: 'system'; label: string };

export const ANONYMOUS: Actor = Object.freeze({ kind: 'anonymous' });
export const systemActor = (label: string): Actor => ({ kind: 'system', label });

export function actorId(actor: Actor): string | null {
	return actor.kind === 'user' ? actor.userId : null;
}

export function actorLabel(actor: Actor): string {
	if (actor.kind === 'user') return actor.name || actor.email;
	if (actor.kind === 'system') return `systém: ${actor.label}`;
	return 'veřejnost';
}
