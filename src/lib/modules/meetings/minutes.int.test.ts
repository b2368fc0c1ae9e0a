import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import {
	ConflictError,
	ForbiddenError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { people } from '#lib/modules/organisation/index.ts';
import { agendaItems, meetings } from './meeting.schema.ts';
import { createMeeting } from './meeting.service.server.ts';
import { addAgendaItem } from './agenda.service.server.ts';
import { setAttendance } from './attendance.service.server.ts';
import {
	addEvent,
	approveMinutes,
	getOrCreateMinutes,
	publishMinutes,
	reopenMinutes,
	saveItemMinutes,
	updateMinutesMeta
} from './minutes.service.server.ts';
import { addResolution } from './resolution.service.server.ts';
import {
	addTask,
	getOpenTasksForMeeting,
	listMyTasks,
	listOpenTasks,
	updateTaskStatus
} from './task.service.server.ts';
import { getMeetingDetail } from './meeting.detail.server.ts';
import { getPublicBody, getPublishedMinutes } from './public.service.server.ts';
import { createFixture, slotFromNow, type Fixture } from './meetings.testing.server.ts';
import type { Meeting } from './meeting.store.server.ts';

useTestDatabase();

let f: Fixture;
let held: Meeting;
let itemId: string;

beforeAll(async () => {
	f = await createFixture('ŘS');
	held = await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(-10) });
	itemId = (await addAgendaItem(f.manager, held.id, { title: 'Rozvojová síť sociálních služeb' }))
		.id;
});

async function itemVersion(id: string): Promise<number> {
	const [row] = await db()
		.select({ v: agendaItems.version })
		.from(agendaItems)
		.where(eq(agendaItems.id, id));
	return row.v;
}

describe('minutes', () => {
	it('only after the meeting started, by a manager or coordinator', async () => {
		const future = await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(10) });
		await expect(getOrCreateMinutes(f.manager, future.id)).rejects.toMatchObject({ status: 400 });
		await expect(getOrCreateMinutes(ANONYMOUS, held.id)).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(getOrCreateMinutes(f.member, held.id)).rejects.toBeInstanceOf(ForbiddenError);
		const row = await getOrCreateMinutes(f.manager, held.id);
		expect(row.status).toBe('draft');
		const [m] = await db().select().from(meetings).where(eq(meetings.id, held.id));
		expect(m.status).toBe('minutes_draft');
	});

	it('sanitises the text and shows both texts on a conflict; nothing is lost', async () => {
		const v = await itemVersion(itemId);
		const saved = await saveItemMinutes(f.manager, itemId, {
			html: '<p onclick="x()">Rozvojová síť <script>alert(1)</script><a href="javascript:x">odkaz</a></p>',
			reportedBy: 'K. Marcinková',
			version: v
		});
		expect(saved.minutesHtml).toBe('<p>Rozvojová síť <a>odkaz</a></p>');
		const error = await saveItemMinutes(f.coordinator, itemId, {
			html: '<p>Můj text</p>',
			version: v
		}).catch((e) => e);
		expect(error).toBeInstanceOf(ConflictError);
		expect(error.status).toBe(409);
		expect(error.message).toContain('Níže je jeho text i ten váš');
		expect(error.current).toMatchObject({
			minutesHtml: saved.minutesHtml,
			version: saved.version,
			yourHtml: '<p>Můj text</p>'
		});
		expect(
			(await db().select().from(agendaItems).where(eq(agendaItems.id, itemId)))[0].minutesHtml
		).toBe(saved.minutesHtml);
		await expect(
			saveItemMinutes(f.member, itemId, { html: '<p>x</p>', version: saved.version })
		).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('numbers resolutions per body and year and refuses a used number', async () => {
		const year = held.startsAt.getFullYear();
		const base = {
			agendaItemId: itemId,
			text: 'Schvaluje harmonogram.',
			votesFor: 5,
			votesAgainst: 0,
			votesAbstained: 1,
			adopted: 'on'
		};
		const first = await addResolution(f.manager, base);
		expect(first).toMatchObject({ seq: 1, adopted: true });
		expect(first.number).toMatch(new RegExp(`^ŘS/\\d{4}/01$`));
		const explicit = await addResolution(f.manager, { ...base, number: '7' });
		expect(explicit.seq).toBe(7);
		const next = await addResolution(f.manager, base);
		expect(next.seq).toBe(8);
		const error = await addResolution(f.manager, { ...base, number: first.number }).catch((e) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fields.number[0]).toMatch(
			/^Číslo usnesení ŘS\/\d{4}\/01 už je v roce \d{4} použito\./
		);
		expect(year).toBeGreaterThan(2000);
		// Parallel writers never get the same number (advisory lock inside the transaction).
		const parallel = await Promise.all([1, 2, 3, 4].map(() => addResolution(f.coordinator, base)));
		expect(parallel.map((r) => r.seq).sort((a, b) => a - b)).toEqual([9, 10, 11, 12]);
		await expect(addResolution(f.manager, { ...base, votesFor: -1 })).rejects.toBeInstanceOf(
			ValidationError
		);
		await expect(addResolution(f.member, base)).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('requires a responsible person for a task', async () => {
		const error = await addTask(f.manager, {
			agendaItemId: itemId,
			text: 'Zajistit podklady'
		}).catch((e) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fields.responsiblePersonId).toEqual(['Úkol musí mít odpovědnou osobu.']);
		await expect(
			addTask(f.manager, {
				agendaItemId: itemId,
				text: 'Zajistit podklady',
				responsiblePersonId: ''
			})
		).rejects.toMatchObject({
			fields: { responsiblePersonId: ['Úkol musí mít odpovědnou osobu.'] }
		});
	});

	it('shows open tasks on the next meeting, in "Moje úkoly", and lets the responsible person close them', async () => {
		const task = await addTask(f.manager, {
			agendaItemId: itemId,
			text: 'Rozvojová síť: zajistit navrácení podkladů',
			responsiblePersonId: f.people.owner,
			dueDate: '2031-12-09'
		});
		const next = await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(14) });
		const open = await getOpenTasksForMeeting(f.member, next.id);
		expect(open.map((t) => t.id)).toContain(task.id);
		expect(open.find((t) => t.id === task.id)).toMatchObject({
			responsibleShortName: 'J. Urbanová'
		});
		const detail = await getMeetingDetail(f.member, next.id);
		expect(detail.agenda[0].kind).toBe('task_review');
		expect(detail.openTasks.map((t) => t.id)).toContain(task.id);
		expect((await getOpenTasksForMeeting(f.member, held.id)).map((t) => t.id)).not.toContain(
			task.id
		);
		expect((await listOpenTasks(f.coordinator, f.bodyId)).map((t) => t.id)).toContain(task.id);

		const mine = await listMyTasks(f.owner, { status: 'open' });
		expect(mine.items.map((t) => t.id)).toEqual([task.id]);
		expect((await listMyTasks(f.member, {})).total).toBe(0);
		await expect(listMyTasks(ANONYMOUS, {})).rejects.toBeInstanceOf(UnauthorizedError);

		await expect(
			updateTaskStatus(f.member, task.id, { status: 'done', version: 1 })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			updateTaskStatus(ANONYMOUS, task.id, { status: 'done', version: 1 })
		).rejects.toBeInstanceOf(UnauthorizedError);
		const done = await updateTaskStatus(f.owner, task.id, {
			status: 'done',
			resolutionNote: 'Podklady vráceny.',
			version: task.version
		});
		expect(done.status).toBe('done');
		expect(done.doneAt).toBeInstanceOf(Date);
		await expect(
			updateTaskStatus(f.owner, task.id, { status: 'open', version: task.version })
		).rejects.toBeInstanceOf(ConflictError);
		expect((await getOpenTasksForMeeting(f.member, next.id)).map((t) => t.id)).not.toContain(
			task.id
		);
	});

	it('approves, publishes a frozen revision, and a later correction makes revision 2', async () => {
		await setAttendance(f.manager, held.id, [
			{ personId: f.people.leader, status: 'present' },
			{ personId: f.people.member, status: 'present' },
			{ personId: f.people.secret, status: 'present' },
			{ personId: f.people.owner, status: 'excused' }
		]);
		await addEvent(f.manager, held.id, { date: '2031-11-19', title: 'Noc venku' });
		await expect(
			addEvent(f.manager, held.id, { date: '2031-11-19', dateTo: '2031-11-18', title: 'X' })
		).rejects.toMatchObject({
			fields: { dateTo: ['Konec akce nemůže být před jejím začátkem.'] }
		});
		await expect(approveMinutes(f.manager, held.id)).rejects.toMatchObject({
			fields: { authorPersonId: [expect.any(String)] }
		});
		const meta = await getOrCreateMinutes(f.manager, held.id);
		await updateMinutesMeta(f.manager, held.id, {
			authorPersonId: f.people.leader,
			approverPersonId: f.people.member,
			signedPlace: 'V Liberci',
			writtenOn: '2031-11-23',
			version: meta.version
		});
		await expect(publishMinutes(f.manager, held.id)).rejects.toMatchObject({ status: 400 });
		await expect(approveMinutes(f.member, held.id)).rejects.toBeInstanceOf(ForbiddenError);
		const approved = await approveMinutes(f.manager, held.id);
		expect(approved.status).toBe('approved');
		await expect(
			saveItemMinutes(f.manager, itemId, { html: '<p>x</p>', version: await itemVersion(itemId) })
		).rejects.toMatchObject({ status: 400 });
		await expect(publishMinutes(ANONYMOUS, held.id)).rejects.toBeInstanceOf(UnauthorizedError);
		const rev1 = await publishMinutes(f.manager, held.id);
		expect(rev1.revision).toBe(1);

		const published = await getPublishedMinutes(held.id);
		expect(published.revision).toBe(1);
		const doc = published.document;
		expect(doc.present).toContain('Kateřina Marcinková');
		expect(doc.present.join()).not.toContain('Langr');
		expect(doc.present).toContain('zástupce uživatelů');
		expect(doc.items.find((i) => i.title === 'Rozvojová síť sociálních služeb')?.html).toContain(
			'Rozvojová síť'
		);

		// Correction: reopen, edit, the public revision stays the same until the next publication.
		await reopenMinutes(f.manager, held.id, { reason: 'Oprava překlepu' });
		const [m] = await db().select().from(meetings).where(eq(meetings.id, held.id));
		expect(m.status).toBe('minutes_draft');
		await saveItemMinutes(f.manager, itemId, {
			html: '<p>Opravený text</p>',
			version: await itemVersion(itemId)
		});
		const still = await getPublishedMinutes(held.id);
		expect(still.revision).toBe(1);
		expect(
			still.document.items.find((i) => i.title === 'Rozvojová síť sociálních služeb')?.html
		).toContain('Rozvojová síť');
		await approveMinutes(f.manager, held.id);
		await expect(publishMinutes(f.manager, held.id, {})).rejects.toMatchObject({
			fields: { reason: [expect.any(String)] }
		});
		const rev2 = await publishMinutes(f.manager, held.id, { reason: 'Oprava překlepu' });
		expect(rev2.revision).toBe(2);
		const latest = await getPublishedMinutes(held.id);
		expect(
			latest.document.items.find((i) => i.title === 'Rozvojová síť sociálních služeb')?.html
		).toBe('<p>Opravený text</p>');
		expect(latest.history.map((h) => h.revision)).toEqual([2, 1]);
		expect(
			(await getPublishedMinutes(held.id, 1)).document.items.find(
				(i) => i.title === 'Rozvojová síť sociálních služeb'
			)?.html
		).toContain('Rozvojová síť <a>');

		const detail = await getMeetingDetail(f.coordinator, held.id);
		expect(detail.quorum).toMatchObject({ votingMembers: 5, present: 3, quorate: true });
		expect(detail.revisions.map((r) => r.revision)).toEqual([2, 1]);
		expect(detail.minutes?.author?.shortName).toBe('K. Marcinková');
	});

	it('public body page lists published minutes, and only active bodies', async () => {
		const page = await getPublicBody(f.bodyId);
		expect(page.minutes.items.map((r) => r.meetingId)).toContain(held.id);
		expect(page.minutes.items.find((r) => r.meetingId === held.id)?.revision).toBe(2);
		expect(page.schedule).toEqual([]);
		const [person] = await db().select().from(people).where(eq(people.id, f.people.secret));
		expect(person.publishName).toBe(false);
		await expect(getPublishedMinutes('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject(
			{ status: 404 }
		);
	});
});
