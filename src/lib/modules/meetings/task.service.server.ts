/**
 * Tasks (úkoly) given in the minutes: "Z:" responsible person, due date, status. Open tasks of a
 * body come back on its next meeting ("Kontrola úkolů") and in the personal "Moje úkoly" list.
 */
import { and, asc, count, eq, lt, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { auditedDelete, auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import type { Page } from '#lib/platform/http/pagination.ts';
import { bodies, fullName, people, shortName } from '#lib/modules/organisation/index.ts';
import { agendaItems, meetings, tasks } from './meeting.schema.ts';
import { MyTasksQuery, TaskInput, TaskStatusInput, TaskUpdateInput } from './meeting.validation.ts';
import {
	ENTITY,
	fieldError,
	findAgendaItem,
	findBodyRow,
	findMeeting,
	scopeOf
} from './meeting.store.server.ts';
import { assertMinutesEditable, ensureMinutes } from './minutes.guard.server.ts';
import './meeting.permissions.ts';

export type Task = typeof tasks.$inferSelect;

export interface TaskView extends Task {
	responsibleName: string;
	/** "K. Marcinková" */
	responsibleShortName: string;
	responsibleUserId: string | null;
	responsiblePublishName: boolean;
	responsiblePosition: string | null;
	/** The meeting where the task was given. */
	meetingStartsAt: Date;
	agendaItemTitle: string | null;
	bodyName: string;
	bodyCode: string;
}

function taskSelect(target: Db) {
	return target
		.select({
			task: tasks,
			person: people,
			startsAt: meetings.startsAt,
			itemTitle: agendaItems.title,
			bodyName: bodies.name,
			bodyCode: bodies.code
		})
		.from(tasks)
		.innerJoin(people, eq(people.id, tasks.responsiblePersonId))
		.innerJoin(meetings, eq(meetings.id, tasks.meetingId))
		.innerJoin(bodies, eq(bodies.id, tasks.bodyId))
		.leftJoin(agendaItems, eq(agendaItems.id, tasks.agendaItemId));
}

type TaskJoin = Awaited<ReturnType<ReturnType<typeof taskSelect>['where']>>[number];

function toView(r: TaskJoin): TaskView {
	return {
		...r.task,
		responsibleName: fullName(r.person),
		responsibleShortName: shortName(r.person),
		responsibleUserId: r.person.userId,
		responsiblePublishName: r.person.publishName,
		responsiblePosition: r.person.position,
		meetingStartsAt: r.startsAt,
		agendaItemTitle: r.itemTitle,
		bodyName: r.bodyName,
		bodyCode: r.bodyCode
	};
}

/** Tasks given at one meeting, in the order they were written (internal; callers authorised). */
export async function tasksOfMeeting(target: Db, meetingId: string): Promise<TaskView[]> {
	const rows = await taskSelect(target)
		.where(eq(tasks.meetingId, meetingId))
		.orderBy(asc(tasks.createdAt), asc(tasks.id));
	return rows.map(toView);
}

/** Open tasks of the body given at meetings before this one (internal; callers authorised). */
export async function openTasksBefore(
	target: Db,
	bodyId: string,
	before: Date
): Promise<TaskView[]> {
	const rows = await taskSelect(target)
		.where(and(eq(tasks.bodyId, bodyId), eq(tasks.status, 'open'), lt(meetings.startsAt, before)))
		.orderBy(asc(tasks.dueDate), asc(meetings.startsAt), asc(tasks.id))
		.limit(200);
	return rows.map(toView);
}

/** What the standard item "Kontrola úkolů" of a meeting lists: the body's open tasks from earlier meetings. */
export async function getOpenTasksForMeeting(actor: Actor, meetingId: string): Promise<TaskView[]> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.read', await scopeOf(meeting));
	return openTasksBefore(db(), meeting.bodyId, meeting.startsAt);
}

/** All open tasks of a body (its task overview). */
export async function listOpenTasks(actor: Actor, bodyId: string): Promise<TaskView[]> {
	const body = await findBodyRow(bodyId);
	authorize(actor, 'meetings.read', await scopeOf({ areaId: body.areaId, bodyId: body.id }));
	return openTasksBefore(db(), body.id, new Date('9999-12-31T00:00:00Z'));
}

/** "Moje úkoly": tasks whose responsible person is linked to the signed-in account. */
export async function listMyTasks(actor: Actor, query: unknown = {}): Promise<Page<TaskView>> {
	authorize(actor, 'meetings.tasks.own');
	const q = parseInput(MyTasksQuery, query ?? {});
	if (actor.kind !== 'user') return { items: [], page: q.page, per_page: q.pageSize, total: 0 };
	const parts: SQL[] = [eq(people.userId, actor.userId)];
	if (q.status) parts.push(eq(tasks.status, q.status));
	const where = and(...parts);
	const [rows, [{ n }]] = await Promise.all([
		taskSelect(db())
			.where(where)
			.orderBy(asc(tasks.status), asc(tasks.dueDate), asc(tasks.id))
			.limit(q.pageSize)
			.offset((q.page - 1) * q.pageSize),
		db()
			.select({ n: count() })
			.from(tasks)
			.innerJoin(people, eq(people.id, tasks.responsiblePersonId))
			.where(where)
	]);
	return { items: rows.map(toView), page: q.page, per_page: q.pageSize, total: n };
}

async function assertPerson(target: Db, personId: string): Promise<void> {
	const [row] = await target.select({ id: people.id }).from(people).where(eq(people.id, personId));
	if (!row) throw fieldError('responsiblePersonId', 'Vybraná odpovědná osoba neexistuje.');
}

/** A task needs a responsible person ("Z:"); it belongs to an agenda item of the minutes. */
export async function addTask(actor: Actor, input: unknown): Promise<Task> {
	const data = parseInput(TaskInput, input);
	const item = await findAgendaItem(data.agendaItemId);
	const meeting = await findMeeting(item.meetingId);
	authorize(actor, 'meetings.minutes.write', await scopeOf(meeting));
	await assertMinutesEditable(meeting);
	await assertPerson(db(), data.responsiblePersonId);
	return db().transaction(async (tx) => {
		await ensureMinutes(tx, actor, meeting);
		return auditedInsert(
			tx,
			actor,
			tasks,
			ENTITY.task,
			{
				meetingId: meeting.id,
				agendaItemId: item.id,
				bodyId: meeting.bodyId,
				areaId: meeting.areaId,
				text: data.text,
				responsiblePersonId: data.responsiblePersonId,
				dueDate: data.dueDate
			},
			{ areaId: meeting.areaId }
		);
	});
}

async function findTask(id: string): Promise<Task> {
	const [row] = await db().select().from(tasks).where(eq(tasks.id, id));
	if (!row) throw new NotFoundError('Úkol nebyl nalezen.');
	return row;
}

/** Edit text, responsible person and due date while the minutes are a draft. */
export async function updateTask(actor: Actor, taskId: string, input: unknown): Promise<Task> {
	const task = await findTask(taskId);
	const meeting = await findMeeting(task.meetingId);
	authorize(actor, 'meetings.minutes.write', await scopeOf(meeting));
	const { version, ...data } = parseInput(TaskUpdateInput, input);
	await assertMinutesEditable(meeting);
	await assertPerson(db(), data.responsiblePersonId);
	return db().transaction((tx) =>
		auditedUpdate(tx, actor, tasks, ENTITY.task, taskId, data, {
			expectedVersion: version,
			areaId: meeting.areaId
		})
	);
}

/** Remove a task from draft minutes (a given task that is done is closed, not removed). */
export async function removeTask(
	actor: Actor,
	taskId: string,
	options: { version?: number } = {}
): Promise<void> {
	const task = await findTask(taskId);
	const meeting = await findMeeting(task.meetingId);
	authorize(actor, 'meetings.minutes.write', await scopeOf(meeting));
	await assertMinutesEditable(meeting);
	await db().transaction((tx) =>
		auditedDelete(tx, actor, tasks, ENTITY.task, taskId, {
			expectedVersion: options.version,
			areaId: meeting.areaId
		})
	);
}

/**
 * Mark a task done, cancelled or open again (with a note). Allowed to the coordinator, the
 * manager and the responsible person themself — also after the minutes are published.
 */
export async function updateTaskStatus(
	actor: Actor,
	taskId: string,
	input: unknown
): Promise<Task> {
	const task = await findTask(taskId);
	const [person] = await db()
		.select({ userId: people.userId })
		.from(people)
		.where(eq(people.id, task.responsiblePersonId));
	authorize(
		actor,
		'meetings.tasks.update',
		await scopeOf(task, { ownerUserId: person?.userId ?? null })
	);
	const data = parseInput(TaskStatusInput, input);
	return db().transaction((tx) =>
		auditedUpdate(
			tx,
			actor,
			tasks,
			ENTITY.task,
			taskId,
			{
				status: data.status,
				resolutionNote: data.resolutionNote,
				doneAt: data.status === 'done' ? (task.doneAt ?? new Date()) : null
			},
			{
				expectedVersion: data.version,
				areaId: task.areaId,
				action: data.status === 'open' ? 'reopen' : data.status
			}
		)
	);
}
