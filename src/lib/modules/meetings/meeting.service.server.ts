/**
 * Meetings of a body: create, edit (every calendar-visible change bumps the ICS SEQUENCE),
 * status changes along the statute machine (cancel keeps the meeting, with a reason), and the
 * paginated list behind the meeting pages and `/api/v1/meetings`.
 */
import { and, asc, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { ANONYMOUS, type Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { UnauthorizedError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import type { Page } from '#lib/platform/http/pagination.ts';
import { bodies } from '#lib/modules/organisation/index.ts';
import { meetings, minutes } from './meeting.schema.ts';
import { transitionProblem, type MeetingStatus } from './meeting.rules.ts';
import {
	ListMeetingsQuery,
	MeetingInput,
	MeetingUpdateInput,
	StatusChangeInput
} from './meeting.validation.ts';
import {
	ENTITY,
	fieldError,
	findBodyRow,
	findMeeting,
	insertMeeting,
	isYearPublished,
	scopeOf,
	type Meeting
} from './meeting.store.server.ts';
import { areaDescendants, visibilityOf, visibleWhere } from './meeting.visibility.server.ts';
import { fromPrague } from './meeting.time.ts';
import './meeting.permissions.ts';

export type { Meeting } from './meeting.store.server.ts';

/** A new meeting gets the standard first item "Kontrola úkolů"; it joins an already published schedule. */
export async function createMeeting(actor: Actor, input: unknown): Promise<Meeting> {
	const data = parseInput(MeetingInput, input);
	const body = await findBodyRow(data.bodyId);
	authorize(actor, 'meetings.manage', await scopeOf({ areaId: body.areaId, bodyId: body.id }));
	return db().transaction(async (tx) =>
		insertMeeting(tx, actor, body, {
			...data,
			isPublished: await isYearPublished(tx, body.id, data.startsAt)
		})
	);
}

const CALENDAR_FIELDS = ['startsAt', 'endsAt', 'place', 'room', 'onlineUrl'] as const;

/** Edit date, time, end, place, room, link and note; `version` guards against lost updates. */
export async function updateMeeting(actor: Actor, id: string, input: unknown): Promise<Meeting> {
	const current = await findMeeting(id);
	authorize(actor, 'meetings.manage', await scopeOf(current));
	const { version, startsAt, endsAt, place, room, onlineUrl, note } = parseInput(
		MeetingUpdateInput,
		input
	);
	const next = { startsAt, endsAt, place, room, onlineUrl };
	const changed = CALENDAR_FIELDS.some((key) => {
		const a = current[key];
		const b = next[key];
		return a instanceof Date || b instanceof Date
			? (a as Date | null)?.getTime() !== (b as Date | null)?.getTime()
			: (a ?? null) !== (b ?? null);
	});
	return db().transaction((tx) =>
		auditedUpdate(
			tx,
			actor,
			meetings,
			ENTITY.meeting,
			id,
			{ ...next, note, ...(changed ? { icsSequence: current.icsSequence + 1 } : {}) },
			{ expectedVersion: version, areaId: current.areaId }
		)
	);
}

/** Statuses set by hand; the minutes statuses follow the minutes (write, approve, publish). */
const MANUAL: MeetingStatus[] = ['planned', 'invited', 'held', 'cancelled'];

/**
 * Move a meeting along the status machine. Cancelling needs a reason and keeps the meeting
 * (the calendar shows it as cancelled); cancelling and restoring bump the ICS SEQUENCE.
 */
export async function changeMeetingStatus(
	actor: Actor,
	id: string,
	to: MeetingStatus,
	options: { reason?: string | null; version?: number } = {}
): Promise<Meeting> {
	const current = await findMeeting(id);
	authorize(actor, 'meetings.manage', await scopeOf(current));
	const data = parseInput(StatusChangeInput, {
		to,
		reason: options.reason ?? undefined,
		version: options.version
	});
	if (!MANUAL.includes(data.to)) {
		throw fieldError('status', 'Stav zápisu se mění schválením nebo zveřejněním zápisu, ne ručně.');
	}
	const problem = transitionProblem(current.status, data.to, current.startsAt);
	if (problem) throw fieldError('status', problem);
	if (data.to === 'cancelled' && !data.reason) {
		throw fieldError('reason', 'Uveďte důvod zrušení jednání.');
	}
	const values: Partial<typeof meetings.$inferInsert> = { status: data.to };
	if (data.to === 'cancelled') {
		values.cancelReason = data.reason;
		values.icsSequence = current.icsSequence + 1;
	}
	if (current.status === 'cancelled') {
		values.cancelReason = null;
		values.icsSequence = current.icsSequence + 1;
	}
	if (data.to === 'invited') values.invitedAt = new Date();
	return db().transaction((tx) =>
		auditedUpdate(tx, actor, meetings, ENTITY.meeting, id, values, {
			expectedVersion: data.version,
			areaId: current.areaId,
			action: data.to === 'cancelled' ? 'cancel' : 'status'
		})
	);
}

export interface MeetingListRow {
	id: string;
	bodyId: string;
	bodyName: string;
	bodyCode: string;
	areaId: string;
	startsAt: Date;
	endsAt: Date | null;
	place: string | null;
	room: string | null;
	onlineUrl: string | null;
	status: MeetingStatus;
	cancelReason: string | null;
	isPublished: boolean;
	version: number;
}

/**
 * Meetings the actor may see, filtered by body, area (with the areas below it), Prague dates
 * and status. Newest first; chronological when `from` is given (upcoming lists).
 */
export async function listMeetings(actor: Actor, query: unknown): Promise<Page<MeetingListRow>> {
	if (actor.kind === 'anonymous') throw new UnauthorizedError();
	const q = parseInput(ListMeetingsQuery, query ?? {});
	if (q.bodyId) {
		const body = await findBodyRow(q.bodyId);
		authorize(actor, 'meetings.read', await scopeOf({ areaId: body.areaId, bodyId: body.id }));
	}
	return queryMeetings(actor, q);
}

type MeetingFilter = ReturnType<typeof ListMeetingsQuery.parse>;

const LIST_COLUMNS = {
	id: meetings.id,
	bodyId: meetings.bodyId,
	bodyName: bodies.name,
	bodyCode: bodies.code,
	areaId: meetings.areaId,
	startsAt: meetings.startsAt,
	endsAt: meetings.endsAt,
	place: meetings.place,
	room: meetings.room,
	onlineUrl: meetings.onlineUrl,
	status: meetings.status,
	cancelReason: meetings.cancelReason,
	isPublished: meetings.isPublished,
	version: meetings.version
};

/** The filters of a meetings list (body, area with its sub-areas, Prague-day range, status). */
async function filterParts(q: MeetingFilter): Promise<SQL[]> {
	const parts: SQL[] = [];
	if (q.bodyId) parts.push(eq(meetings.bodyId, q.bodyId));
	if (q.areaId) parts.push(inArray(meetings.areaId, await areaDescendants([q.areaId])));
	if (q.from) parts.push(gte(meetings.startsAt, fromPrague(q.from, '00:00')!));
	if (q.to) {
		const next = new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
		parts.push(lt(meetings.startsAt, fromPrague(next, '00:00')!));
	}
	if (q.status) parts.push(eq(meetings.status, q.status));
	return parts;
}

/** One page of meetings with their body; newest first, chronological when `from` is given. */
async function pageOfMeetings(
	where: SQL | undefined,
	q: MeetingFilter
): Promise<Page<MeetingListRow>> {
	const order = q.from ? asc(meetings.startsAt) : desc(meetings.startsAt);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select(LIST_COLUMNS)
			.from(meetings)
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(where)
			.orderBy(order, asc(meetings.id))
			.limit(q.pageSize)
			.offset((q.page - 1) * q.pageSize),
		db()
			.select({ n: count() })
			.from(meetings)
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(where)
	]);
	return { items: rows, page: q.page, per_page: q.pageSize, total: n };
}

async function queryMeetings(actor: Actor, q: MeetingFilter): Promise<Page<MeetingListRow>> {
	const visibility = q.bodyId
		? undefined
		: visibleWhere(await visibilityOf(actor), meetings.areaId, meetings.bodyId);
	const parts = [visibility, ...(await filterParts(q))].filter((p): p is SQL => !!p);
	return pageOfMeetings(and(...parts), q);
}

/** What anyone may list: meetings of published schedules of active bodies, with the same filters. */
export async function listPublicMeetings(query: unknown): Promise<Page<MeetingListRow>> {
	authorize(ANONYMOUS, 'meetings.public.read');
	const q = parseInput(ListMeetingsQuery, query ?? {});
	const parts = [
		eq(meetings.isPublished, true),
		eq(bodies.isActive, true),
		...(await filterParts(q))
	];
	return pageOfMeetings(and(...parts), q);
}

/** One meeting the public may see: in a published schedule or with published minutes; null otherwise. */
export async function findPublicMeeting(id: string): Promise<MeetingListRow | null> {
	authorize(ANONYMOUS, 'meetings.public.read');
	const [row] = await db()
		.select(LIST_COLUMNS)
		.from(meetings)
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.leftJoin(minutes, eq(minutes.meetingId, meetings.id))
		.where(
			and(
				eq(meetings.id, id),
				eq(bodies.isActive, true),
				or(eq(meetings.isPublished, true), sql`${minutes.revision} > 0`)
			)
		);
	return row ?? null;
}
