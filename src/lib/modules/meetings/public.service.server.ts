/**
 * What the public sees without logging in: a body's published schedule and its published
 * minutes. Minutes come only from frozen revisions, built in the public view, so names of people
 * who did not consent to publication appear as their role ("člen/ka skupiny").
 */
import { and, asc, count, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { db, queryRows } from '#lib/platform/db/client.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { bodies } from '#lib/modules/organisation/index.ts';
import { meetings, minutes, minutesRevisions } from './meeting.schema.ts';
import {
	areaName,
	findBodyRow,
	yearRange,
	type BodyRow,
	type Meeting
} from './meeting.store.server.ts';
import { isMinutesDocument, type MinutesDocument } from './minutes.document.ts';
import { toPrague } from './meeting.time.ts';
import './meeting.permissions.ts';

export type PublicMeeting = Pick<
	Meeting,
	'id' | 'startsAt' | 'endsAt' | 'place' | 'room' | 'onlineUrl' | 'status' | 'cancelReason'
> & { hasMinutes: boolean };

export interface PublishedMinutesRow {
	meetingId: string;
	startsAt: Date;
	revision: number;
	publishedAt: Date;
}

export interface PublicBody {
	body: Pick<BodyRow, 'id' | 'name' | 'code' | 'kind' | 'description' | 'areaId'>;
	areaName: string;
	/** Years with a published schedule, newest first. */
	years: number[];
	year: number | null;
	schedule: PublicMeeting[];
	minutes: { items: PublishedMinutesRow[]; page: number; per_page: number; total: number };
}

const PAGE_SIZE = 20;

/**
 * A body's public page: the published schedule of one year (default: the current year when it
 * has one, else the latest) and the published minutes, newest first, paginated.
 */
export async function getPublicBody(
	bodyId: string,
	options: { year?: number; page?: number } = {}
): Promise<PublicBody> {
	authorize(ANONYMOUS, 'meetings.public.read');
	const body = await findBodyRow(bodyId);
	if (!body.isActive) throw new NotFoundError('Skupina nebyla nalezena.');
	const yearRows = await queryRows<{ year: number }>(
		db(),
		sql`select distinct extract(year from ${meetings.startsAt} at time zone 'Europe/Prague')::int as year
			from ${meetings} where ${meetings.bodyId} = ${body.id} and ${meetings.isPublished} order by 1 desc`
	);
	const years = yearRows.map((r) => Number(r.year));
	const thisYear = toPrague(new Date()).year;
	const year =
		options.year && years.includes(options.year)
			? options.year
			: years.includes(thisYear)
				? thisYear
				: (years[0] ?? null);

	let schedule: PublicMeeting[] = [];
	if (year !== null) {
		const { from, to } = yearRange(year);
		const rows = await db()
			.select({
				id: meetings.id,
				startsAt: meetings.startsAt,
				endsAt: meetings.endsAt,
				place: meetings.place,
				room: meetings.room,
				onlineUrl: meetings.onlineUrl,
				status: meetings.status,
				cancelReason: meetings.cancelReason,
				revision: minutes.revision
			})
			.from(meetings)
			.leftJoin(minutes, eq(minutes.meetingId, meetings.id))
			.where(
				and(
					eq(meetings.bodyId, body.id),
					eq(meetings.isPublished, true),
					gte(meetings.startsAt, from),
					lt(meetings.startsAt, to)
				)
			)
			.orderBy(asc(meetings.startsAt));
		schedule = rows.map(({ revision, ...m }) => ({ ...m, hasMinutes: (revision ?? 0) > 0 }));
	}

	const page = Math.max(1, Math.floor(options.page ?? 1));
	const published = and(eq(meetings.bodyId, body.id), sql`${minutes.revision} > 0`);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select({
				meetingId: meetings.id,
				startsAt: meetings.startsAt,
				revision: minutes.revision,
				publishedAt: minutesRevisions.publishedAt
			})
			.from(minutes)
			.innerJoin(meetings, eq(meetings.id, minutes.meetingId))
			.innerJoin(
				minutesRevisions,
				and(
					eq(minutesRevisions.minutesId, minutes.id),
					eq(minutesRevisions.revision, minutes.revision)
				)
			)
			.where(published)
			.orderBy(desc(meetings.startsAt))
			.limit(PAGE_SIZE)
			.offset((page - 1) * PAGE_SIZE),
		db()
			.select({ n: count() })
			.from(minutes)
			.innerJoin(meetings, eq(meetings.id, minutes.meetingId))
			.where(published)
	]);

	return {
		body: {
			id: body.id,
			name: body.name,
			code: body.code,
			kind: body.kind,
			description: body.description,
			areaId: body.areaId
		},
		areaName: await areaName(body.areaId),
		years,
		year,
		schedule,
		minutes: { items: rows, page, per_page: PAGE_SIZE, total: n }
	};
}

export interface PublishedMinutes {
	document: MinutesDocument;
	revision: number;
	publishedAt: Date;
	reason: string | null;
	/** Earlier revisions (corrections history), newest first. */
	history: { revision: number; publishedAt: Date; reason: string | null }[];
}

/**
 * The frozen public snapshot of a meeting's minutes (the latest revision, or `revision` when
 * given). Later edits do not change it until the next publication.
 */
export async function getPublishedMinutes(
	meetingId: string,
	revision?: number
): Promise<PublishedMinutes> {
	authorize(ANONYMOUS, 'meetings.public.read');
	const revisions = await db()
		.select({
			revision: minutesRevisions.revision,
			snapshot: minutesRevisions.snapshot,
			publishedAt: minutesRevisions.publishedAt,
			reason: minutesRevisions.reason,
			isActive: bodies.isActive
		})
		.from(minutesRevisions)
		.innerJoin(minutes, eq(minutes.id, minutesRevisions.minutesId))
		.innerJoin(meetings, eq(meetings.id, minutes.meetingId))
		.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
		.where(eq(minutes.meetingId, meetingId))
		.orderBy(desc(minutesRevisions.revision));
	const chosen =
		revision === undefined ? revisions[0] : revisions.find((r) => r.revision === revision);
	if (!chosen || !chosen.isActive) {
		throw new NotFoundError('Zveřejněný zápis z tohoto jednání nebyl nalezen.');
	}
	if (!isMinutesDocument(chosen.snapshot)) {
		throw new NotFoundError('Zveřejněný zápis nelze zobrazit – byl uložen ve starším formátu.');
	}
	return {
		document: chosen.snapshot,
		revision: chosen.revision,
		publishedAt: chosen.publishedAt,
		reason: chosen.reason,
		history: revisions.map((r) => ({
			revision: r.revision,
			publishedAt: r.publishedAt,
			reason: r.reason
		}))
	};
}
