/**
 * Secrets handed to a browser or a script (session cookies, reset links, API tokens): 32 random
 * bytes, base64url. Only their SHA-256 is stored, so a database leak does not leak logins.
 */
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url (43 characters). */
export function randomToken(): string {
	return randomBytes(32).toString('base64url');
}

/** Hex SHA-256: the only form in which tokens are stored or looked up. */
export function sha256(value: string): string {
	return createHash('sha256').update(value).digest('hex');
}
