/**
 * Signed excuse links ("omluvit se z jednání" without logging in): HMAC-SHA256 over meeting,
 * person and expiry (the meeting start), keyed by the instance signing secret (platform auth).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { signingSecret } from '#lib/platform/auth/signing.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { formatDate, formatTime } from '#lib/platform/i18n/format.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { findMeeting } from './meeting.store.server.ts';

export { signingSecret };

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');
const sign = (secret: string, payload: string) =>
	createHmac('sha256', `meetings.excuse:${secret}`).update(payload).digest();

/** Token for one person and meeting, valid until `expiresAt`. */
export function signExcuseToken(
	secret: string,
	meetingId: string,
	personId: string,
	expiresAt: Date
): string {
	const payload = `${meetingId}.${personId}.${Math.floor(expiresAt.getTime() / 1000)}`;
	return `${b64(payload)}.${b64(sign(secret, payload))}`;
}

/** A signed excuse token expiring at the meeting start. */
export async function createExcuseToken(
	meetingId: string,
	personId: string,
	target: Db = db()
): Promise<string> {
	const meeting = await findMeeting(meetingId, target);
	return signExcuseToken(await signingSecret(target), meetingId, personId, meeting.startsAt);
}

const TAMPERED =
	'Odkaz pro omluvu je neplatný nebo poškozený. Zkopírujte prosím do prohlížeče celý odkaz z pozvánky.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ExcuseClaim {
	meetingId: string;
	personId: string;
	expiresAt: Date;
}

/** Check signature and expiry; a clear Czech 400 for a tampered or expired link. */
export async function verifyExcuseToken(
	token: string,
	now: Date = new Date()
): Promise<ExcuseClaim> {
	const invalid = () => new ValidationError({ token: [TAMPERED] }, TAMPERED);
	const [payloadPart, sigPart, ...rest] = String(token ?? '')
		.trim()
		.split('.');
	if (!payloadPart || !sigPart || rest.length) throw invalid();
	const payload = Buffer.from(payloadPart, 'base64url').toString('utf8');
	const expected = sign(await signingSecret(), payload);
	const given = Buffer.from(sigPart, 'base64url');
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
	const [meetingId, personId, exp] = payload.split('.');
	if (!UUID.test(meetingId ?? '') || !UUID.test(personId ?? '') || !/^\d+$/.test(exp ?? '')) {
		throw invalid();
	}
	const expiresAt = new Date(Number(exp) * 1000);
	if (now.getTime() >= expiresAt.getTime()) {
		const message = `Odkaz pro omluvu už neplatí – jednání začalo ${formatDate(expiresAt, 'cs')} v ${formatTime(expiresAt, 'cs')}. Omluvte se prosím přímo vedoucímu skupiny.`;
		throw new ValidationError({ token: [message] }, message);
	}
	return { meetingId, personId, expiresAt };
}
