/**
 * Internal data access shared by the meeting services: loading a meeting with its body and
 * permission scope, statute rules, and inserting a meeting with its standard first agenda item.
 * Not exported from the module: routes go through the services.
 */
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import type { ResourceScope } from '#lib/platform/access/can.ts';
import { auditedInsert } from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { areas, areaScope, bodies } from '#lib/modules/organisation/index.ts';
import { agendaItems, meetings, type minutes } from './meeting.schema.ts';
import type { StatuteRules } from './meeting.rules.ts';
import { fromPrague } from './meeting.time.ts';

export type Meeting = typeof meetings.$inferSelect;
export type BodyRow = typeof bodies.$inferSelect;
export type AgendaItem = typeof agendaItems.$inferSelect;
export type Minutes = typeof minutes.$inferSelect;

export const ENTITY = {
	meeting: 'meetings.meeting',
	agendaItem: 'meetings.agenda-item',
	attendance: 'meetings.attendance',
	minutes: 'meetings.minutes',
	resolution: 'meetings.resolution',
	task: 'meetings.task',
	event: 'meetings.event'
} as const;

/** Title of the standard first agenda item that lists the body's open tasks. */
export const TASK_REVIEW_TITLE = 'Kontrola úkolů';

/** The body row without a permission check (callers authorise with its scope). */
export async function findBodyRow(bodyId: string, target: Db = db()): Promise<BodyRow> {
	const [row] = await target.select().from(bodies).where(eq(bodies.id, bodyId));
	if (!row) throw new NotFoundError('Skupina nebyla nalezena.');
	return row;
}

/** The meeting row or a Czech 404; no permission check. */
export async function findMeeting(id: string, target: Db = db()): Promise<Meeting> {
	const [row] = await target.select().from(meetings).where(eq(meetings.id, id));
	if (!row) throw new NotFoundError('Jednání nebylo nalezeno.');
	return row;
}

/** The agenda item row or a Czech 404; no permission check. */
export async function findAgendaItem(id: string, target: Db = db()): Promise<AgendaItem> {
	const [row] = await target.select().from(agendaItems).where(eq(agendaItems.id, id));
	if (!row) throw new NotFoundError('Bod programu nebyl nalezen.');
	return row;
}

/** Area name for headings and e-mails (empty when the area is gone). */
export async function areaName(areaId: string, target: Db = db()): Promise<string> {
	const [row] = await target.select({ name: areas.name }).from(areas).where(eq(areas.id, areaId));
	return row?.name ?? '';
}

/** Permission scope of a meeting (or body): its area with ancestors and its body. */
export function scopeOf(
	m: { areaId: string; bodyId: string },
	extra: Omit<ResourceScope, 'areaIds' | 'bodyId'> = {},
	target: Db = db()
): Promise<ResourceScope> {
	return areaScope(m.areaId, { bodyId: m.bodyId, ...extra }, target);
}

/** The body's statute as the pure rules in meeting.rules.ts expect it. */
export function statuteOf(body: BodyRow): StatuteRules {
	return {
		minMeetingsPerYear: body.minMeetingsPerYear,
		maxMonthsBetweenMeetings: body.maxMonthsBetweenMeetings,
		noMeetingMonths: body.noMeetingMonths,
		invitationLeadDays: body.invitationLeadDays,
		agendaProposalDays: body.agendaProposalDays,
		quorumPercent: body.quorumPercent
	};
}

/** First and last instant of a Prague calendar year (for year filters on `startsAt`). */
export function yearRange(year: number): { from: Date; to: Date } {
	return {
		from: fromPrague(`${year}-01-01`, '00:00')!,
		to: fromPrague(`${year + 1}-01-01`, '00:00')!
	};
}

/** Whether the body's schedule of that year is already public (a new meeting then joins it). */
export async function isYearPublished(tx: Db, bodyId: string, startsAt: Date): Promise<boolean> {
	const year = Number(
		new Intl.DateTimeFormat('en', { timeZone: 'Europe/Prague', year: 'numeric' }).format(startsAt)
	);
	const { from, to } = yearRange(year);
	const [row] = await tx
		.select({ id: meetings.id })
		.from(meetings)
		.where(
			and(
				eq(meetings.bodyId, bodyId),
				eq(meetings.isPublished, true),
				gte(meetings.startsAt, from),
				lt(meetings.startsAt, to)
			)
		)
		.limit(1);
	return !!row;
}

export interface NewMeeting {
	startsAt: Date;
	endsAt: Date | null;
	place: string | null;
	room: string | null;
	onlineUrl?: string | null;
	note?: string | null;
	isPublished?: boolean;
}

/** Insert a meeting and its standard first item "Kontrola úkolů" (both audited). */
export async function insertMeeting(
	tx: Db,
	actor: Actor,
	body: BodyRow,
	values: NewMeeting
): Promise<Meeting> {
	const meeting = await auditedInsert(
		tx,
		actor,
		meetings,
		ENTITY.meeting,
		{
			bodyId: body.id,
			areaId: body.areaId,
			startsAt: values.startsAt,
			endsAt: values.endsAt,
			place: values.place,
			room: values.room,
			onlineUrl: values.onlineUrl ?? null,
			note: values.note ?? null,
			isPublished: values.isPublished ?? false,
			createdById: actor.kind === 'user' ? actor.userId : null
		},
		{ areaId: body.areaId }
	);
	await auditedInsert(
		tx,
		actor,
		agendaItems,
		ENTITY.agendaItem,
		{ meetingId: meeting.id, position: 1, kind: 'task_review', title: TASK_REVIEW_TITLE },
		{ areaId: body.areaId }
	);
	return meeting;
}

/** Serialise writers of one key (resolution numbers, agenda order) inside the transaction. */
export async function lockKey(tx: Db, key: string): Promise<void> {
	await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

/** A Czech 400 on one field (the form shows it inline and in the summary). */
export function fieldError(field: string, message: string): ValidationError {
	return new ValidationError({ [field]: [message] }, message);
}
