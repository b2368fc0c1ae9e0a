/**
 * Password hashing with argon2id (OWASP parameters). `verifyPassword` never throws on a malformed
 * hash, and `burnPasswordCheck` spends the same time for unknown accounts so login timing does
 * not reveal which e-mails exist.
 */
import { hash, verify } from '@node-rs/argon2';

/** `algorithm: 2` is Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax). */
const OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** argon2id hash in PHC format. */
export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

/** True when `password` matches; false for a wrong password or an unreadable hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

let dummyHash: Promise<string> | undefined;

/** Verify against a throw-away hash, so a missing account costs as much time as a wrong password. */
export async function burnPasswordCheck(password: string): Promise<void> {
	dummyHash ??= hashPassword('souhra-dummy-password-for-timing');
	await verifyPassword(await dummyHash, password);
}
