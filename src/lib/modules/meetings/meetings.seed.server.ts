/**
 * Demo meetings (order 400, after bodies and accounts): the Liberec ŘPS meeting of 18. 11. 2015
 * with attendance, programme, minutes, task, events and published revision 1, its published 2016
 * schedule, and the 2024 meetings of the MSK steering group and working groups (seed 000).
 * Written through the audit helpers inside the seeding transaction.
 */
import type { Seeder } from '#lib/platform/seed/seed.server.ts';
import { systemActor } from '#lib/platform/access/actor.ts';
import { auditedInsert } from '#lib/platform/audit/audit.server.ts';
import type { Db } from '#lib/platform/db/client.server.ts';
import {
	agendaItems,
	announcedEvents,
	attendance,
	meetings,
	minutes,
	minutesRevisions,
	tasks
} from './meeting.schema.ts';
import {
	ENTITY,
	findBodyRow,
	insertMeeting,
	type BodyRow,
	type Meeting
} from './meeting.store.server.ts';
import { fromPrague } from './meeting.time.ts';
import { buildMinutesDocument } from './minutes.document.server.ts';
import {
	LIBEREC_AGENDA,
	LIBEREC_CLOSING_NOTE,
	LIBEREC_EVENTS,
	LIBEREC_MEETING,
	LIBEREC_SCHEDULE_2016,
	LIBEREC_TASK,
	MSK_STEERING,
	MSK_TIME_NOTE,
	MSK_WG_NOTE,
	MSK_WORKING_GROUPS
} from './meetings.seed.data.ts';

const demo = systemActor('demo');

const at = (date: string, time: string): Date => {
	const d = fromPrague(date, time);
	if (!d) throw new Error(`demo seed: bad time ${date} ${time}`);
	return d;
};

interface HeldMeeting {
	body: BodyRow;
	startsAt: Date;
	endsAt?: Date | null;
	place?: string | null;
	room?: string | null;
	note?: string | null;
	agenda: { title: string; reportedBy?: string; html?: string }[];
}

/** A past meeting with its programme (no "Kontrola úkolů": historical minutes are kept as written). */
async function heldMeeting(
	tx: Db,
	m: HeldMeeting
): Promise<{ meeting: Meeting; itemIds: string[] }> {
	const areaId = m.body.areaId;
	const meeting = await auditedInsert(
		tx,
		demo,
		meetings,
		ENTITY.meeting,
		{
			bodyId: m.body.id,
			areaId,
			startsAt: m.startsAt,
			endsAt: m.endsAt ?? null,
			place: m.place ?? null,
			room: m.room ?? null,
			note: m.note ?? null,
			status: 'published',
			isPublished: true
		},
		{ areaId }
	);
	const itemIds: string[] = [];
	for (const [i, item] of m.agenda.entries()) {
		const row = await auditedInsert(
			tx,
			demo,
			agendaItems,
			ENTITY.agendaItem,
			{
				meetingId: meeting.id,
				position: i + 1,
				title: item.title,
				reportedBy: item.reportedBy ?? null,
				minutesHtml: item.html ?? null
			},
			{ areaId }
		);
		itemIds.push(row.id);
	}
	return { meeting, itemIds };
}

/** Minutes approved and published as revision 1 (the frozen public view). */
async function publishDemoMinutes(
	tx: Db,
	meeting: Meeting,
	values: Partial<typeof minutes.$inferInsert>,
	publishedAt: Date
): Promise<void> {
	const row = await auditedInsert(
		tx,
		demo,
		minutes,
		ENTITY.minutes,
		{
			meetingId: meeting.id,
			status: 'published',
			approvedAt: publishedAt,
			publishedAt,
			revision: 1,
			...values
		},
		{ areaId: meeting.areaId }
	);
	const snapshot = await buildMinutesDocument(meeting.id, {
		publicView: true,
		db: tx,
		now: publishedAt
	});
	await tx.insert(minutesRevisions).values({
		minutesId: row.id,
		revision: 1,
		snapshot: snapshot as unknown as Record<string, unknown>,
		publishedAt
	});
}

export const meetingsSeeder: Seeder = {
	id: 'meetings.demo',
	order: 400,
	async run({ tx, refs }) {
		const ref = (key: string) => {
			const id = refs.get(key);
			if (!id) throw new Error(`demo seed: missing ${key}`);
			return id;
		};

		// Liberec ŘPS, seed 001. The 2016 schedule comes first so the minutes snapshot prints it.
		const rps = await findBodyRow(ref('body:liberec-rs'), tx);
		const s = LIBEREC_SCHEDULE_2016;
		const schedule: Meeting[] = [];
		for (const date of s.dates) {
			schedule.push(
				await insertMeeting(tx, demo, rps, {
					startsAt: at(date, s.time),
					endsAt: null,
					place: s.place,
					room: s.room,
					isPublished: true
				})
			);
		}
		refs.set('meeting:liberec-2016-01', schedule[0].id);

		const L = LIBEREC_MEETING;
		const { meeting, itemIds } = await heldMeeting(tx, {
			body: rps,
			startsAt: at(L.date, L.time),
			place: L.place,
			room: L.room,
			agenda: LIBEREC_AGENDA
		});
		refs.set('meeting:liberec-2015-11', meeting.id);
		for (const [status, list] of [
			['present', L.present],
			['excused', L.excused]
		] as const) {
			for (const personRef of list) {
				await auditedInsert(
					tx,
					demo,
					attendance,
					ENTITY.attendance,
					{ meetingId: meeting.id, personId: ref(personRef), status, isVoting: true },
					{ areaId: meeting.areaId }
				);
			}
		}
		await auditedInsert(
			tx,
			demo,
			tasks,
			ENTITY.task,
			{
				meetingId: meeting.id,
				agendaItemId: itemIds[LIBEREC_TASK.item],
				bodyId: rps.id,
				areaId: rps.areaId,
				text: LIBEREC_TASK.text,
				responsiblePersonId: ref(LIBEREC_TASK.responsible),
				dueDate: LIBEREC_TASK.dueDate
			},
			{ areaId: rps.areaId }
		);
		for (const [i, e] of LIBEREC_EVENTS.entries()) {
			await auditedInsert(
				tx,
				demo,
				announcedEvents,
				ENTITY.event,
				{ meetingId: meeting.id, date: e.date, title: e.title, position: i + 1 },
				{ areaId: rps.areaId }
			);
		}
		await publishDemoMinutes(
			tx,
			meeting,
			{
				authorPersonId: ref('person:marcinkova'),
				signedPlace: 'V Liberci',
				writtenOn: '2015-11-23',
				closingNote: LIBEREC_CLOSING_NOTE
			},
			at('2015-11-23', '12:00')
		);

		// Moravskoslezský kraj, seed 000: steering group and five working groups in 2024.
		const msk = await findBodyRow(ref(MSK_STEERING.body), tx);
		const steering = await heldMeeting(tx, {
			body: msk,
			startsAt: at(MSK_STEERING.date, '09:00'),
			note: MSK_TIME_NOTE,
			agenda: MSK_STEERING.agenda
		});
		await publishDemoMinutes(
			tx,
			steering.meeting,
			{ authorPersonId: ref(MSK_STEERING.author), approverPersonId: ref(MSK_STEERING.approver) },
			at(MSK_STEERING.date, '16:00')
		);
		for (const group of MSK_WORKING_GROUPS) {
			const body = await findBodyRow(ref(group.body), tx);
			for (const m of group.meetings) {
				const held = await heldMeeting(tx, {
					body,
					startsAt: at(m.date, '09:00'),
					endsAt: m.endDate ? at(m.endDate, '15:00') : null,
					note: m.endDate ? `${MSK_TIME_NOTE} Dvoudenní jednání.` : MSK_TIME_NOTE,
					agenda: group.topics.map((title) => ({ title }))
				});
				await publishDemoMinutes(
					tx,
					held.meeting,
					{ authorPersonId: ref(group.leader), closingNote: MSK_WG_NOTE },
					at(m.endDate ?? m.date, '16:00')
				);
			}
		}
	}
};
