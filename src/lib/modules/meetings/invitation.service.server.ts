/**
 * Invitations and reminders by e-mail: one message per member with an address, with the
 * agenda, a personal excuse link (signed, no login) and the meeting as an ICS attachment. The
 * messages go to the outbox inside the transaction; the mail job delivers them.
 */
import { and, asc, eq } from 'drizzle-orm';
import { actorLabel, type Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { auditedUpdate, recordAudit } from '#lib/platform/audit/audit.server.ts';
import { env } from '#lib/platform/config/env.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { formatDate, formatTime } from '#lib/platform/i18n/format.ts';
import { queueMail } from '#lib/platform/mail/mail.server.ts';
import { agendaItems, attendance, meetings } from './meeting.schema.ts';
import { agendaProposalDeadline, transitionProblem } from './meeting.rules.ts';
import {
	areaName,
	ENTITY,
	fieldError,
	findBodyRow,
	findMeeting,
	scopeOf,
	statuteOf,
	type BodyRow,
	type Meeting
} from './meeting.store.server.ts';
import { ensureAttendanceRows } from './attendance.service.server.ts';
import { membersOn } from './member.store.server.ts';
import { signExcuseToken, signingSecret } from './excuse.token.server.ts';
import { meetingIcs } from './meeting.ics.server.ts';
import { pragueDate } from './meeting.time.ts';
import './meeting.permissions.ts';

export interface InvitationResult {
	/** Messages placed in the outbox. */
	sent: number;
	/** Members who got nothing because they have no e-mail address (tell them otherwise). */
	withoutEmail: string[];
}

/** Base address for links in e-mails: PUBLIC_URL, else the request origin. */
function baseUrl(origin?: string): string {
	const url = env().PUBLIC_URL ?? origin ?? `http://localhost:${env().PORT}`;
	return url.replace(/\/+$/, '');
}

function whenText(meeting: Meeting): string {
	const end = meeting.endsAt ? `–${formatTime(meeting.endsAt, 'cs')}` : '';
	return `${formatDate(meeting.startsAt, 'cs')} v ${formatTime(meeting.startsAt, 'cs')}${end}`;
}

interface MailContext {
	meeting: Meeting;
	body: BodyRow;
	area: string;
	agenda: string[];
	base: string;
	sender: string;
}

function messageText(kind: 'invitation' | 'reminder', ctx: MailContext, excuseUrl: string): string {
	const { meeting, body } = ctx;
	const lines = [
		'Dobrý den,',
		'',
		kind === 'invitation'
			? `zveme Vás na jednání skupiny „${body.name}“ (${ctx.area}).`
			: `připomínáme blížící se jednání skupiny „${body.name}“ (${ctx.area}).`,
		'',
		`Kdy: ${whenText(meeting)}`
	];
	if (meeting.place) lines.push(`Kde: ${meeting.place}`);
	if (meeting.room) lines.push(`Místnost: ${meeting.room}`);
	if (meeting.onlineUrl) lines.push(`Připojení online: ${meeting.onlineUrl}`);
	if (ctx.agenda.length) {
		lines.push('', 'Program:', ...ctx.agenda.map((title, i) => `${i + 1}. ${title}`));
	}
	if (kind === 'invitation') {
		const deadline = agendaProposalDeadline(meeting.startsAt, statuteOf(body));
		if (deadline > new Date()) {
			lines.push(
				'',
				`Návrhy dalších bodů programu můžete podat do ${formatDate(deadline, 'cs')} ${formatTime(deadline, 'cs')}.`
			);
		}
	}
	lines.push(
		'',
		'Pokud se nemůžete zúčastnit, omluvte se prosím tímto odkazem (přihlášení není potřeba):',
		excuseUrl,
		'',
		'Termín si můžete uložit do kalendáře z přílohy (soubor .ics).',
		'',
		'S pozdravem',
		ctx.sender
	);
	return lines.join('\n');
}

async function mailContext(
	tx: Db,
	actor: Actor,
	meeting: Meeting,
	body: BodyRow,
	origin?: string
): Promise<MailContext> {
	const items = await tx
		.select({ title: agendaItems.title })
		.from(agendaItems)
		.where(and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.status, 'accepted')))
		.orderBy(asc(agendaItems.position));
	return {
		meeting,
		body,
		area: await areaName(body.areaId, tx),
		agenda: items.map((i) => i.title),
		base: baseUrl(origin),
		sender: actor.kind === 'user' ? actorLabel(actor) : body.name
	};
}

async function queueAll(
	tx: Db,
	kind: 'invitation' | 'reminder',
	ctx: MailContext,
	skip: Set<string>
): Promise<InvitationResult> {
	const { meeting, body } = ctx;
	const members = await membersOn(tx, meeting.bodyId, pragueDate(meeting.startsAt));
	const secret = await signingSecret(tx);
	const ics = meetingIcs({
		meeting,
		body,
		areaName: ctx.area,
		agenda: ctx.agenda,
		publicUrl: ctx.base
	});
	const attachment = {
		filename: 'jednani.ics',
		contentType: 'text/calendar; charset=utf-8',
		contentBase64: Buffer.from(ics, 'utf8').toString('base64')
	};
	const prefix = kind === 'invitation' ? 'Pozvánka' : 'Připomenutí';
	const subject = `${prefix}: ${body.name}, ${formatDate(meeting.startsAt, 'cs')} ${formatTime(meeting.startsAt, 'cs')}`;
	const result: InvitationResult = { sent: 0, withoutEmail: [] };
	for (const member of members) {
		if (skip.has(member.personId)) continue;
		if (!member.email) {
			result.withoutEmail.push(member.name);
			continue;
		}
		const token = signExcuseToken(secret, meeting.id, member.personId, meeting.startsAt);
		await queueMail(tx, {
			to: member.email,
			subject,
			text: messageText(kind, ctx, `${ctx.base}/omluva/${token}`),
			kind: `meetings.${kind}`,
			attachments: [attachment]
		});
		result.sent++;
	}
	return result;
}

/**
 * Invite all members of a future meeting (status → "Pozvánky rozeslány"). Sending again after
 * a change is allowed while the meeting is still ahead.
 */
export async function sendInvitations(
	actor: Actor,
	meetingId: string,
	options: { origin?: string } = {}
): Promise<InvitationResult> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.manage', await scopeOf(meeting));
	const from = meeting.status === 'invited' ? 'planned' : meeting.status;
	const problem = transitionProblem(from, 'invited', meeting.startsAt);
	if (problem) throw fieldError('status', problem);
	const body = await findBodyRow(meeting.bodyId);
	return db().transaction(async (tx) => {
		await ensureAttendanceRows(tx, actor, meeting);
		const ctx = await mailContext(tx, actor, meeting, body, options.origin);
		const result = await queueAll(tx, 'invitation', ctx, new Set());
		await auditedUpdate(
			tx,
			actor,
			meetings,
			ENTITY.meeting,
			meeting.id,
			{ status: 'invited', invitedAt: meeting.invitedAt ?? new Date() },
			{ areaId: meeting.areaId, action: 'invite' }
		);
		await recordAudit(tx, actor, {
			entityType: ENTITY.meeting,
			entityId: meeting.id,
			action: 'invitations-sent',
			after: { sent: result.sent, withoutEmail: result.withoutEmail.length },
			areaId: meeting.areaId
		});
		return result;
	});
}

/** Remind invited members who have not excused themselves. */
export async function sendReminders(
	actor: Actor,
	meetingId: string,
	options: { origin?: string } = {}
): Promise<InvitationResult> {
	const meeting = await findMeeting(meetingId);
	authorize(actor, 'meetings.manage', await scopeOf(meeting));
	if (meeting.status !== 'invited') {
		throw fieldError(
			'status',
			'Připomenutí lze poslat jen k jednání, na které už byly rozeslány pozvánky.'
		);
	}
	if (meeting.startsAt.getTime() <= Date.now()) {
		throw fieldError(
			'status',
			'Připomenutí nelze poslat k jednání, které už začalo nebo proběhlo.'
		);
	}
	const body = await findBodyRow(meeting.bodyId);
	return db().transaction(async (tx) => {
		const excused = await tx
			.select({ personId: attendance.personId })
			.from(attendance)
			.where(and(eq(attendance.meetingId, meeting.id), eq(attendance.status, 'excused')));
		const ctx = await mailContext(tx, actor, meeting, body, options.origin);
		const result = await queueAll(tx, 'reminder', ctx, new Set(excused.map((r) => r.personId!)));
		await recordAudit(tx, actor, {
			entityType: ENTITY.meeting,
			entityId: meeting.id,
			action: 'reminders-sent',
			after: { sent: result.sent, withoutEmail: result.withoutEmail.length },
			areaId: meeting.areaId
		});
		return result;
	});
}
