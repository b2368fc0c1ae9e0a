/**
 * User administration (admin.users.manage): create, edit, activate/deactivate, role grants, list.
 * Role changes are recorded in the user's history as a `grants` field; the hash is always redacted.
 */
import { and, asc, count, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { db, type Db } from '../db/client.server.ts';
import { authorize } from '../access/can.ts';
import '../access/platform.permissions.ts';
import { ANONYMOUS, type Actor, type RoleGrant } from '../access/actor.ts';
import { roleAssignments } from '../access/access.schema.ts';
import {
	grantsForHistory,
	loadGrants,
	loadGrantsOf,
	replaceGrants,
	sameGrants,
	uniqueGrants
} from '../access/grant.server.ts';
import { auditedInsert, auditedUpdate, recordAudit } from '../audit/audit.server.ts';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors.ts';
import { parseInput } from '../http/validation.ts';
import { users } from './auth.schema.ts';
import { createUserSchema, listUsersSchema, updateUserSchema } from './auth.validation.ts';
import { hashPassword } from './password.server.ts';
import { sendInvitation } from './password-reset.service.server.ts';
import { deleteUserSessions } from './session.service.server.ts';
import {
	assertEmailFree,
	emailTakenError,
	findUserById,
	isUniqueViolation,
	toUserView,
	userActor,
	type UserView
} from './user.store.server.ts';

export type { UserView };

const REDACT = ['passwordHash'];

/** Record a change of grants in the user's history (same transaction as the change). */
async function auditGrants(
	tx: Db,
	actor: Actor,
	userId: string,
	before: RoleGrant[],
	after: RoleGrant[]
): Promise<void> {
	await recordAudit(tx, actor, {
		entityType: 'auth.user',
		entityId: userId,
		action: 'update',
		before: { grants: grantsForHistory(before) },
		after: { grants: grantsForHistory(after) }
	});
}

/**
 * Create an account. Without a password (or with `sendInvitation`) the person gets a mail with a
 * link for setting one; `origin` is the request origin used when PUBLIC_URL is unset.
 */
export async function createUser(
	actor: Actor,
	input: unknown,
	options: { origin?: string } = {}
): Promise<UserView> {
	authorize(actor, 'admin.users.manage');
	const data = parseInput(createUserSchema, input);
	const grants = uniqueGrants(data.grants);
	const password = data.passwordMode === 'link' ? undefined : data.password;
	const passwordHash = password ? await hashPassword(password) : null;
	try {
		return await db().transaction(async (tx) => {
			await assertEmailFree(data.email, null, tx);
			const row = await auditedInsert(
				tx,
				actor,
				users,
				'auth.user',
				{ email: data.email, name: data.name, passwordHash, locale: data.locale },
				{ redact: REDACT }
			);
			if (grants.length) {
				await replaceGrants(tx, row.id, grants, actor.kind === 'user' ? actor.userId : null);
				await auditGrants(tx, actor, row.id, [], grants);
			}
			if (data.sendInvitation ?? !password) await sendInvitation(tx, row, options.origin);
			return toUserView(row, grants);
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw emailTakenError();
		throw error;
	}
}

/** Refuse changes that would leave the instance without an active administrator. */
async function assertAdminRemains(tx: Db, userId: string, stillAdmin: boolean): Promise<void> {
	if (stillAdmin) return;
	const [{ n }] = await tx
		.select({ n: count() })
		.from(roleAssignments)
		.innerJoin(users, eq(users.id, roleAssignments.userId))
		.where(and(eq(roleAssignments.role, 'admin'), eq(users.isActive, true), ne(users.id, userId)));
	if (n === 0) {
		throw new ValidationError(
			{
				grants: [
					'Instance musí mít alespoň jednoho aktivního správce. Nejdřív udělte roli správce někomu jinému.'
				]
			},
			'Tuto změnu nelze uložit.'
		);
	}
}

/**
 * Edit an account (name, e-mail, active, language, grants) with optimistic locking: a stale
 * `version` throws ConflictError whose `current` is the safe view of the account now.
 */
export async function updateUser(actor: Actor, id: string, input: unknown): Promise<UserView> {
	authorize(actor, 'admin.users.manage');
	const data = parseInput(updateUserSchema, input);
	try {
		return await db().transaction(async (tx) => {
			const current = await findUserById(id, tx);
			if (!current) throw new NotFoundError('Uživatel nebyl nalezen.');
			const beforeGrants = await loadGrants(id, tx);
			if (current.version !== data.version) {
				throw new ConflictError(undefined, { ...toUserView(current, beforeGrants) });
			}
			const afterGrants = data.grants ? uniqueGrants(data.grants) : beforeGrants;
			const wasAdmin = current.isActive && beforeGrants.some((g) => g.role === 'admin');
			if (wasAdmin) {
				await assertAdminRemains(
					tx,
					id,
					data.isActive && afterGrants.some((g) => g.role === 'admin')
				);
			}
			if (data.email !== current.email.toLowerCase()) await assertEmailFree(data.email, id, tx);
			const row = await auditedUpdate(
				tx,
				actor,
				users,
				'auth.user',
				id,
				{ name: data.name, email: data.email, isActive: data.isActive, locale: data.locale },
				{ redact: REDACT, expectedVersion: data.version }
			);
			if (!sameGrants(beforeGrants, afterGrants)) {
				await replaceGrants(tx, id, afterGrants, actor.kind === 'user' ? actor.userId : null);
				await auditGrants(tx, actor, id, beforeGrants, afterGrants);
			}
			if (!data.isActive) await deleteUserSessions(id, { tx });
			return toUserView(row, afterGrants);
		});
	} catch (error) {
		if (error instanceof ConflictError && error.current && 'passwordHash' in error.current) {
			const row = await findUserById(id);
			throw new ConflictError(
				undefined,
				row ? { ...toUserView(row, await loadGrants(id)) } : undefined
			);
		}
		if (isUniqueViolation(error)) throw emailTakenError();
		throw error;
	}
}

/** One account: administrators see anyone, a user sees themselves. */
export async function getUser(actor: Actor, id: string): Promise<UserView> {
	authorize(actor, 'profile.manage', { ownerUserId: id });
	const row = await findUserById(id);
	if (!row) throw new NotFoundError('Uživatel nebyl nalezen.');
	return toUserView(row, await loadGrants(id));
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Paginated, searchable (name or e-mail, accents ignored), sortable list of accounts. */
export async function listUsers(
	actor: Actor,
	query: unknown
): Promise<{ rows: UserView[]; total: number; page: number; pageSize: number }> {
	authorize(actor, 'admin.users.manage');
	const { page, pageSize, q, sort } = parseInput(listUsersSchema, query ?? {});
	let where: SQL | undefined;
	if (q) {
		const pattern = `%${escapeLike(q.toLowerCase())}%`;
		where = sql`(unaccent(lower(${users.name})) like unaccent(${pattern}) or lower(${users.email}) like ${pattern})`;
	}
	const desc_ = sort.startsWith('-');
	const key = desc_ ? sort.slice(1) : sort;
	const column =
		key === 'email'
			? sql`lower(${users.email})`
			: key === 'lastLogin'
				? users.lastLoginAt
				: sql`lower(${users.name})`;
	const order =
		key === 'lastLogin'
			? desc_
				? sql`${column} desc nulls last`
				: sql`${column} asc nulls last`
			: desc_
				? desc(column)
				: asc(column);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select()
			.from(users)
			.where(where)
			.orderBy(order, asc(users.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db().select({ n: count() }).from(users).where(where)
	]);
	const grants = await loadGrantsOf(rows.map((r) => r.id));
	return { rows: rows.map((r) => toUserView(r, grants.get(r.id) ?? [])), total: n, page, pageSize };
}

/** The actor of a user id (grants included); a deactivated account acts as the anonymous public. */
export async function loadActor(userId: string): Promise<Actor> {
	const row = await findUserById(userId);
	if (!row) throw new NotFoundError('Uživatel nebyl nalezen.');
	if (!row.isActive) return ANONYMOUS;
	return userActor(row, await loadGrants(userId));
}

/** Mail a user a fresh link for setting their password (administrator action). */
export async function sendPasswordLink(
	actor: Actor,
	userId: string,
	options: { origin?: string } = {}
): Promise<{ email: string }> {
	authorize(actor, 'admin.users.manage');
	const row = await findUserById(userId);
	if (!row) throw new NotFoundError('Uživatel nebyl nalezen.');
	if (!row.isActive) {
		throw new ValidationError(
			{},
			'Deaktivovanému účtu nelze poslat odkaz. Nejdřív účet znovu aktivujte.'
		);
	}
	await db().transaction(async (tx) => {
		await sendInvitation(tx, row, options.origin, 'by-admin');
		await recordAudit(tx, actor, {
			entityType: 'auth.user',
			entityId: row.id,
			action: 'password-link',
			after: { email: row.email }
		});
	});
	return { email: row.email };
}
