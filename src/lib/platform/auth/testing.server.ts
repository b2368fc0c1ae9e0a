/**
 * Tests only: create accounts quickly (through `createUser`, so they are real and audited)
 * and get their actors.
 */
import { randomBytes } from 'node:crypto';
import { systemActor, type Actor, type RoleGrant } from '../access/actor.ts';
import { createUser, loadActor } from './user.service.server.ts';
import type { UserView } from './user.store.server.ts';

export const TEST_PASSWORD = 'správné-heslo-123';

/** A fresh account (unique e-mail unless given) with the given grants, and its actor. */
export async function createTestUser(
	options: { email?: string; name?: string; password?: string | null; grants?: RoleGrant[] } = {}
): Promise<{ user: UserView; actor: Actor; password: string | null }> {
	const email = options.email ?? `test-${randomBytes(5).toString('hex')}@souhra.example`;
	const password = options.password === undefined ? TEST_PASSWORD : options.password;
	const user = await createUser(systemActor('test'), {
		email,
		name: options.name ?? 'Testovací Uživatel',
		password: password ?? undefined,
		grants: options.grants ?? [],
		sendInvitation: false
	});
	return { user, actor: await loadActor(user.id), password };
}
