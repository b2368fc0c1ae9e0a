/**
 * Tests only: a small dataset for the outputs (minutes document, downloads, attendance sheet,
 * feeds), inserted straight with Drizzle so the tests do not depend on the meetings services.
 */
import { db } from '#lib/platform/db/client.server.ts';
import type { Actor } from '#lib/platform/access/actor.ts';
import {
	areas,
	bodies,
	memberships,
	organisations,
	people
} from '#lib/modules/organisation/index.ts';
import {
	agendaItems,
	announcedEvents,
	attendance,
	meetings,
	minutes,
	resolutions,
	tasks
} from './meeting.schema.ts';

export interface OutputsDataset {
	areaId: string;
	otherAreaId: string;
	bodyId: string;
	meetingId: string;
	minutesId: string;
	/** Published later meetings of the body (the 2016 schedule rows). */
	scheduleIds: string[];
	cancelledId: string;
	unpublishedId: string;
	otherAreaMeetingId: string;
	manager: Actor;
	member: Actor;
	outsider: Actor;
}

/** Insert the Liberec ŘPS meeting of 18. 11. 2015 with attendance, items, resolution, tasks, events. */
export async function insertOutputsDataset(): Promise<OutputsDataset> {
	const d = db();
	const [area] = await d
		.insert(areas)
		.values({ kind: 'orp', name: 'ORP Liberec', code: '5105' })
		.returning();
	const [otherArea] = await d
		.insert(areas)
		.values({ kind: 'orp', name: 'ORP Otrokovice', code: '7205' })
		.returning();
	const [city] = await d
		.insert(organisations)
		.values({ name: 'Statutární město Liberec', type: 'obec', areaId: area.id })
		.returning();
	const person = async (
		values: Partial<typeof people.$inferInsert> & { firstName: string; lastName: string }
	) =>
		(
			await d
				.insert(people)
				.values({ triadRole: 'poskytovatel', publishName: true, areaId: area.id, ...values })
				.returning()
		)[0];
	const marcinkova = await person({
		firstName: 'Kateřina',
		lastName: 'Marcinková',
		organisationId: city.id,
		triadRole: 'zadavatel'
	});
	const merglova = await person({
		firstName: 'Olga',
		lastName: 'Merglová',
		position: 'manažerka PS Osoby ohrožené závislostmi'
	});
	const hampacher = await person({ firstName: 'Petr', lastName: 'Hampacher' });
	const langr = await person({
		firstName: 'Ivan',
		lastName: 'Langr',
		publishName: false,
		triadRole: 'uzivatel'
	});
	const jager = await person({
		firstName: 'Stanislav',
		lastName: 'Jäger',
		publishName: false,
		position: 'zástupce uživatelů',
		triadRole: 'uzivatel'
	});
	const novak = await person({ firstName: 'Jan', lastName: 'Novák' });
	const guestMember = await person({ firstName: 'Hana', lastName: 'Hostová' });

	const [body] = await d
		.insert(bodies)
		.values({
			areaId: area.id,
			kind: 'steering_group',
			name: 'Řídící pracovní skupina KPSS regionu Liberec',
			code: 'ŘPS'
		})
		.returning();
	const [otherBody] = await d
		.insert(bodies)
		.values({
			areaId: otherArea.id,
			kind: 'working_group',
			name: 'Pracovní skupina Senioři',
			code: 'SEN'
		})
		.returning();
	for (const p of [marcinkova, merglova, hampacher, langr, jager]) {
		await d.insert(memberships).values({
			bodyId: body.id,
			personId: p.id,
			role: p === merglova ? 'vedouci' : 'clen',
			validFrom: '2015-01-01'
		});
	}
	await d.insert(memberships).values({
		bodyId: body.id,
		personId: novak.id,
		role: 'clen',
		validFrom: '2015-01-01',
		validTo: '2015-06-30'
	});
	await d
		.insert(memberships)
		.values({ bodyId: body.id, personId: guestMember.id, role: 'host', validFrom: '2015-01-01' });

	const meetingValues = (startsAt: string, extra: Partial<typeof meetings.$inferInsert> = {}) => ({
		bodyId: body.id,
		areaId: area.id,
		startsAt: new Date(startsAt),
		place: 'budova „Uran“, 2. patro',
		room: 'místnost č. 17',
		isPublished: true,
		...extra
	});
	const [meeting] = await d
		.insert(meetings)
		.values(
			meetingValues('2015-11-18T13:00:00Z', {
				place: 'tř. 1. máje 108, Liberec – budova „Uran“',
				room: 'zasedací místnost č. 17',
				status: 'minutes_draft',
				icsSequence: 2
			})
		)
		.returning();
	const schedule = await d
		.insert(meetings)
		.values([meetingValues('2016-01-13T13:00:00Z'), meetingValues('2016-06-15T12:00:00Z')])
		.returning();
	const [cancelled] = await d
		.insert(meetings)
		.values(
			meetingValues('2016-03-09T13:00:00Z', {
				status: 'cancelled',
				cancelReason: 'hodnocení dotací'
			})
		)
		.returning();
	const [unpublished] = await d
		.insert(meetings)
		.values(meetingValues('2016-04-13T12:00:00Z', { isPublished: false }))
		.returning();
	// After the window (end of 2016): not in the minutes' schedule, but in the feed.
	await d.insert(meetings).values(meetingValues('2017-02-01T13:00:00Z'));
	const [otherAreaMeeting] = await d
		.insert(meetings)
		.values({
			bodyId: otherBody.id,
			areaId: otherArea.id,
			startsAt: new Date('2016-02-02T09:00:00Z'),
			isPublished: true
		})
		.returning();

	await d.insert(attendance).values([
		{ meetingId: meeting.id, personId: merglova.id, status: 'present' },
		{ meetingId: meeting.id, personId: marcinkova.id, status: 'present' },
		{ meetingId: meeting.id, personId: hampacher.id, status: 'present' },
		{ meetingId: meeting.id, personId: langr.id, status: 'excused' },
		{ meetingId: meeting.id, personId: jager.id, status: 'absent' },
		{
			meetingId: meeting.id,
			guestName: 'Marie Malá',
			guestOrganisation: 'TyfloCentrum Liberec, o. p. s.',
			status: 'present',
			isVoting: false
		}
	]);

	const [intro, info, , discussion] = await d
		.insert(agendaItems)
		.values([
			{ meetingId: meeting.id, position: 1, title: 'Úvod' },
			{
				meetingId: meeting.id,
				position: 2,
				title: 'Informace z Libereckého kraje',
				reportedBy: 'K. Marcinková',
				minutesHtml:
					'<p>Rozvojová síť sociálních služeb na rok 2017 byla rozeslána.</p><ul><li>osobní asistence</li><li>sociální rehabilitace</li></ul>'
			},
			{ meetingId: meeting.id, position: 3, title: 'Zamítnutý návrh', status: 'rejected' },
			{
				meetingId: meeting.id,
				position: 4,
				title: 'Diskuze',
				minutesHtml: '<p>Bez dalších připomínek.</p>'
			}
		])
		.returning();
	void intro;
	void discussion;
	await d.insert(resolutions).values({
		meetingId: meeting.id,
		agendaItemId: info.id,
		bodyId: body.id,
		year: 2015,
		seq: 1,
		number: 'ŘPS/2015/01',
		text: 'ŘPS bere informace na vědomí.',
		votesFor: 9,
		votesAgainst: 0,
		votesAbstained: 0,
		adopted: true
	});
	// One by one: tasks are listed in the order they were given.
	await d.insert(tasks).values({
		meetingId: meeting.id,
		agendaItemId: info.id,
		bodyId: body.id,
		areaId: area.id,
		text: 'Zajistit navrácení Rozvojové sítě.',
		responsiblePersonId: marcinkova.id,
		dueDate: '2015-12-09',
		createdAt: new Date('2015-11-18T14:00:00Z')
	});
	await d.insert(tasks).values({
		meetingId: meeting.id,
		agendaItemId: info.id,
		bodyId: body.id,
		areaId: area.id,
		text: 'Ověřit potřebnost krizových lůžek.',
		responsiblePersonId: langr.id,
		createdAt: new Date('2015-11-18T14:05:00Z')
	});
	await d.insert(announcedEvents).values([
		{
			meetingId: meeting.id,
			date: '2015-11-21',
			title: '2. ročník benefice Kašparovo taškaření',
			position: 2
		},
		{
			meetingId: meeting.id,
			date: '2015-11-19',
			title: '2. ročník zážitkové akce Noc venku',
			position: 1
		}
	]);
	const [minutesRow] = await d
		.insert(minutes)
		.values({
			meetingId: meeting.id,
			status: 'draft',
			authorPersonId: marcinkova.id,
			approverPersonId: merglova.id,
			signedPlace: 'V Liberci',
			writtenOn: '2015-11-23',
			closingNote: 'V červenci a srpnu bude jednání svoláno v případě potřeby.'
		})
		.returning();

	return {
		areaId: area.id,
		otherAreaId: otherArea.id,
		bodyId: body.id,
		meetingId: meeting.id,
		minutesId: minutesRow.id,
		scheduleIds: schedule.map((m) => m.id),
		cancelledId: cancelled.id,
		unpublishedId: unpublished.id,
		otherAreaMeetingId: otherAreaMeeting.id,
		manager: {
			kind: 'user',
			userId: '00000000-0000-4000-8000-000000000001',
			name: 'Vedoucí',
			email: 'vedouci@souhra.example',
			grants: [{ role: 'manager', bodyId: body.id }]
		},
		member: {
			kind: 'user',
			userId: '00000000-0000-4000-8000-000000000002',
			name: 'Člen',
			email: 'clen@souhra.example',
			grants: [{ role: 'member', bodyId: body.id }]
		},
		outsider: {
			kind: 'user',
			userId: '00000000-0000-4000-8000-000000000003',
			name: 'Cizí',
			email: 'cizi@souhra.example',
			grants: [{ role: 'member', bodyId: otherBody.id }]
		}
	};
}
