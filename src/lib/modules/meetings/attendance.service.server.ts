/**
 * The attendance register: members present / excused / absent, guests (non-voting), the quorum,
 * and excusing oneself through the signed link of the invitation (no login).
 */
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { systemActor, type Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { auditedDelete, auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { formatDate, formatTime } from '#lib/platform/i18n/format.ts';
import { fields, parseInput } from '#lib/platform/http/validation.ts';
import { fullName, people } from '#lib/modules/organisation/index.ts';
import { attendance } from './meeting.schema.ts';
import { quorum, type QuorumResult } from './meeting.rules.ts';
import { AttendanceInput, GuestInput } from './meeting.validation.ts';
import {
	ENTITY,
	fieldError,
	findBodyRow,
	findMeeting,
	lockKey,
	scopeOf,
	type Meeting
} from './meeting.store.server.ts';
import { membersOn } from './member.store.server.ts';
import { pragueDate } from './meeting.time.ts';
import { verifyExcuseToken } from './excuse.token.server.ts';
import './meeting.permissions.ts';

export type AttendanceRow = typeof attendance.$inferSelect;

/** Add a row (status absent) for every member on the meeting date who has none yet. */
export async function ensureAttendanceRows(
	tx: Db,
	actor: Actor,
	meeting: Meeting
): Promise<AttendanceRow[]> {
	await lockKey(tx, `attendance:${meeting.id}`);
	const members = await membersOn(tx, meeting.bodyId, pragueDate(meeting.startsAt));
	const existing = await tx.select().from(attendance).where(eq(attendance.meetingId, meeting.id));
	const known = new Set(existing.map((r) => r.personId));
	for (const m of members) {
		if (known.has(m.personId)) continue;
		existing.push(
			await auditedInsert(
				tx,
				actor,
				attendance,
				ENTITY.attendance,
				{
					meetingId: meeting.id,
					personId: m.personId,
					status: 'absent',
					isVoting: m.role !== 'host'
				},
				{ areaId: meeting.areaId }
			)
		);
	}
	return existing;
}

/** Prepare the register from the body's members on the meeting date (idempotent). */
export async function initAttendance(actor: Actor, meetingId: string): Promise<AttendanceRow[]> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.manage', await scopeOf(meeting));
	return db().transaction((tx) => ensureAttendanceRows(tx, actor, meeting));
}

/** Record present / excused / absent for members (rows are created when missing). */
export async function setAttendance(
	actor: Actor,
	meetingId: string,
	input: unknown
): Promise<AttendanceRow[]> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.manage', await scopeOf(meeting));
	const rows = parseInput(AttendanceInput, input);
	if (meeting.status === 'cancelled') {
		throw fieldError('meeting', 'Jednání je zrušené; docházku nelze zapsat.');
	}
	return db().transaction(async (tx) => {
		const existing = await ensureAttendanceRows(tx, actor, meeting);
		const byPerson = new Map(existing.filter((r) => r.personId).map((r) => [r.personId!, r]));
		for (const [i, row] of rows.entries()) {
			const current = byPerson.get(row.personId);
			if (current) {
				if (current.status === row.status && (current.note ?? null) === row.note) continue;
				await auditedUpdate(
					tx,
					actor,
					attendance,
					ENTITY.attendance,
					current.id,
					{
						status: row.status,
						note: row.note,
						excusedAt: row.status === 'excused' ? (current.excusedAt ?? new Date()) : null
					},
					{ areaId: meeting.areaId }
				);
				continue;
			}
			const [person] = await tx
				.select({ id: people.id })
				.from(people)
				.where(eq(people.id, row.personId));
			if (!person) throw fieldError(`${i}.personId`, 'Osoba neexistuje.');
			await auditedInsert(
				tx,
				actor,
				attendance,
				ENTITY.attendance,
				{ meetingId, personId: row.personId, status: row.status, note: row.note, isVoting: false },
				{ areaId: meeting.areaId }
			);
		}
		return tx
			.select()
			.from(attendance)
			.where(eq(attendance.meetingId, meetingId))
			.orderBy(asc(attendance.createdAt));
	});
}

/** A guest (name, organisation) takes part without a vote. */
export async function addGuest(
	actor: Actor,
	meetingId: string,
	input: unknown
): Promise<AttendanceRow> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.manage', await scopeOf(meeting));
	const data = parseInput(GuestInput, input);
	return db().transaction((tx) =>
		auditedInsert(
			tx,
			actor,
			attendance,
			ENTITY.attendance,
			{
				meetingId,
				personId: null,
				guestName: data.name,
				guestOrganisation: data.organisation,
				note: data.note,
				status: 'present',
				isVoting: false
			},
			{ areaId: meeting.areaId }
		)
	);
}

/** Remove a guest row (members stay on the register; mark them absent instead). */
export async function removeGuest(actor: Actor, attendanceId: string): Promise<void> {
	const [row] = await db().select().from(attendance).where(eq(attendance.id, attendanceId));
	if (!row) throw new NotFoundError('Záznam docházky nebyl nalezen.');
	const meeting = await findMeeting(row.meetingId);
	authorize(actor, 'meetings.manage', await scopeOf(meeting));
	if (row.personId) {
		throw fieldError(
			'attendanceId',
			'Člena skupiny nelze z prezenční listiny odebrat; označte ho jako nepřítomného.'
		);
	}
	await db().transaction((tx) =>
		auditedDelete(tx, actor, attendance, ENTITY.attendance, attendanceId, {
			areaId: meeting.areaId
		})
	);
}

/**
 * Quorum from the register (voting members present), or — before the register exists — from
 * the body's voting members on the meeting date with nobody present yet.
 */
export async function quorumOf(
	target: Db,
	meeting: Meeting,
	quorumPercent: number
): Promise<QuorumResult> {
	const rows = await target
		.select({ status: attendance.status, isVoting: attendance.isVoting })
		.from(attendance)
		.where(and(eq(attendance.meetingId, meeting.id), isNotNull(attendance.personId)));
	if (rows.length === 0) {
		const members = await membersOn(target, meeting.bodyId, pragueDate(meeting.startsAt));
		return quorum(members.filter((m) => m.role !== 'host').length, 0, quorumPercent);
	}
	const voting = rows.filter((r) => r.isVoting);
	return quorum(voting.length, voting.filter((r) => r.status === 'present').length, quorumPercent);
}

export interface ExcuseInfo {
	meetingId: string;
	bodyName: string;
	startsAt: Date;
	place: string | null;
	room: string | null;
	personName: string;
	/** Already excused (the page then only confirms). */
	excused: boolean;
}

async function loadClaim(token: string) {
	const claim = await verifyExcuseToken(token);
	const meeting = await findMeeting(claim.meetingId).catch(() => {
		throw fieldError('token', 'Jednání z odkazu už neexistuje.');
	});
	const [person] = await db().select().from(people).where(eq(people.id, claim.personId));
	if (!person) throw fieldError('token', 'Osoba z odkazu už v evidenci není.');
	const body = await findBodyRow(meeting.bodyId);
	return { claim, meeting, person, body };
}

/** What the public excuse page shows before the person confirms (no login). */
export async function getExcuseInfo(token: string): Promise<ExcuseInfo> {
	const { meeting, person, body } = await loadClaim(token);
	const [row] = await db()
		.select({ status: attendance.status })
		.from(attendance)
		.where(and(eq(attendance.meetingId, meeting.id), eq(attendance.personId, person.id)));
	return {
		meetingId: meeting.id,
		bodyName: body.name,
		startsAt: meeting.startsAt,
		place: meeting.place,
		room: meeting.room,
		personName: fullName(person),
		excused: row?.status === 'excused'
	};
}

/**
 * Mark the person of a signed link as excused (with an optional note). Recorded in the audit
 * trail by a system actor named after the person, since nobody is signed in.
 */
export async function excuseByToken(token: string, note?: unknown): Promise<ExcuseInfo> {
	const noteText = parseInput(fields.optionalText(500), note ?? undefined);
	const { meeting, person, body } = await loadClaim(token);
	if (meeting.status === 'cancelled') {
		throw fieldError('token', 'Jednání bylo zrušeno; omluva není potřeba.');
	}
	const now = new Date();
	const deadline = new Date(meeting.startsAt.getTime() - body.excuseDays * 86_400_000);
	if (now >= meeting.startsAt || now >= deadline) {
		const message =
			body.excuseDays > 0
				? `Omluvit se bylo možné do ${formatDate(deadline, 'cs')} ${formatTime(deadline, 'cs')}. Omluvte se prosím přímo vedoucímu skupiny.`
				: 'Jednání už začalo; omluvte se prosím přímo vedoucímu skupiny.';
		throw fieldError('token', message);
	}
	const actor = systemActor(`omluva: ${fullName(person)}`);
	await db().transaction(async (tx) => {
		await lockKey(tx, `attendance:${meeting.id}`);
		const [row] = await tx
			.select()
			.from(attendance)
			.where(and(eq(attendance.meetingId, meeting.id), eq(attendance.personId, person.id)));
		const values = {
			status: 'excused' as const,
			excusedAt: now,
			note: noteText ?? row?.note ?? null
		};
		if (row) {
			await auditedUpdate(tx, actor, attendance, ENTITY.attendance, row.id, values, {
				areaId: meeting.areaId,
				action: 'excuse'
			});
		} else {
			const members = await membersOn(tx, meeting.bodyId, pragueDate(meeting.startsAt));
			const member = members.find((m) => m.personId === person.id);
			if (!member) throw fieldError('token', 'Osoba z odkazu už není členem skupiny.');
			await auditedInsert(
				tx,
				actor,
				attendance,
				ENTITY.attendance,
				{ meetingId: meeting.id, personId: person.id, isVoting: member.role !== 'host', ...values },
				{ areaId: meeting.areaId }
			);
		}
	});
	return {
		meetingId: meeting.id,
		bodyName: body.name,
		startsAt: meeting.startsAt,
		place: meeting.place,
		room: meeting.room,
		personName: fullName(person),
		excused: true
	};
}
