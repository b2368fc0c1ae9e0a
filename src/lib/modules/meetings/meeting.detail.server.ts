/**
 * Everything the meeting page shows in one read: meeting, body, agenda, attendance with quorum,
 * minutes, resolutions, tasks (given here and open ones from earlier meetings for "Kontrola
 * úkolů"), announced events, revisions, statute warnings and what the actor may do.
 */
import { and, asc, eq, gt, inArray as eqAny, ne } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, can } from '#lib/platform/access/can.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { fullName, people, shortName } from '#lib/modules/organisation/index.ts';
import {
	agendaItems,
	announcedEvents,
	attendance,
	meetings,
	minutes,
	resolutions
} from './meeting.schema.ts';
import {
	agendaProposalDeadline,
	invitationDeadline,
	meetingWarnings,
	type QuorumResult,
	type RuleWarning
} from './meeting.rules.ts';
import {
	areaName,
	findBodyRow,
	findMeeting,
	scopeOf,
	statuteOf,
	type AgendaItem,
	type BodyRow,
	type Meeting,
	type Minutes
} from './meeting.store.server.ts';
import { quorumOf, type AttendanceRow } from './attendance.service.server.ts';
import { openTasksBefore, tasksOfMeeting, type TaskView } from './task.service.server.ts';
import { listRevisions, type AnnouncedEvent } from './minutes.service.server.ts';
import type { Resolution } from './resolution.service.server.ts';
import { toPrague } from './meeting.time.ts';
import './meeting.permissions.ts';

export interface AttendanceView extends AttendanceRow {
	/** Member's full name, or the guest's name. */
	name: string;
	shortName: string | null;
	position: string | null;
	publishName: boolean;
}

export interface PersonLabel {
	id: string;
	name: string;
	shortName: string;
}

export interface MeetingDetail {
	meeting: Meeting;
	/** Prague wall time for forms: `YYYY-MM-DD`, `HH:MM`. */
	local: { date: string; time: string; endTime: string | null };
	body: BodyRow;
	areaName: string;
	agenda: (AgendaItem & { resolutions: Resolution[]; tasks: TaskView[] })[];
	members: AttendanceView[];
	guests: AttendanceView[];
	quorum: QuorumResult;
	minutes: (Minutes & { author: PersonLabel | null; approver: PersonLabel | null }) | null;
	revisions: Awaited<ReturnType<typeof listRevisions>>;
	resolutions: Resolution[];
	tasks: TaskView[];
	/** Open tasks of the body from earlier meetings (listed under "Kontrola úkolů"). */
	openTasks: TaskView[];
	events: AnnouncedEvent[];
	warnings: RuleWarning[];
	deadlines: { invitation: Date; agendaProposal: Date };
	/** The body's next meetings (not cancelled), for the schedule under the minutes. */
	nextMeetings: Pick<Meeting, 'id' | 'startsAt' | 'place' | 'room' | 'status'>[];
	can: { manage: boolean; propose: boolean; writeMinutes: boolean; approveMinutes: boolean };
}

const label = (p: typeof people.$inferSelect | undefined): PersonLabel | null =>
	p ? { id: p.id, name: fullName(p), shortName: shortName(p) } : null;

/** The meeting page in one call; readers of the body only (401/403 otherwise). */
export async function getMeetingDetail(actor: Actor, id: string): Promise<MeetingDetail> {
	const meeting = await findMeeting(id);
	const scope = await scopeOf(meeting);
	authorize(actor, 'meetings.read', scope);
	const body = await findBodyRow(meeting.bodyId);
	const rules = statuteOf(body);
	const t = db();
	const [
		area,
		items,
		attendanceRows,
		[minutesRow],
		resolutionRows,
		tasks,
		openTasks,
		events,
		revisions,
		nextMeetings,
		quorum
	] = await Promise.all([
		areaName(meeting.areaId),
		t
			.select()
			.from(agendaItems)
			.where(eq(agendaItems.meetingId, id))
			.orderBy(asc(agendaItems.position)),
		t
			.select({ row: attendance, person: people })
			.from(attendance)
			.leftJoin(people, eq(people.id, attendance.personId))
			.where(eq(attendance.meetingId, id))
			.orderBy(asc(people.lastName), asc(people.firstName), asc(attendance.createdAt)),
		t.select().from(minutes).where(eq(minutes.meetingId, id)),
		t
			.select()
			.from(resolutions)
			.where(eq(resolutions.meetingId, id))
			.orderBy(asc(resolutions.year), asc(resolutions.seq)),
		tasksOfMeeting(t, id),
		openTasksBefore(t, meeting.bodyId, meeting.startsAt),
		t
			.select()
			.from(announcedEvents)
			.where(eq(announcedEvents.meetingId, id))
			.orderBy(asc(announcedEvents.position), asc(announcedEvents.date)),
		listRevisions(t, id),
		t
			.select({
				id: meetings.id,
				startsAt: meetings.startsAt,
				place: meetings.place,
				room: meetings.room,
				status: meetings.status
			})
			.from(meetings)
			.where(
				and(
					eq(meetings.bodyId, meeting.bodyId),
					gt(meetings.startsAt, meeting.startsAt),
					ne(meetings.status, 'cancelled')
				)
			)
			.orderBy(asc(meetings.startsAt))
			.limit(12),
		quorumOf(t, meeting, body.quorumPercent)
	]);

	const views: AttendanceView[] = attendanceRows.map(({ row, person }) => ({
		...row,
		name: person ? fullName(person) : (row.guestName ?? 'host'),
		shortName: person ? shortName(person) : null,
		position: person?.position ?? null,
		publishName: person?.publishName ?? false
	}));

	let minutesView: MeetingDetail['minutes'] = null;
	if (minutesRow) {
		const ids = [minutesRow.authorPersonId, minutesRow.approverPersonId].filter(
			(x): x is string => !!x
		);
		const signers = ids.length ? await t.select().from(people).where(eqAny(people.id, ids)) : [];
		minutesView = {
			...minutesRow,
			author: label(signers.find((p) => p.id === minutesRow.authorPersonId)),
			approver: label(signers.find((p) => p.id === minutesRow.approverPersonId))
		};
	}

	const warnings = meetingWarnings(meeting, rules);
	const held = ['held', 'minutes_draft', 'minutes_approved', 'published'].includes(meeting.status);
	if (held && views.some((v) => v.personId && v.status === 'present') && !quorum.quorate) {
		warnings.push({
			code: 'no-quorum',
			message: `Skupina nebyla usnášeníschopná: přítomno ${quorum.present} z ${quorum.votingMembers} hlasujících členů, potřeba alespoň ${quorum.required}.`
		});
	}
	const local = toPrague(meeting.startsAt);
	return {
		meeting,
		local: {
			date: local.date,
			time: local.time,
			endTime: meeting.endsAt ? toPrague(meeting.endsAt).time : null
		},
		body,
		areaName: area,
		agenda: items.map((item) => ({
			...item,
			resolutions: resolutionRows.filter((r) => r.agendaItemId === item.id),
			tasks: tasks.filter((task) => task.agendaItemId === item.id)
		})),
		members: views.filter((v) => v.personId),
		guests: views.filter((v) => !v.personId),
		quorum,
		minutes: minutesView,
		revisions,
		resolutions: resolutionRows,
		tasks,
		openTasks,
		events,
		warnings,
		deadlines: {
			invitation: invitationDeadline(meeting.startsAt, rules),
			agendaProposal: agendaProposalDeadline(meeting.startsAt, rules)
		},
		nextMeetings,
		can: {
			manage: can(actor, 'meetings.manage', scope),
			propose: can(actor, 'meetings.agenda.propose', scope),
			writeMinutes: can(actor, 'meetings.minutes.write', scope),
			approveMinutes: can(actor, 'meetings.minutes.approve', scope)
		}
	};
}
