/**
 * The signed-in user's own account (profile.manage with ownerUserId): name, language, password.
 * Changing the password ends the user's other sessions.
 */
import { db } from '../db/client.server.ts';
import { authorize } from '../access/can.ts';
import '../access/platform.permissions.ts';
import type { Actor } from '../access/actor.ts';
import { loadGrants } from '../access/grant.server.ts';
import { auditedUpdate } from '../audit/audit.server.ts';
import {
	ConflictError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '../http/errors.ts';
import { parseInput } from '../http/validation.ts';
import { users } from './auth.schema.ts';
import {
	changePasswordSchema,
	MESSAGES,
	passwordIsEmail,
	updateProfileSchema
} from './auth.validation.ts';
import { hashPassword, verifyPassword } from './password.server.ts';
import { deleteUserSessions } from './session.service.server.ts';
import { findUserById, toUserView, type UserView } from './user.store.server.ts';

function ownId(actor: Actor): string {
	if (actor.kind !== 'user') throw new UnauthorizedError();
	return actor.userId;
}

/** Change one's own name and language (optimistic locking on `version`). */
export async function updateProfile(actor: Actor, input: unknown): Promise<UserView> {
	const userId = ownId(actor);
	authorize(actor, 'profile.manage', { ownerUserId: userId });
	const data = parseInput(updateProfileSchema, input);
	try {
		return await db().transaction(async (tx) => {
			const row = await auditedUpdate(
				tx,
				actor,
				users,
				'auth.user',
				userId,
				{ name: data.name, locale: data.locale },
				{ redact: ['passwordHash'], expectedVersion: data.version }
			);
			return toUserView(row, await loadGrants(userId, tx));
		});
	} catch (error) {
		// The conflict carries the raw row; hand out its safe view only.
		if (error instanceof ConflictError) {
			const row = await findUserById(userId);
			throw new ConflictError(undefined, row ? { ...toUserView(row, []) } : undefined);
		}
		throw error;
	}
}

/**
 * Change one's own password after confirming the current one; other sessions end
 * (`keepSessionId` is the session making the change).
 */
export async function changePassword(
	actor: Actor,
	input: unknown,
	options: { keepSessionId?: string | null } = {}
): Promise<void> {
	const userId = ownId(actor);
	authorize(actor, 'profile.manage', { ownerUserId: userId });
	const data = parseInput(changePasswordSchema, input);
	const user = await findUserById(userId);
	if (!user) throw new NotFoundError('Uživatel nebyl nalezen.');
	if (!user.passwordHash || !(await verifyPassword(user.passwordHash, data.currentPassword))) {
		throw new ValidationError({ currentPassword: ['Současné heslo není správné.'] });
	}
	if (passwordIsEmail(data.newPassword, user.email)) {
		throw new ValidationError({ newPassword: [MESSAGES.passwordIsEmail] });
	}
	const passwordHash = await hashPassword(data.newPassword);
	await db().transaction(async (tx) => {
		await auditedUpdate(
			tx,
			actor,
			users,
			'auth.user',
			userId,
			{ passwordHash },
			{
				redact: ['passwordHash'],
				action: 'password-change'
			}
		);
		await deleteUserSessions(userId, { exceptSessionId: options.keepSessionId, tx });
	});
}
