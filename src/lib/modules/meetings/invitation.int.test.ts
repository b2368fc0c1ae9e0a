import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { listHistory } from '#lib/platform/audit/audit.server.ts';
import { ForbiddenError, UnauthorizedError, ValidationError } from '#lib/platform/http/errors.ts';
import { outbox } from '#lib/platform/mail/mail.schema.ts';
import { attendance, meetings } from './meeting.schema.ts';
import { createMeeting } from './meeting.service.server.ts';
import {
	addAgendaItem,
	decideAgendaItem,
	moveAgendaItem,
	proposeAgendaItem,
	removeAgendaItem,
	updateAgendaItem
} from './agenda.service.server.ts';
import {
	addGuest,
	excuseByToken,
	getExcuseInfo,
	initAttendance,
	setAttendance
} from './attendance.service.server.ts';
import { sendInvitations, sendReminders } from './invitation.service.server.ts';
import { createExcuseToken, signExcuseToken, signingSecret } from './excuse.token.server.ts';
import { getMeetingDetail } from './meeting.detail.server.ts';
import { createFixture, slotFromNow, type Fixture } from './meetings.testing.server.ts';
import type { Meeting } from './meeting.store.server.ts';

useTestDatabase();

let f: Fixture;
let upcoming: Meeting;

beforeAll(async () => {
	f = await createFixture();
	upcoming = await createMeeting(f.manager, {
		bodyId: f.bodyId,
		...slotFromNow(10),
		endTime: '16:00',
		onlineUrl: 'https://meet.example.cz/ps'
	});
});

describe('agenda', () => {
	it('managers add, edit, reorder and remove items; "Kontrola úkolů" stays first', async () => {
		const a = await addAgendaItem(f.manager, upcoming.id, {
			title: 'Informace z kraje',
			presenter: 'K. Marcinková',
			durationMinutes: '20'
		});
		const b = await addAgendaItem(f.coordinator, upcoming.id, {
			title: 'Diskuze',
			durationMinutes: ''
		});
		expect([a.position, b.position]).toEqual([2, 3]);
		await expect(addAgendaItem(f.member, upcoming.id, { title: 'X' })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(addAgendaItem(ANONYMOUS, upcoming.id, { title: 'X' })).rejects.toBeInstanceOf(
			UnauthorizedError
		);
		await expect(addAgendaItem(f.manager, upcoming.id, { title: '' })).rejects.toMatchObject({
			fields: { title: ['Toto pole je povinné.'] }
		});
		const order = await moveAgendaItem(f.manager, b.id, { direction: 'up' });
		expect(order.map((i) => i.title)).toEqual(['Kontrola úkolů', 'Diskuze', 'Informace z kraje']);
		await expect(moveAgendaItem(f.manager, b.id, { direction: 'up' })).rejects.toBeInstanceOf(
			ValidationError
		);
		const edited = await updateAgendaItem(f.manager, a.id, {
			title: 'Informace z Libereckého kraje',
			version: a.version
		});
		expect(edited.title).toBe('Informace z Libereckého kraje');
		const temp = await addAgendaItem(f.manager, upcoming.id, { title: 'Smazat' });
		await removeAgendaItem(f.manager, temp.id);
		const detail = await getMeetingDetail(f.manager, upcoming.id);
		expect(detail.agenda.map((i) => [i.position, i.title])).toEqual([
			[1, 'Kontrola úkolů'],
			[2, 'Diskuze'],
			[3, 'Informace z Libereckého kraje']
		]);
	});

	it('members propose items before the deadline; after it the refusal names the deadline', async () => {
		const proposal = await proposeAgendaItem(f.member, upcoming.id, {
			title: 'Noc venku 2031',
			description: 'Informace o akci'
		});
		expect(proposal).toMatchObject({ status: 'proposed', proposedByName: 'Test' });
		await expect(proposeAgendaItem(f.stranger, upcoming.id, { title: 'X' })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(
			decideAgendaItem(f.member, proposal.id, { status: 'accepted', version: proposal.version })
		).rejects.toBeInstanceOf(ForbiddenError);
		const accepted = await decideAgendaItem(f.manager, proposal.id, {
			status: 'accepted',
			version: proposal.version
		});
		expect(accepted.status).toBe('accepted');
		await expect(
			decideAgendaItem(f.manager, proposal.id, { status: 'rejected', version: accepted.version })
		).rejects.toBeInstanceOf(ValidationError);

		const soon = await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(2) });
		const error = await proposeAgendaItem(f.member, soon.id, { title: 'Pozdě' }).catch((e) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fields.title[0]).toMatch(
			/^Termín pro návrhy bodů programu uplynul \d{1,2}\. \d{1,2}\. \d{4} 14:00\./
		);
	});
});

describe('attendance', () => {
	it('prepares the register from members, records statuses, guests and the quorum', async () => {
		await expect(initAttendance(f.member, upcoming.id)).rejects.toBeInstanceOf(ForbiddenError);
		const rows = await initAttendance(f.manager, upcoming.id);
		expect(rows).toHaveLength(5);
		expect(rows.every((r) => r.status === 'absent' && r.isVoting)).toBe(true);
		expect(await initAttendance(f.manager, upcoming.id)).toHaveLength(5);
		await setAttendance(f.manager, upcoming.id, [
			{ personId: f.people.leader, status: 'present' },
			{ personId: f.people.member, status: 'present' }
		]);
		await addGuest(f.manager, upcoming.id, { name: 'Eva Hostová', organisation: 'Krajský úřad' });
		await expect(addGuest(f.manager, upcoming.id, { name: '' })).rejects.toBeInstanceOf(
			ValidationError
		);
		await expect(
			setAttendance(f.manager, upcoming.id, [{ personId: f.people.leader, status: 'maybe' }])
		).rejects.toBeInstanceOf(ValidationError);
		const detail = await getMeetingDetail(f.member, upcoming.id);
		expect(detail.guests).toMatchObject([
			{ name: 'Eva Hostová', guestOrganisation: 'Krajský úřad', isVoting: false }
		]);
		expect(detail.quorum).toEqual({ votingMembers: 5, present: 2, required: 3, quorate: false });
		await setAttendance(f.manager, upcoming.id, [
			{ personId: f.people.leader, status: 'absent' },
			{ personId: f.people.member, status: 'absent' }
		]);
	});
});

describe('invitations and excuses', () => {
	it('queue one message per member with an ICS attachment and the excuse link; list members without e-mail', async () => {
		await expect(sendInvitations(f.member, upcoming.id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(sendInvitations(ANONYMOUS, upcoming.id)).rejects.toBeInstanceOf(UnauthorizedError);
		const result = await sendInvitations(f.manager, upcoming.id, {
			origin: 'https://souhra.example.cz'
		});
		expect(result).toEqual({ sent: 4, withoutEmail: ['Petr Hampacher'] });
		const mails = await db().select().from(outbox).where(eq(outbox.kind, 'meetings.invitation'));
		expect(mails).toHaveLength(4);
		const mail = mails[0];
		expect(mail.subject).toMatch(
			/^Pozvánka: Pracovní skupina Senioři, \d{1,2}\. \d{1,2}\. \d{4} 14:00$/
		);
		expect(mail.text).toContain('Kdy: ');
		expect(mail.text).toContain('14:00–16:00');
		expect(mail.text).toContain('Místnost: zasedací místnost č. 17');
		expect(mail.text).toContain('https://meet.example.cz/ps');
		expect(mail.text).toContain('1. Kontrola úkolů');
		expect(mail.text).toMatch(/https:\/\/souhra\.example\.cz\/omluva\/[\w-]+\.[\w-]+/);
		expect(mail.attachments).toHaveLength(1);
		expect(mail.attachments[0]).toMatchObject({
			filename: 'jednani.ics',
			contentType: expect.stringContaining('text/calendar')
		});
		const ics = Buffer.from(mail.attachments[0].contentBase64, 'base64').toString('utf8');
		expect(ics).toContain('BEGIN:VEVENT');
		expect(ics).toContain('Europe/Prague');
		const [m] = await db().select().from(meetings).where(eq(meetings.id, upcoming.id));
		expect(m.status).toBe('invited');
		expect(m.invitedAt).toBeInstanceOf(Date);
		expect((await listHistory('meetings.meeting', upcoming.id)).map((h) => h.action)).toContain(
			'invitations-sent'
		);

		const reminders = await sendReminders(f.manager, upcoming.id);
		expect(reminders.sent).toBe(4);
		expect(
			(await db().select().from(outbox).where(eq(outbox.kind, 'meetings.reminder')))[0].subject
		).toMatch(/^Připomenutí: /);
	});

	it('refuses invitations to a past meeting with a Czech 400', async () => {
		const past = await createMeeting(f.manager, { bodyId: f.bodyId, ...slotFromNow(-1) });
		const error = await sendInvitations(f.manager, past.id).catch((e) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.message).toMatch(/^Pozvánky nelze rozeslat/);
		expect(
			await db().select().from(outbox).where(eq(outbox.kind, 'meetings.invitation'))
		).toHaveLength(4);
	});

	it('excuses through the signed link without login; tampered or expired links get a clear Czech error', async () => {
		const token = await createExcuseToken(upcoming.id, f.people.member);
		const info = await getExcuseInfo(token);
		expect(info).toMatchObject({
			personName: 'Olga Merglová',
			bodyName: 'Pracovní skupina Senioři',
			excused: false
		});
		const done = await excuseByToken(token, 'Dovolená');
		expect(done.excused).toBe(true);
		const [row] = await db()
			.select()
			.from(attendance)
			.where(and(eq(attendance.meetingId, upcoming.id), eq(attendance.personId, f.people.member)));
		expect(row).toMatchObject({ status: 'excused', note: 'Dovolená' });
		expect(row.excusedAt).toBeInstanceOf(Date);
		const history = await listHistory('meetings.attendance', row.id);
		expect(history[0]).toMatchObject({
			action: 'excuse',
			actorLabel: 'systém: omluva: Olga Merglová',
			actorId: null
		});

		// Tampered: the person swapped in the payload, or a changed signature.
		const [payload, sig] = token.split('.');
		const swapped = Buffer.from(
			Buffer.from(payload, 'base64url').toString().replace(f.people.member, f.people.leader)
		).toString('base64url');
		for (const bad of [`${swapped}.${sig}`, `${payload}.${sig.slice(0, -2)}AA`, 'nesmysl', '']) {
			const error = await excuseByToken(bad).catch((e) => e);
			expect(error).toBeInstanceOf(ValidationError);
			expect(error.message).toMatch(/^Odkaz pro omluvu je neplatný nebo poškozený/);
		}
		// Expired: signed with the right key but a past expiry.
		const expired = signExcuseToken(
			await signingSecret(),
			upcoming.id,
			f.people.member,
			new Date(Date.now() - 60_000)
		);
		await expect(excuseByToken(expired)).rejects.toMatchObject({
			status: 400,
			message: expect.stringMatching(/^Odkaz pro omluvu už neplatí – jednání začalo/)
		});

		// Reminders skip people who excused themselves.
		expect((await sendReminders(f.manager, upcoming.id)).sent).toBe(3);
		// The secret is stable (stored once), so links in sent mail stay valid.
		expect(await signingSecret()).toBe(await signingSecret());
	});
});
