import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import {
	ConflictError,
	ForbiddenError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { bodies } from '#lib/modules/organisation/index.ts';
import { agendaItems, meetings } from './meeting.schema.ts';
import {
	changeMeetingStatus,
	createMeeting,
	listMeetings,
	updateMeeting
} from './meeting.service.server.ts';
import { getSchedule, planSchedule, publishSchedule } from './schedule.service.server.ts';
import { getMeetingDetail } from './meeting.detail.server.ts';
import { createFixture, dayFromNow, slotFromNow, type Fixture } from './meetings.testing.server.ts';

useTestDatabase();

let f: Fixture;
beforeAll(async () => {
	f = await createFixture();
});

describe('meetings', () => {
	it('creates a meeting in Prague time with the standard first item "Kontrola úkolů"', async () => {
		const m = await createMeeting(f.manager, {
			bodyId: f.bodyId,
			...slotFromNow(20),
			endTime: '16:00'
		});
		expect(m.status).toBe('planned');
		const items = await db().select().from(agendaItems).where(eq(agendaItems.meetingId, m.id));
		expect(items).toMatchObject([{ position: 1, kind: 'task_review', title: 'Kontrola úkolů' }]);
		const history = await listHistory('meetings.meeting', m.id);
		expect(history[0]).toMatchObject({
			action: 'create',
			actorId: (f.manager as { userId: string }).userId
		});
		const detail = await getMeetingDetail(f.member, m.id);
		expect(detail.local).toEqual({ date: dayFromNow(20), time: '14:00', endTime: '16:00' });
		expect(detail.can).toEqual({
			manage: false,
			propose: true,
			writeMinutes: false,
			approveMinutes: false
		});
	});

	it('refuses an end before the start with a Czech 400 and keeps nothing', async () => {
		const before = await db().select().from(meetings);
		const error = await createMeeting(f.manager, {
			bodyId: f.bodyId,
			...slotFromNow(21),
			endTime: '13:00'
		}).catch((e) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fields.endTime).toEqual(['Konec jednání musí být později než jeho začátek.']);
		expect(await db().select().from(meetings)).toHaveLength(before.length);
	});

	it('refuses the non-existent hour of the spring DST change', async () => {
		await expect(
			createMeeting(f.manager, {
				bodyId: f.bodyId,
				date: '2031-03-30',
				time: '02:30',
				place: 'Radnice'
			})
		).rejects.toMatchObject({ fields: { time: [expect.stringContaining('změny času')] } });
	});

	it('bumps the ICS sequence only on calendar-visible changes and detects stale versions', async () => {
		const m = await createMeeting(f.coordinator, { bodyId: f.bodyId, ...slotFromNow(22) });
		const noteOnly = await updateMeeting(f.manager, m.id, {
			...slotFromNow(22),
			note: 'Přineste si podklady.',
			version: m.version
		});
		expect(noteOnly.icsSequence).toBe(0);
		const moved = await updateMeeting(f.manager, m.id, {
			...slotFromNow(22, '15:00'),
			note: 'Přineste si podklady.',
			version: noteOnly.version
		});
		expect(moved.icsSequence).toBe(1);
		await expect(
			updateMeeting(f.manager, m.id, { ...slotFromNow(22), version: m.version })
		).rejects.toBeInstanceOf(ConflictError);
		await expect(
			updateMeeting(f.manager, m.id, {
				...slotFromNow(22),
				onlineUrl: 'javascript:alert(1)',
				version: moved.version
			})
		).rejects.toMatchObject({ fields: { onlineUrl: [expect.stringContaining('http')] } });
	});

	it('refuses to mark a past meeting as invited', async () => {
		const [body] = await db().select().from(bodies).where(eq(bodies.id, f.bodyId));
		const m = await createMeeting(f.manager, { bodyId: body.id, ...slotFromNow(-3) });
		const error = await changeMeetingStatus(f.manager, m.id, 'invited').catch((e) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.status).toBe(400);
		expect(error.message).toMatch(/^Pozvánky nelze rozeslat/);
	});

	it('cancels only with a reason, keeps the meeting and bumps the sequence', async () => {
		const m = await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(25) });
		await expect(changeMeetingStatus(f.manager, m.id, 'cancelled')).rejects.toMatchObject({
			fields: { reason: ['Uveďte důvod zrušení jednání.'] }
		});
		const cancelled = await changeMeetingStatus(f.manager, m.id, 'cancelled', {
			reason: 'Nemoc vedoucí'
		});
		expect(cancelled).toMatchObject({
			status: 'cancelled',
			cancelReason: 'Nemoc vedoucí',
			icsSequence: 1
		});
		const restored = await changeMeetingStatus(f.manager, m.id, 'planned');
		expect(restored).toMatchObject({ status: 'planned', cancelReason: null, icsSequence: 2 });
		await expect(changeMeetingStatus(f.manager, m.id, 'published')).rejects.toBeInstanceOf(
			ValidationError
		);
	});

	it('checks permissions: 401 anonymous, 403 other roles', async () => {
		const input = { bodyId: f.bodyId, ...slotFromNow(30) };
		await expect(createMeeting(ANONYMOUS, input)).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(createMeeting(f.member, input)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(createMeeting(f.otherCoordinator, input)).rejects.toBeInstanceOf(ForbiddenError);
		const m = await createMeeting(f.coordinator, input);
		await expect(getMeetingDetail(ANONYMOUS, m.id)).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(getMeetingDetail(f.stranger, m.id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			updateMeeting(f.member, m.id, { ...slotFromNow(30), version: 1 })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			changeMeetingStatus(f.member, m.id, 'cancelled', { reason: 'x' })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(listMeetings(ANONYMOUS, {})).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(listMeetings(f.stranger, { bodyId: f.bodyId })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(
			planSchedule(f.member, { bodyId: f.bodyId, year: 2031, rows: [slotFromNow(1)] })
		).rejects.toBeInstanceOf(ValidationError);
		await expect(
			planSchedule(f.member, {
				bodyId: f.bodyId,
				year: 2031,
				rows: [{ date: '2031-01-15', time: '14:00', place: 'Radnice' }]
			})
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(getSchedule(ANONYMOUS, f.bodyId, 2031)).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(publishSchedule(f.member, f.bodyId, 2031)).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('lists only visible meetings, filtered and paginated', async () => {
		const other = await createMeeting(f.otherCoordinator, {
			bodyId: f.otherBodyId,
			...slotFromNow(40)
		});
		const mine = await listMeetings(f.coordinator, { pageSize: 2 });
		expect(mine.per_page).toBe(2);
		expect(mine.items).toHaveLength(2);
		expect(mine.total).toBeGreaterThanOrEqual(5);
		const all = await listMeetings(f.coordinator, { pageSize: 100 });
		expect(all.items.map((m) => m.id)).not.toContain(other.id);
		const member = await listMeetings(f.member, { pageSize: 100 });
		expect(member.total).toBe(all.total);
		expect(await listMeetings(f.stranger, {})).toMatchObject({ total: 0, items: [] });
		const byArea = await listMeetings(f.otherCoordinator, { areaId: f.otherAreaId });
		expect(byArea.items.map((m) => m.id)).toEqual([other.id]);
		const cancelled = await listMeetings(f.coordinator, { status: 'cancelled' });
		expect(cancelled.total).toBe(0);
		const upcoming = await listMeetings(f.coordinator, {
			from: dayFromNow(21),
			to: dayFromNow(22)
		});
		expect(upcoming.items.map((m) => m.startsAt.getTime())).toEqual(
			[...upcoming.items.map((m) => m.startsAt.getTime())].sort((a, b) => a - b)
		);
		expect(upcoming.items.length).toBeGreaterThanOrEqual(1);
		await expect(listMeetings(f.coordinator, { status: 'nonsense' })).rejects.toBeInstanceOf(
			ValidationError
		);
	});
});

describe('yearly schedule', () => {
	it('plans a year at once in Prague time across the DST changes, warns and publishes', async () => {
		const rows = ['2031-01-15', '2031-03-26', '2031-03-31', '2031-07-16', '2031-10-29'].map(
			(date) => ({
				date,
				time: '14:00',
				place: 'budova „Uran“',
				room: '2. patro, místnost č. 17'
			})
		);
		await db()
			.update(bodies)
			.set({ maxMonthsBetweenMeetings: 2, noMeetingMonths: [7, 8], minMeetingsPerYear: 6 })
			.where(eq(bodies.id, f.bodyId));
		const created = await planSchedule(f.manager, { bodyId: f.bodyId, year: 2031, rows });
		expect(created.map((m) => m.startsAt.toISOString())).toEqual([
			'2031-01-15T13:00:00.000Z',
			'2031-03-26T13:00:00.000Z',
			'2031-03-31T12:00:00.000Z',
			'2031-07-16T12:00:00.000Z',
			'2031-10-29T13:00:00.000Z'
		]);
		const schedule = await getSchedule(f.member, f.bodyId, 2031);
		expect(schedule.meetings).toHaveLength(5);
		expect(schedule.isPublished).toBe(false);
		expect(schedule.warnings.map((w) => w.code).sort()).toEqual([
			'gap',
			'min-count',
			'no-meeting-month'
		]);

		await expect(
			planSchedule(f.manager, { bodyId: f.bodyId, year: 2031, rows: [rows[0]] })
		).rejects.toMatchObject({
			fields: { 'rows.0.date': ['V tomto termínu už skupina jednání má.'] }
		});
		await expect(
			planSchedule(f.manager, { bodyId: f.bodyId, year: 2032, rows: [rows[0]] })
		).rejects.toMatchObject({ fields: { 'rows.0.date': ['Termín musí být v roce 2032.'] } });

		expect(await publishSchedule(f.manager, f.bodyId, 2031)).toBe(5);
		expect((await getSchedule(f.coordinator, f.bodyId, 2031)).isPublished).toBe(true);
		// A meeting added later joins the published schedule.
		const extra = await createMeeting(f.manager, {
			bodyId: f.bodyId,
			date: '2031-12-10',
			time: '14:00',
			place: 'budova „Uran“'
		});
		expect(extra.isPublished).toBe(true);
		await expect(publishSchedule(f.manager, f.bodyId, 2040)).rejects.toBeInstanceOf(
			ValidationError
		);
	});
});
