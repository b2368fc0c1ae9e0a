/**
 * The yearly schedule (harmonogram) of a body: plan all dates of a year at once, read them with
 * the statute warnings, and publish them (public page and public calendar feeds).
 */
import { and, asc, eq, gte, lt, ne } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { auditedUpdate, recordAudit } from '#lib/platform/audit/audit.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { z } from 'zod';
import { meetings } from './meeting.schema.ts';
import { scheduleWarnings, type RuleWarning } from './meeting.rules.ts';
import { ScheduleInput } from './meeting.validation.ts';
import {
	ENTITY,
	fieldError,
	findBodyRow,
	insertMeeting,
	scopeOf,
	statuteOf,
	yearRange,
	type BodyRow,
	type Meeting
} from './meeting.store.server.ts';
import './meeting.permissions.ts';

const Year = z.coerce.number().int().min(2000).max(2100);

/**
 * Create the meetings of a year at once (Prague wall time, DST handled). Dates already in the
 * body's calendar are refused rather than doubled.
 */
export async function planSchedule(actor: Actor, input: unknown): Promise<Meeting[]> {
	const data = parseInput(ScheduleInput, input);
	const body = await findBodyRow(data.bodyId);
	authorize(actor, 'meetings.manage', await scopeOf({ areaId: body.areaId, bodyId: body.id }));
	return db().transaction(async (tx) => {
		const { from, to } = yearRange(data.year);
		const existing = await tx
			.select({ startsAt: meetings.startsAt, isPublished: meetings.isPublished })
			.from(meetings)
			.where(
				and(eq(meetings.bodyId, body.id), gte(meetings.startsAt, from), lt(meetings.startsAt, to))
			);
		const taken = new Set(existing.map((m) => m.startsAt.getTime()));
		data.rows.forEach((row, i) => {
			if (taken.has(row.startsAt.getTime())) {
				throw fieldError(`rows.${i}.date`, 'V tomto termínu už skupina jednání má.');
			}
		});
		const published = existing.some((m) => m.isPublished);
		const created: Meeting[] = [];
		for (const row of [...data.rows].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
			created.push(
				await insertMeeting(tx, actor, body, {
					startsAt: row.startsAt,
					endsAt: row.endsAt,
					place: row.place,
					room: row.room,
					isPublished: published
				})
			);
		}
		return created;
	});
}

export interface Schedule {
	body: BodyRow;
	year: number;
	meetings: Meeting[];
	/** Statute warnings (cancelled meetings do not count). */
	warnings: RuleWarning[];
	/** True when every meeting of the year is public. */
	isPublished: boolean;
}

async function loadYear(bodyId: string, year: number): Promise<Meeting[]> {
	const { from, to } = yearRange(year);
	return db()
		.select()
		.from(meetings)
		.where(
			and(eq(meetings.bodyId, bodyId), gte(meetings.startsAt, from), lt(meetings.startsAt, to))
		)
		.orderBy(asc(meetings.startsAt));
}

/** The body's meetings of one year with the statute warnings (printable like the table in seed 001). */
export async function getSchedule(actor: Actor, bodyId: string, year: unknown): Promise<Schedule> {
	const y = parseInput(Year, year);
	const body = await findBodyRow(bodyId);
	authorize(actor, 'meetings.read', await scopeOf({ areaId: body.areaId, bodyId: body.id }));
	const rows = await loadYear(body.id, y);
	const active = rows.filter((m) => m.status !== 'cancelled');
	return {
		body,
		year: y,
		meetings: rows,
		warnings: scheduleWarnings(
			y,
			active.map((m) => m.startsAt),
			statuteOf(body)
		),
		isPublished: rows.length > 0 && rows.every((m) => m.isPublished)
	};
}

/** Make the year's meetings public; returns how many became public. */
export async function publishSchedule(
	actor: Actor,
	bodyId: string,
	year: unknown
): Promise<number> {
	const y = parseInput(Year, year);
	const body = await findBodyRow(bodyId);
	authorize(actor, 'meetings.manage', await scopeOf({ areaId: body.areaId, bodyId: body.id }));
	const { from, to } = yearRange(y);
	return db().transaction(async (tx) => {
		const rows = await tx
			.select({ id: meetings.id })
			.from(meetings)
			.where(
				and(
					eq(meetings.bodyId, body.id),
					gte(meetings.startsAt, from),
					lt(meetings.startsAt, to),
					ne(meetings.isPublished, true)
				)
			);
		if (rows.length === 0) {
			const [any] = await tx
				.select({ id: meetings.id })
				.from(meetings)
				.where(
					and(eq(meetings.bodyId, body.id), gte(meetings.startsAt, from), lt(meetings.startsAt, to))
				)
				.limit(1);
			if (!any) throw fieldError('year', `Na rok ${y} skupina nemá naplánované žádné jednání.`);
			return 0;
		}
		for (const row of rows) {
			await auditedUpdate(
				tx,
				actor,
				meetings,
				ENTITY.meeting,
				row.id,
				{ isPublished: true },
				{
					areaId: body.areaId,
					action: 'publish'
				}
			);
		}
		await recordAudit(tx, actor, {
			entityType: 'organisation.body',
			entityId: body.id,
			action: 'publish-schedule',
			after: { year: y, meetings: rows.length },
			areaId: body.areaId
		});
		return rows.length;
	});
}
