/**
 * What the API shows callers who may not read a body: meetings of published schedules (active
 * bodies only), filtered like the internal list. Read-only queries over the meetings module's
 * tables; everything internal goes through the module's services.
 */
import { and, asc, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { db, queryRows } from '#lib/platform/db/client.server.ts';
import type { Page } from '#lib/platform/http/pagination.ts';
import { bodies } from '#lib/modules/organisation/index.ts';
import {
	fromPrague,
	meetings,
	minutes,
	type MeetingListRow,
	type MeetingStatus
} from '#lib/modules/meetings/index.ts';

export interface PublicListQuery {
	body?: string;
	area?: string;
	from?: string;
	to?: string;
	status?: MeetingStatus;
	page: number;
	per_page: number;
}

/** The area and every area below it (a kraj covers its ORP and obce). */
async function withDescendants(areaId: string): Promise<string[]> {
	const rows = await queryRows<{ id: string }>(
		db(),
		sql`with recursive down(id, depth) as (
			select id, 0 from organisation_areas where id = ${areaId}
			union all
			select a.id, down.depth + 1 from organisation_areas a join down on a.parent_id = down.id where down.depth < 10
		) select distinct id from down`
	);
	return rows.map((r) => r.id);
}

const nextDay = (date: string) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const columns = {
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

/** Meetings of published schedules; newest first, chronological when `from` is given. */
export async function listPublicMeetings(q: PublicListQuery): Promise<Page<MeetingListRow>> {
	const parts: SQL[] = [eq(meetings.isPublished, true), eq(bodies.isActive, true)];
	if (q.body) parts.push(eq(meetings.bodyId, q.body));
	if (q.area) parts.push(inArray(meetings.areaId, await withDescendants(q.area)));
	if (q.from) parts.push(gte(meetings.startsAt, fromPrague(q.from, '00:00')!));
	if (q.to) parts.push(lt(meetings.startsAt, fromPrague(nextDay(q.to), '00:00')!));
	if (q.status) parts.push(eq(meetings.status, q.status));
	const where = and(...parts);
	const order = q.from ? asc(meetings.startsAt) : desc(meetings.startsAt);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select(columns)
			.from(meetings)
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(where)
			.orderBy(order, asc(meetings.id))
			.limit(q.per_page)
			.offset((q.page - 1) * q.per_page),
		db()
			.select({ n: count() })
			.from(meetings)
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(where)
	]);
	return { items: rows, page: q.page, per_page: q.per_page, total: n };
}

/** One meeting the public may see: in a published schedule or with published minutes. */
export async function findPublicMeeting(id: string): Promise<MeetingListRow | null> {
	const [row] = await db()
		.select(columns)
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
