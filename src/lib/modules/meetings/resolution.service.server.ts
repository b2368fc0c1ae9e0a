/**
 * Resolutions (usnesení) in the minutes, numbered per body and calendar year (`ŘS/2025/07`).
 * The next number is taken inside the transaction under an advisory lock, so two people writing
 * minutes at once never get the same number; an explicit number already used is refused.
 */
import { and, eq, max } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { auditedDelete, auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { resolutions } from './meeting.schema.ts';
import { resolutionNumber } from './meeting.rules.ts';
import { ResolutionInput, ResolutionUpdateInput } from './meeting.validation.ts';
import {
	ENTITY,
	fieldError,
	findAgendaItem,
	findBodyRow,
	findMeeting,
	lockKey,
	scopeOf
} from './meeting.store.server.ts';
import { assertMinutesEditable, ensureMinutes } from './minutes.guard.server.ts';
import { toPrague } from './meeting.time.ts';
import './meeting.permissions.ts';

export type Resolution = typeof resolutions.$inferSelect;

/** The sequence in an explicit number: `ŘS/2025/07` (code and year must match) or `7`. */
function explicitSeq(number: string, code: string, year: number): number {
	const plain = /^\d{1,4}$/.exec(number);
	if (plain) return Number(plain[0]);
	const full = /^(.+)\/(\d{4})\/(\d{1,4})$/.exec(number);
	if (full && full[1] === code && Number(full[2]) === year) return Number(full[3]);
	throw fieldError(
		'number',
		`Číslo usnesení zadejte ve tvaru ${resolutionNumber(code, year, 1)} nebo jen pořadovým číslem.`
	);
}

async function seqUsed(tx: Db, bodyId: string, year: number, seq: number): Promise<boolean> {
	const [row] = await tx
		.select({ id: resolutions.id })
		.from(resolutions)
		.where(
			and(eq(resolutions.bodyId, bodyId), eq(resolutions.year, year), eq(resolutions.seq, seq))
		);
	return !!row;
}

/** Add a resolution to an agenda item; without an explicit number it gets the next free one. */
export async function addResolution(actor: Actor, input: unknown): Promise<Resolution> {
	const data = parseInput(ResolutionInput, input);
	const item = await findAgendaItem(data.agendaItemId);
	const meeting = await findMeeting(item.meetingId);
	authorize(actor, 'meetings.minutes.write', await scopeOf(meeting));
	await assertMinutesEditable(meeting);
	const body = await findBodyRow(meeting.bodyId);
	const year = toPrague(meeting.startsAt).year;
	return db().transaction(async (tx) => {
		await ensureMinutes(tx, actor, meeting);
		await lockKey(tx, `resolution:${body.id}:${year}`);
		let seq: number;
		if (data.number) {
			seq = explicitSeq(data.number, body.code, year);
			if (seq < 1) throw fieldError('number', 'Pořadové číslo usnesení musí být alespoň 1.');
			if (await seqUsed(tx, body.id, year, seq)) {
				throw fieldError(
					'number',
					`Číslo usnesení ${resolutionNumber(body.code, year, seq)} už je v roce ${year} použito. Ponechte pole prázdné a číslo se přidělí samo.`
				);
			}
		} else {
			const [row] = await tx
				.select({ last: max(resolutions.seq) })
				.from(resolutions)
				.where(and(eq(resolutions.bodyId, body.id), eq(resolutions.year, year)));
			seq = (row?.last ?? 0) + 1;
		}
		return auditedInsert(
			tx,
			actor,
			resolutions,
			ENTITY.resolution,
			{
				meetingId: meeting.id,
				agendaItemId: item.id,
				bodyId: body.id,
				year,
				seq,
				number: resolutionNumber(body.code, year, seq),
				text: data.text,
				votesFor: data.votesFor,
				votesAgainst: data.votesAgainst,
				votesAbstained: data.votesAbstained,
				adopted: data.adopted
			},
			{ areaId: meeting.areaId }
		);
	});
}

async function findResolution(id: string): Promise<Resolution> {
	const [row] = await db().select().from(resolutions).where(eq(resolutions.id, id));
	if (!row) throw new NotFoundError('Usnesení nebylo nalezeno.');
	return row;
}

/** Edit text and votes (the number stays). */
export async function updateResolution(
	actor: Actor,
	id: string,
	input: unknown
): Promise<Resolution> {
	const current = await findResolution(id);
	const meeting = await findMeeting(current.meetingId);
	authorize(actor, 'meetings.minutes.write', await scopeOf(meeting));
	const { version, ...data } = parseInput(ResolutionUpdateInput, input);
	await assertMinutesEditable(meeting);
	return db().transaction((tx) =>
		auditedUpdate(tx, actor, resolutions, ENTITY.resolution, id, data, {
			expectedVersion: version,
			areaId: meeting.areaId
		})
	);
}

/** Remove a resolution from a draft; its number is not reused automatically unless it was the last one. */
export async function removeResolution(
	actor: Actor,
	id: string,
	options: { version?: number } = {}
): Promise<void> {
	const current = await findResolution(id);
	const meeting = await findMeeting(current.meetingId);
	authorize(actor, 'meetings.minutes.write', await scopeOf(meeting));
	await assertMinutesEditable(meeting);
	await db().transaction((tx) =>
		auditedDelete(tx, actor, resolutions, ENTITY.resolution, id, {
			expectedVersion: options.version,
			areaId: meeting.areaId
		})
	);
}
