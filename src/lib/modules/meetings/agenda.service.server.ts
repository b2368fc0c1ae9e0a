/**
 * The agenda (program) of a meeting: managers add, edit, reorder and remove items; members
 * propose items until the statute deadline and the manager accepts or rejects them.
 */
import { and, asc, count, eq, gt, max, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { actorLabel } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import {
	auditedDelete,
	auditedInsert,
	auditedUpdate,
	recordAudit
} from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { formatDateTime } from '#lib/platform/i18n/format.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { agendaItems, resolutions, tasks } from './meeting.schema.ts';
import { agendaProposalDeadline } from './meeting.rules.ts';
import {
	AgendaDecisionInput,
	AgendaItemInput,
	AgendaItemUpdateInput,
	AgendaMoveInput,
	AgendaProposalInput
} from './meeting.validation.ts';
import {
	ENTITY,
	fieldError,
	findAgendaItem,
	findBodyRow,
	findMeeting,
	lockKey,
	scopeOf,
	statuteOf,
	type AgendaItem,
	type Meeting
} from './meeting.store.server.ts';
import './meeting.permissions.ts';

const CLOSED: Meeting['status'][] = ['minutes_approved', 'published', 'cancelled'];

function assertAgendaOpen(meeting: Meeting): void {
	if (meeting.status === 'cancelled') {
		throw fieldError('meeting', 'Jednání je zrušené; program nelze měnit.');
	}
	if (CLOSED.includes(meeting.status)) {
		throw fieldError(
			'meeting',
			'Zápis z jednání je schválen; program nelze měnit. Pro opravu zápis znovu otevřete.'
		);
	}
}

async function nextPosition(tx: Db, meetingId: string): Promise<number> {
	await lockKey(tx, `agenda:${meetingId}`);
	const [row] = await tx
		.select({ last: max(agendaItems.position) })
		.from(agendaItems)
		.where(eq(agendaItems.meetingId, meetingId));
	return (row?.last ?? 0) + 1;
}

/** A manager adds an accepted item at the end of the programme. */
export async function addAgendaItem(
	actor: Actor,
	meetingId: string,
	input: unknown
): Promise<AgendaItem> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.manage', await scopeOf(meeting));
	const data = parseInput(AgendaItemInput, input);
	assertAgendaOpen(meeting);
	return db().transaction(async (tx) =>
		auditedInsert(
			tx,
			actor,
			agendaItems,
			ENTITY.agendaItem,
			{ ...data, meetingId, position: await nextPosition(tx, meetingId), status: 'accepted' },
			{ areaId: meeting.areaId }
		)
	);
}

/** Edit title, presenter, duration and description (guarded by `version`). */
export async function updateAgendaItem(
	actor: Actor,
	itemId: string,
	input: unknown
): Promise<AgendaItem> {
	const item = await findAgendaItem(itemId);
	const meeting = await findMeeting(item.meetingId);
	authorize(actor, 'meetings.manage', await scopeOf(meeting));
	const { version, ...data } = parseInput(AgendaItemUpdateInput, input);
	assertAgendaOpen(meeting);
	return db().transaction((tx) =>
		auditedUpdate(tx, actor, agendaItems, ENTITY.agendaItem, itemId, data, {
			expectedVersion: version,
			areaId: meeting.areaId
		})
	);
}

/** Swap an item with its neighbour; "Kontrola úkolů" stays first. */
export async function moveAgendaItem(
	actor: Actor,
	itemId: string,
	input: unknown
): Promise<AgendaItem[]> {
	const item = await findAgendaItem(itemId);
	const meeting = await findMeeting(item.meetingId);
	authorize(actor, 'meetings.manage', await scopeOf(meeting));
	const { direction, version } = parseInput(AgendaMoveInput, input);
	assertAgendaOpen(meeting);
	return db().transaction(async (tx) => {
		await lockKey(tx, `agenda:${meeting.id}`);
		const items = await tx
			.select()
			.from(agendaItems)
			.where(eq(agendaItems.meetingId, meeting.id))
			.orderBy(asc(agendaItems.position));
		const i = items.findIndex((x) => x.id === itemId);
		const j = direction === 'up' ? i - 1 : i + 1;
		if (version !== undefined && items[i].version !== version) {
			throw fieldError('version', 'Program mezitím změnil někdo jiný. Načtěte stránku znovu.');
		}
		if (j < 0 || j >= items.length) return items;
		if (items[i].kind === 'task_review' || items[j].kind === 'task_review') {
			throw fieldError(
				'position',
				`Bod „${items.find((x) => x.kind === 'task_review')!.title}“ zůstává na začátku programu.`
			);
		}
		// Order is not content: moving does not bump `version`, so it never conflicts with an edit.
		for (const [x, y] of [
			[items[i], items[j]],
			[items[j], items[i]]
		]) {
			await tx.update(agendaItems).set({ position: y.position }).where(eq(agendaItems.id, x.id));
			await recordAudit(tx, actor, {
				entityType: ENTITY.agendaItem,
				entityId: x.id,
				action: 'move',
				before: { position: x.position },
				after: { position: y.position },
				areaId: meeting.areaId
			});
		}
		return tx
			.select()
			.from(agendaItems)
			.where(eq(agendaItems.meetingId, meeting.id))
			.orderBy(asc(agendaItems.position));
	});
}

/** Remove an item and close the gap; items with resolutions or tasks are kept (remove those first). */
export async function removeAgendaItem(
	actor: Actor,
	itemId: string,
	options: { version?: number } = {}
): Promise<void> {
	const item = await findAgendaItem(itemId);
	const meeting = await findMeeting(item.meetingId);
	authorize(actor, 'meetings.manage', await scopeOf(meeting));
	assertAgendaOpen(meeting);
	await db().transaction(async (tx) => {
		await lockKey(tx, `agenda:${meeting.id}`);
		const [[r], [t]] = await Promise.all([
			tx.select({ n: count() }).from(resolutions).where(eq(resolutions.agendaItemId, itemId)),
			tx.select({ n: count() }).from(tasks).where(eq(tasks.agendaItemId, itemId))
		]);
		if (r.n + t.n > 0) {
			throw fieldError(
				'agendaItemId',
				'K bodu jsou v zápisu usnesení nebo úkoly; nejprve je odstraňte nebo přesuňte.'
			);
		}
		await auditedDelete(tx, actor, agendaItems, ENTITY.agendaItem, itemId, {
			expectedVersion: options.version,
			areaId: meeting.areaId
		});
		await tx
			.update(agendaItems)
			.set({ position: sql`${agendaItems.position} - 1` })
			.where(and(eq(agendaItems.meetingId, meeting.id), gt(agendaItems.position, item.position)));
	});
}

/** A member proposes an item; after the statute deadline the proposal is refused, naming the deadline. */
export async function proposeAgendaItem(
	actor: Actor,
	meetingId: string,
	input: unknown
): Promise<AgendaItem> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.agenda.propose', await scopeOf(meeting));
	const data = parseInput(AgendaProposalInput, input);
	if (meeting.status !== 'planned' && meeting.status !== 'invited') {
		throw fieldError(
			'meeting',
			'Body programu lze navrhovat jen k jednání, které se teprve bude konat.'
		);
	}
	const body = await findBodyRow(meeting.bodyId);
	const deadline = agendaProposalDeadline(meeting.startsAt, statuteOf(body));
	if (Date.now() > deadline.getTime()) {
		throw fieldError(
			'title',
			`Termín pro návrhy bodů programu uplynul ${formatDateTime(deadline, 'cs')}. Obraťte se prosím přímo na vedoucího skupiny.`
		);
	}
	return db().transaction(async (tx) =>
		auditedInsert(
			tx,
			actor,
			agendaItems,
			ENTITY.agendaItem,
			{
				...data,
				meetingId,
				position: await nextPosition(tx, meetingId),
				status: 'proposed',
				proposedByUserId: actor.kind === 'user' ? actor.userId : null,
				proposedByName: actorLabel(actor)
			},
			{ areaId: meeting.areaId }
		)
	);
}

/** The manager accepts or rejects a proposed item. */
export async function decideAgendaItem(
	actor: Actor,
	itemId: string,
	input: unknown
): Promise<AgendaItem> {
	const item = await findAgendaItem(itemId);
	const meeting = await findMeeting(item.meetingId);
	authorize(actor, 'meetings.manage', await scopeOf(meeting));
	const { status, version } = parseInput(AgendaDecisionInput, input);
	assertAgendaOpen(meeting);
	if (item.status !== 'proposed') throw fieldError('status', 'O tomto bodu už bylo rozhodnuto.');
	return db().transaction((tx) =>
		auditedUpdate(
			tx,
			actor,
			agendaItems,
			ENTITY.agendaItem,
			itemId,
			{ status },
			{
				expectedVersion: version,
				areaId: meeting.areaId,
				action: status === 'accepted' ? 'accept' : 'reject'
			}
		)
	);
}
