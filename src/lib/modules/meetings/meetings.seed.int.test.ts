import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { ANONYMOUS, systemActor } from '#lib/platform/access/actor.ts';
import { runSeeders } from '#lib/platform/seed/seed.server.ts';
import { UnauthorizedError, ValidationError } from '#lib/platform/http/errors.ts';
import { bodies, organisationSeeders } from '#lib/modules/organisation/index.ts';
import { meetings } from './meeting.schema.ts';
import { meetingsSeeder } from './meetings.seed.server.ts';
import { getMeetingDetail } from './meeting.detail.server.ts';
import { getSchedule } from './schedule.service.server.ts';
import { getPublicBody, getPublishedMinutes } from './public.service.server.ts';
import { searchMeetings } from './search.service.server.ts';
import { fakeUser } from './meetings.testing.server.ts';

useTestDatabase();

describe('demo meetings (seeds 000 and 001)', () => {
	it('hold the Liberec ŘPS minutes of 18. 11. 2015, the 2016 schedule and the MSK meetings of 2024', async () => {
		await runSeeders(db(), [...organisationSeeders, meetingsSeeder]);
		const [rps] = await db().select().from(bodies).where(eq(bodies.code, 'ŘPS'));
		const page = await getPublicBody(rps.id, { year: 2016 });
		expect(page.schedule.map((m) => m.startsAt.toISOString())).toEqual([
			'2016-01-13T13:00:00.000Z',
			'2016-02-10T13:00:00.000Z',
			'2016-05-11T12:00:00.000Z',
			'2016-06-15T12:00:00.000Z',
			'2016-09-14T12:00:00.000Z',
			'2016-10-12T12:00:00.000Z',
			'2016-11-16T13:00:00.000Z'
		]);
		expect(page.years).toEqual([2016, 2015]);
		expect(page.minutes.total).toBe(1);

		const meetingId = page.minutes.items[0].meetingId;
		const { document, revision } = await getPublishedMinutes(meetingId);
		expect(revision).toBe(1);
		expect(document.place).toBe(
			'tř. 1. máje 108, Liberec – budova „Uran“, zasedací místnost č. 17'
		);
		expect(document.present).toHaveLength(9);
		expect(document.excused).toEqual(['Eva Chlupáčová', 'Stanislav Jäger', 'člen/ka skupiny']);
		expect(document.programme.map((p) => p.title)).toEqual([
			'Úvod',
			'Informace z pracovních skupin Komunitního plánování v sociální oblasti',
			'Informace z Libereckého kraje',
			'Informace o základní síti sociálních služeb v regionu Liberec',
			'Diskuze'
		]);
		expect(document.items[2].tasks).toEqual([
			expect.objectContaining({
				responsible: 'K. Marcinková',
				dueDate: '2015-12-09',
				status: 'open'
			})
		]);
		expect(document.events).toHaveLength(5);
		expect(document.signature).toMatchObject({
			signedPlace: 'V Liberci',
			writtenOn: '2015-11-23',
			author: 'K. Marcinková',
			authorVerb: 'zapsala'
		});
		expect(document.schedule.rows).toHaveLength(7);

		// The open task comes back on the next meeting (13. 1. 2016) under "Kontrola úkolů".
		const coordinator = fakeUser({ role: 'coordinator', areaId: rps.areaId });
		const schedule = await getSchedule(coordinator, rps.id, 2016);
		expect(schedule.isPublished).toBe(true);
		const january = await getMeetingDetail(coordinator, schedule.meetings[0].id);
		expect(january.agenda[0].title).toBe('Kontrola úkolů');
		expect(january.openTasks.map((t) => t.responsibleShortName)).toEqual(['K. Marcinková']);
		const november = await getMeetingDetail(coordinator, meetingId);
		expect(november.members.filter((m) => m.status === 'present')).toHaveLength(9);
		expect(november.quorum.quorate).toBe(true);

		const [{ n }] = await db()
			.select({ n: count() })
			.from(meetings)
			.where(and(eq(meetings.status, 'published')));
		expect(n).toBe(1 + 1 + 3 + 3 + 4 + 4 + 2);
	});

	it('search finds "rozvojova sit" without diacritics, only in the actor\'s areas', async () => {
		const [rps] = await db().select().from(bodies).where(eq(bodies.code, 'ŘPS'));
		const coordinator = fakeUser({ role: 'coordinator', areaId: rps.areaId });
		const result = await searchMeetings(coordinator, { q: 'rozvojova sit' });
		expect(result.total).toBeGreaterThanOrEqual(2);
		expect(result.items.map((h) => h.kind).sort()).toEqual(
			expect.arrayContaining(['minutes', 'task'])
		);
		const minutesHit = result.items.find((h) => h.kind === 'minutes')!;
		expect(minutesHit.title).toBe('Informace z Libereckého kraje');
		expect(minutesHit.snippet).toMatch(/Rozvojov[áé] sít/);
		expect(minutesHit.snippet).not.toContain('<');
		const member = fakeUser({ role: 'member', bodyId: rps.id });
		expect((await searchMeetings(member, { q: 'ROZVOJOVÁ SÍŤ' })).total).toBe(result.total);
		const [msk] = await db().select().from(bodies).where(eq(bodies.code, 'ŘS'));
		const mskCoordinator = fakeUser({ role: 'coordinator', areaId: msk.areaId });
		expect((await searchMeetings(mskCoordinator, { q: 'rozvojova sit' })).total).toBe(0);
		expect((await searchMeetings(mskCoordinator, { q: 'koncepce kvality' })).total).toBeGreaterThan(
			0
		);
		expect(
			(await searchMeetings(systemActor('t'), { q: 'rozvojova sit', areaIds: [msk.areaId] })).total
		).toBe(0);
		expect((await searchMeetings(fakeUser(), { q: 'rozvojova sit' })).total).toBe(0);
		expect((await searchMeetings(coordinator, { q: '100%_' })).total).toBe(0);
		const paged = await searchMeetings(mskCoordinator, { q: 'koncepce', pageSize: 2, page: 2 });
		expect(paged.items.length).toBeLessThanOrEqual(2);
		await expect(searchMeetings(coordinator, { q: 'x' })).rejects.toBeInstanceOf(ValidationError);
		await expect(searchMeetings(ANONYMOUS, { q: 'rozvojova' })).rejects.toBeInstanceOf(
			UnauthorizedError
		);
	});
});
