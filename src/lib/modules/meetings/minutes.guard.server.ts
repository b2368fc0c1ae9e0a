/** Guards and set-up shared by everything that writes the minutes (items, resolutions, tasks, events). */
import { eq } from 'drizzle-orm';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import type { Actor } from '#lib/platform/access/actor.ts';
import { auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { meetings, minutes } from './meeting.schema.ts';
import { ENTITY, fieldError, lockKey, type Meeting, type Minutes } from './meeting.store.server.ts';

/** Czech 400 unless the meeting has taken place and its minutes are not approved or published. */
export async function assertMinutesEditable(meeting: Meeting, target: Db = db()): Promise<void> {
	if (meeting.status === 'cancelled') {
		throw fieldError('meeting', 'Jednání bylo zrušeno; zápis k němu nelze psát.');
	}
	if (meeting.startsAt.getTime() > Date.now()) {
		throw fieldError('meeting', 'Zápis lze psát až od začátku jednání.');
	}
	const [row] = await target
		.select({ status: minutes.status })
		.from(minutes)
		.where(eq(minutes.meetingId, meeting.id));
	if (row && row.status !== 'draft') {
		throw fieldError(
			'meeting',
			row.status === 'approved'
				? 'Zápis je schválený; pro opravu jej nejprve vraťte do přípravy.'
				: 'Zápis je zveřejněný; pro opravu jej nejprve znovu otevřete (zveřejněná verze zůstane platná do dalšího zveřejnění).'
		);
	}
}

/**
 * The minutes row of a meeting, created on first use. Writing minutes means the meeting took
 * place, so a planned, invited or held meeting moves to "Zápis v přípravě".
 */
export async function ensureMinutes(tx: Db, actor: Actor, meeting: Meeting): Promise<Minutes> {
	await lockKey(tx, `minutes:${meeting.id}`);
	const [existing] = await tx.select().from(minutes).where(eq(minutes.meetingId, meeting.id));
	const row =
		existing ??
		(await auditedInsert(
			tx,
			actor,
			minutes,
			ENTITY.minutes,
			{ meetingId: meeting.id },
			{ areaId: meeting.areaId }
		));
	const [current] = await tx
		.select({ status: meetings.status })
		.from(meetings)
		.where(eq(meetings.id, meeting.id));
	if (current && ['planned', 'invited', 'held'].includes(current.status)) {
		await auditedUpdate(
			tx,
			actor,
			meetings,
			ENTITY.meeting,
			meeting.id,
			{ status: 'minutes_draft' },
			{
				areaId: meeting.areaId,
				action: 'status'
			}
		);
	}
	return row;
}
