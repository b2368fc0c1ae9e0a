/**
 * The minutes (zápis): text per agenda item (sanitised rich text, optimistic locking that shows
 * both texts on a conflict), author and approver, announced events, approval, publication as a
 * frozen revision, and reopening for corrections (the published revision stays public until
 * the next publication creates revision n + 1).
 */
import { and, asc, eq, max } from 'drizzle-orm';
import { actorId, type Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import {
	auditedDelete,
	auditedInsert,
	auditedUpdate,
	recordAudit
} from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { ConflictError, NotFoundError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { people } from '#lib/modules/organisation/index.ts';
import {
	agendaItems,
	announcedEvents,
	meetings,
	minutes,
	minutesRevisions
} from './meeting.schema.ts';
import {
	EventInput,
	ItemMinutesInput,
	MinutesMetaInput,
	PublishInput
} from './meeting.validation.ts';
import {
	ENTITY,
	fieldError,
	findAgendaItem,
	findMeeting,
	lockKey,
	scopeOf,
	type AgendaItem,
	type Meeting,
	type Minutes
} from './meeting.store.server.ts';
import { assertMinutesEditable, ensureMinutes } from './minutes.guard.server.ts';
import { sanitizeMinutesHtml } from './minutes.sanitize.server.ts';
import { buildMinutesDocument } from './minutes.document.server.ts';
import './meeting.permissions.ts';

export type AnnouncedEvent = typeof announcedEvents.$inferSelect;
export type MinutesRevision = typeof minutesRevisions.$inferSelect;

/** The minutes of a meeting, created on first use (the meeting then counts as held). */
export async function getOrCreateMinutes(actor: Actor, meetingId: string): Promise<Minutes> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.minutes.write', await scopeOf(meeting));
	const [existing] = await db().select().from(minutes).where(eq(minutes.meetingId, meetingId));
	if (existing) return existing;
	await assertMinutesEditable(meeting);
	return db().transaction((tx) => ensureMinutes(tx, actor, meeting));
}

/**
 * Save the minutes of one agenda item. A stale `version` (someone else saved meanwhile) throws
 * a ConflictError whose `current` carries the other person's text, so the page shows both.
 */
export async function saveItemMinutes(
	actor: Actor,
	agendaItemId: string,
	input: unknown
): Promise<AgendaItem> {
	const item = await findAgendaItem(agendaItemId);
	const meeting = await findMeeting(item.meetingId);
	authorize(actor, 'meetings.minutes.write', await scopeOf(meeting));
	const data = parseInput(ItemMinutesInput, input);
	await assertMinutesEditable(meeting);
	const html = sanitizeMinutesHtml(data.html);
	try {
		return await db().transaction(async (tx) => {
			await ensureMinutes(tx, actor, meeting);
			return auditedUpdate(
				tx,
				actor,
				agendaItems,
				ENTITY.agendaItem,
				agendaItemId,
				{ minutesHtml: html || null, reportedBy: data.reportedBy },
				{ expectedVersion: data.version, areaId: meeting.areaId, action: 'minutes' }
			);
		});
	} catch (error) {
		if (error instanceof ConflictError && error.current) {
			const c = error.current as AgendaItem;
			throw new ConflictError(
				`Zápis k bodu „${item.title}“ mezitím uložil někdo jiný. Níže je jeho text i ten váš; sloučte je a uložte znovu.`,
				{
					minutesHtml: c.minutesHtml,
					reportedBy: c.reportedBy,
					version: c.version,
					updatedAt: c.updatedAt,
					/** The text this user tried to save (sanitised), so nothing is lost. */
					yourHtml: html,
					yourReportedBy: data.reportedBy
				}
			);
		}
		throw error;
	}
}

async function assertPeople(ids: (string | null)[]): Promise<void> {
	for (const [field, id] of [
		['authorPersonId', ids[0]],
		['approverPersonId', ids[1]]
	] as const) {
		if (!id) continue;
		const [row] = await db().select({ id: people.id }).from(people).where(eq(people.id, id));
		if (!row) throw fieldError(field, 'Vybraná osoba neexistuje.');
	}
}

/** Author ("zapsal/a"), approver, signature place and date, closing note. */
export async function updateMinutesMeta(
	actor: Actor,
	meetingId: string,
	input: unknown
): Promise<Minutes> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.minutes.write', await scopeOf(meeting));
	const { version, ...data } = parseInput(MinutesMetaInput, input);
	await assertMinutesEditable(meeting);
	await assertPeople([data.authorPersonId, data.approverPersonId]);
	return db().transaction(async (tx) => {
		const row = await ensureMinutes(tx, actor, meeting);
		return auditedUpdate(tx, actor, minutes, ENTITY.minutes, row.id, data, {
			expectedVersion: version,
			areaId: meeting.areaId
		});
	});
}

/** Announce an event in the minutes ("Akce: dne 19. 11. 2015 – Noc venku"). */
export async function addEvent(
	actor: Actor,
	meetingId: string,
	input: unknown
): Promise<AnnouncedEvent> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.minutes.write', await scopeOf(meeting));
	const data = parseInput(EventInput, input);
	await assertMinutesEditable(meeting);
	return db().transaction(async (tx) => {
		await ensureMinutes(tx, actor, meeting);
		await lockKey(tx, `events:${meeting.id}`);
		const [row] = await tx
			.select({ last: max(announcedEvents.position) })
			.from(announcedEvents)
			.where(eq(announcedEvents.meetingId, meeting.id));
		return auditedInsert(
			tx,
			actor,
			announcedEvents,
			ENTITY.event,
			{ ...data, meetingId: meeting.id, position: (row?.last ?? 0) + 1 },
			{ areaId: meeting.areaId }
		);
	});
}

/** Remove an announced event from draft minutes. */
export async function removeEvent(actor: Actor, eventId: string): Promise<void> {
	const [event] = await db().select().from(announcedEvents).where(eq(announcedEvents.id, eventId));
	if (!event) throw new NotFoundError('Akce nebyla nalezena.');
	const meeting = await findMeeting(event.meetingId);
	authorize(actor, 'meetings.minutes.write', await scopeOf(meeting));
	await assertMinutesEditable(meeting);
	await db().transaction((tx) =>
		auditedDelete(tx, actor, announcedEvents, ENTITY.event, eventId, { areaId: meeting.areaId })
	);
}

async function loadMinutes(meetingId: string): Promise<Minutes> {
	const [row] = await db().select().from(minutes).where(eq(minutes.meetingId, meetingId));
	if (!row) throw fieldError('minutes', 'K jednání zatím není založen zápis.');
	return row;
}

async function setMeetingStatus(
	tx: Db,
	actor: Actor,
	meeting: Meeting,
	status: Meeting['status']
): Promise<void> {
	await auditedUpdate(
		tx,
		actor,
		meetings,
		ENTITY.meeting,
		meeting.id,
		{ status },
		{ areaId: meeting.areaId, action: 'status' }
	);
}

/** Approve a draft: author and approver must be filled in; the meeting shows "Zápis schválen". */
export async function approveMinutes(
	actor: Actor,
	meetingId: string,
	input: { version?: number; approverPersonId?: string | null } = {}
): Promise<Minutes> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.minutes.approve', await scopeOf(meeting));
	const row = await loadMinutes(meetingId);
	if (row.status !== 'draft') throw fieldError('minutes', 'Schválit lze jen zápis v přípravě.');
	const approverPersonId = input.approverPersonId ?? row.approverPersonId;
	if (!row.authorPersonId) {
		throw fieldError('authorPersonId', 'Před schválením vyplňte, kdo zápis zapsal.');
	}
	if (!approverPersonId) throw fieldError('approverPersonId', 'Vyberte, kdo zápis schvaluje.');
	await assertPeople([null, approverPersonId]);
	return db().transaction(async (tx) => {
		const updated = await auditedUpdate(
			tx,
			actor,
			minutes,
			ENTITY.minutes,
			row.id,
			{
				status: 'approved',
				approverPersonId,
				approvedAt: new Date(),
				approvedById: actorId(actor)
			},
			{ expectedVersion: input.version, areaId: meeting.areaId, action: 'approve' }
		);
		await setMeetingStatus(tx, actor, meeting, 'minutes_approved');
		return updated;
	});
}

/**
 * Publish approved minutes: freeze the public view (names without consent shown as roles) as
 * revision n + 1. A correction of already published minutes needs a reason.
 */
export async function publishMinutes(
	actor: Actor,
	meetingId: string,
	input: unknown = {}
): Promise<MinutesRevision> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.minutes.approve', await scopeOf(meeting));
	const { reason } = parseInput(PublishInput, input ?? {});
	const row = await loadMinutes(meetingId);
	if (row.status !== 'approved') throw fieldError('minutes', 'Zveřejnit lze jen schválený zápis.');
	if (row.revision > 0 && !reason) {
		throw fieldError(
			'reason',
			'Uveďte důvod opravy již zveřejněného zápisu (bude vidět v historii verzí).'
		);
	}
	return db().transaction(async (tx) => {
		await lockKey(tx, `minutes:${meetingId}`);
		const revision = row.revision + 1;
		const now = new Date();
		const updated = await auditedUpdate(
			tx,
			actor,
			minutes,
			ENTITY.minutes,
			row.id,
			{ status: 'published', publishedAt: now, revision },
			{ expectedVersion: row.version, areaId: meeting.areaId, action: 'publish' }
		);
		await setMeetingStatus(tx, actor, meeting, 'published');
		const snapshot = await buildMinutesDocument(meetingId, { publicView: true, db: tx, now });
		const [rev] = await tx
			.insert(minutesRevisions)
			.values({
				minutesId: updated.id,
				revision,
				snapshot: snapshot as unknown as Record<string, unknown>,
				reason,
				publishedAt: now,
				publishedById: actorId(actor)
			})
			.returning();
		await recordAudit(tx, actor, {
			entityType: ENTITY.minutes,
			entityId: row.id,
			action: 'publish-revision',
			after: { revision, reason },
			areaId: meeting.areaId
		});
		return rev;
	});
}

/** Back to draft for corrections; a published revision stays public until the next publication. */
export async function reopenMinutes(
	actor: Actor,
	meetingId: string,
	input: unknown = {}
): Promise<Minutes> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.minutes.approve', await scopeOf(meeting));
	const { reason } = parseInput(PublishInput, input ?? {});
	const row = await loadMinutes(meetingId);
	if (row.status === 'draft') throw fieldError('minutes', 'Zápis už je v přípravě.');
	return db().transaction(async (tx) => {
		const updated = await auditedUpdate(
			tx,
			actor,
			minutes,
			ENTITY.minutes,
			row.id,
			{ status: 'draft', approvedAt: null, approvedById: null },
			{ expectedVersion: row.version, areaId: meeting.areaId, action: 'reopen' }
		);
		if (reason) {
			await recordAudit(tx, actor, {
				entityType: ENTITY.minutes,
				entityId: row.id,
				action: 'reopen-reason',
				after: { reason },
				areaId: meeting.areaId
			});
		}
		await setMeetingStatus(tx, actor, meeting, 'minutes_draft');
		return updated;
	});
}

/** Published revisions of a meeting's minutes, newest first (history of corrections). */
export async function listRevisions(
	target: Db,
	meetingId: string
): Promise<Pick<MinutesRevision, 'id' | 'revision' | 'reason' | 'publishedAt'>[]> {
	return target
		.select({
			id: minutesRevisions.id,
			revision: minutesRevisions.revision,
			reason: minutesRevisions.reason,
			publishedAt: minutesRevisions.publishedAt
		})
		.from(minutesRevisions)
		.innerJoin(minutes, eq(minutes.id, minutesRevisions.minutesId))
		.where(and(eq(minutes.meetingId, meetingId)))
		.orderBy(asc(minutesRevisions.revision))
		.then((rows) => rows.reverse());
}
