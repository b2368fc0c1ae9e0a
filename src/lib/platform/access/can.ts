/**
 * The permission engine: `can(actor, action, resource)`. Actions are dotted strings owned by a
 * module (`meetings.minutes.approve`); modules register their rules with `definePermissions`.
 * Services call `authorize(...)` first, pages and the API rely on the services.
 *
 * Rules see the actor's role grants and the resource's scope: the planning areas it lies in
 * (its own area and every ancestor, so a kraj coordinator covers its ORP), its body and its
 * organisation. `admin` may do everything.
 */
import type { Actor, Role, RoleGrant } from './actor.ts';
import { ForbiddenError, UnauthorizedError } from '../http/errors.ts';

export interface ResourceScope {
	/** The record's planning area and all its ancestors. */
	areaIds?: readonly string[];
	bodyId?: string | null;
	organisationId?: string | null;
	/** The user the record belongs to (own profile, own token, own task). */
	ownerUserId?: string | null;
}

type UserActor = Extract<Actor, { kind: 'user' }>;
export type Rule = (actor: UserActor, resource: ResourceScope) => boolean;

export interface Policy {
	/** Anyone, including the anonymous public. */
	public?: boolean;
	/** Any signed-in user (after `rule`, if given, is also checked). */
	rule?: Rule;
	/** Czech description for the permission matrix documentation. */
	description: string;
}

const policies = new Map<string, Policy>();

export function definePermissions(defs: Record<string, Policy>): void {
	for (const [action, policy] of Object.entries(defs)) {
		if (policies.has(action)) throw new Error(`Permission ${action} is defined twice`);
		policies.set(action, policy);
	}
}

/** All registered actions (for documentation and the matrix test). */
export function listPermissions(): [string, Policy][] {
	return [...policies.entries()].sort(([a], [b]) => a.localeCompare(b));
}

const grantsOf = (actor: UserActor, role: Role): RoleGrant[] =>
	actor.grants.filter((g) => g.role === role);

/** Rule building blocks. */
export const rules = {
	signedIn: (): Rule => () => true,
	owner: (): Rule => (actor, r) => !!r.ownerUserId && r.ownerUserId === actor.userId,
	/** Coordinator of the record's area or of an ancestor area. */
	coordinator: (): Rule => (actor, r) =>
		grantsOf(actor, 'coordinator').some((g) => !!g.areaId && (r.areaIds ?? []).includes(g.areaId)),
	/** Manager of the record's body. */
	manager: (): Rule => (actor, r) =>
		grantsOf(actor, 'manager').some((g) => !!g.bodyId && g.bodyId === r.bodyId),
	/** Member (or manager) of the record's body. */
	member: (): Rule => (actor, r) =>
		actor.grants.some(
			(g) => (g.role === 'member' || g.role === 'manager') && !!g.bodyId && g.bodyId === r.bodyId
		),
	/** Provider acting for the record's organisation. */
	provider: (): Rule => (actor, r) =>
		grantsOf(actor, 'provider').some(
			(g) => !!g.organisationId && g.organisationId === r.organisationId
		),
	/** Holds the role anywhere. */
	hasRole:
		(role: Role): Rule =>
		(actor) =>
			actor.grants.some((g) => g.role === role),
	anyOf:
		(...list: Rule[]): Rule =>
		(actor, r) =>
			list.some((rule) => rule(actor, r)),
	allOf:
		(...list: Rule[]): Rule =>
		(actor, r) =>
			list.every((rule) => rule(actor, r))
};

export function isAdmin(actor: Actor): boolean {
	return actor.kind === 'user' && actor.grants.some((g) => g.role === 'admin');
}

export function can(actor: Actor, action: string, resource: ResourceScope = {}): boolean {
	const policy = policies.get(action);
	if (!policy) throw new Error(`Unknown permission ${action}`);
	if (actor.kind === 'system') return true;
	if (policy.public) return true;
	if (actor.kind !== 'user') return false;
	if (isAdmin(actor)) return true;
	return policy.rule ? policy.rule(actor, resource) : false;
}

/** Throw 401 for the anonymous public, 403 for a user without the permission. */
export function authorize(actor: Actor, action: string, resource: ResourceScope = {}): void {
	if (can(actor, action, resource)) return;
	if (actor.kind === 'anonymous') throw new UnauthorizedError();
	throw new ForbiddenError();
}
