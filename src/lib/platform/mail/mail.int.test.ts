import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '../db/client.server.ts';
import { useTestDatabase } from '../db/testing.server.ts';
import { overrideEnv } from '../config/env.server.ts';
import { ANONYMOUS, type Actor } from '../access/actor.ts';
import {
	ConflictError,
	ForbiddenError,
	UnauthorizedError,
	ValidationError
} from '../http/errors.ts';
import { jobs } from '../jobs/jobs.schema.ts';
import { runJobsOnce } from '../jobs/jobs.server.ts';
import { listHistory } from '../audit/audit.server.ts';
import { outbox } from './mail.schema.ts';
import { queueMail } from './mail.server.ts';
import {
	getOutboxAttachment,
	getOutboxMessage,
	listOutbox,
	resendMail
} from './mail.service.server.ts';
import { freePort, startTestSmtpServer, type TestSmtpServer } from './smtp.testing.server.ts';

useTestDatabase();

const admin: Actor = {
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000001',
	name: 'Správce',
	email: 'spravce@example.cz',
	grants: [{ role: 'admin' }]
};
const member: Actor = {
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000002',
	name: 'Člen',
	email: 'clen@example.cz',
	grants: [{ role: 'member', bodyId: '00000000-0000-4000-8000-000000000009' }]
};

let smtp: TestSmtpServer;
beforeAll(async () => {
	smtp = await startTestSmtpServer();
});
afterAll(async () => {
	overrideEnv({ SMTP_HOST: '', SMTP_PORT: undefined });
	await smtp.close();
});

const useSmtp = (port: number) => overrideEnv({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port) });
const mailJobs = (id: string) =>
	db()
		.select()
		.from(jobs)
		.where(and(eq(jobs.name, 'mail.send@1'), sql`${jobs.payload}->>'outboxId' = ${id}`));
const message = async (id: string) =>
	(await db().select().from(outbox).where(eq(outbox.id, id)))[0];
/** Make every waiting job due now (skip the backoff delay). */
const dueNow = () =>
	db()
		.update(jobs)
		.set({ runAt: new Date(Date.now() - 1000) })
		.where(eq(jobs.status, 'queued'));

const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';

describe('mail delivery', () => {
	it('only stores the message when SMTP is not configured', async () => {
		overrideEnv({ SMTP_HOST: '' });
		const { id } = await db().transaction((tx) =>
			queueMail(tx, { to: 'a@example.cz', subject: 'Bez SMTP', text: 'Ahoj', kind: 'test' })
		);
		expect((await message(id)).status).toBe('stored');
		expect(await mailJobs(id)).toHaveLength(0);
		expect((await runJobsOnce()).processed).toBe(0);
	});

	it('delivers over SMTP with attachments through the job', async () => {
		useSmtp(smtp.port);
		const { id } = await db().transaction((tx) =>
			queueMail(tx, {
				to: 'jana@example.cz',
				subject: 'Pozvánka na jednání',
				text: 'Dobrý den, odkaz: https://example.cz/jednani/1',
				kind: 'meetings.invitation',
				attachments: [
					{
						filename: 'pozvanka.ics',
						contentType: 'text/calendar; method=REQUEST',
						contentBase64: Buffer.from(ics).toString('base64')
					}
				]
			})
		);
		expect((await message(id)).status).toBe('queued');
		expect(await mailJobs(id)).toHaveLength(1);
		expect((await runJobsOnce()).done).toBe(1);
		const row = await message(id);
		expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
		expect(row.sentAt).toBeInstanceOf(Date);
		const mail = smtp.received.at(-1)!;
		expect(mail.to).toEqual(['jana@example.cz']);
		expect(mail.from).toBe('souhra@localhost');
		expect(mail.data).toMatch(/^X-Souhra-Kind: meetings\.invitation$/m);
		expect(mail.data).toContain('https://example.cz/jednani/1');
		expect(mail.data).toMatch(/filename="?pozvanka\.ics"?/);
		expect(mail.data).toContain(Buffer.from(ics).toString('base64').slice(0, 40));
	});

	it('sends nothing when the calling transaction rolls back', async () => {
		useSmtp(smtp.port);
		const before = (await db().select().from(outbox)).length;
		await expect(
			db().transaction(async (tx) => {
				await queueMail(tx, { to: 'x@example.cz', subject: 'Nic', text: '…', kind: 'test' });
				throw new Error('rollback');
			})
		).rejects.toThrow('rollback');
		expect(await db().select().from(outbox)).toHaveLength(before);
		expect((await runJobsOnce()).processed).toBe(0);
	});

	it('retries a refused connection, then marks the message failed; resend delivers it', async () => {
		useSmtp(await freePort());
		const { id } = await db().transaction((tx) =>
			queueMail(tx, {
				to: 'petr@example.cz',
				subject: 'Obnova hesla',
				text: 'x',
				kind: 'auth.password-reset'
			})
		);
		await runJobsOnce();
		let row = await message(id);
		expect(row).toMatchObject({ status: 'queued', attempts: 1 });
		expect(row.lastError).toMatch(/odmítl spojení/);
		expect((await runJobsOnce()).processed).toBe(0); // backoff: not yet due
		for (let i = 2; i <= 5; i++) {
			await dueNow();
			await runJobsOnce();
		}
		row = await message(id);
		expect(row).toMatchObject({ status: 'failed', attempts: 5 });
		const [job] = await mailJobs(id);
		expect(job).toMatchObject({ status: 'failed', attempts: 5 });

		useSmtp(smtp.port);
		await resendMail(admin, id);
		expect((await message(id)).status).toBe('queued');
		await runJobsOnce();
		expect(await message(id)).toMatchObject({ status: 'sent', attempts: 6, lastError: null });
		const history = await listHistory('mail.outbox', id);
		expect(history[0]).toMatchObject({ action: 'resend', actorLabel: 'Správce' });
	});

	it('fails at once when the server refuses the recipient permanently', async () => {
		useSmtp(smtp.port);
		smtp.rejectRecipients.add('nikdo@example.cz');
		const { id } = await db().transaction((tx) =>
			queueMail(tx, { to: 'nikdo@example.cz', subject: 'Test', text: 'x', kind: 'test' })
		);
		expect((await runJobsOnce()).failed).toBe(1);
		const row = await message(id);
		expect(row).toMatchObject({ status: 'failed', attempts: 1 });
		expect(row.lastError).toMatch(/odmítl/);
	});
});

describe('outbox administration', () => {
	it('refuses the anonymous public (401) and non-admins (403)', async () => {
		await expect(listOutbox(ANONYMOUS, {})).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(listOutbox(member, {})).rejects.toBeInstanceOf(ForbiddenError);
		const [any] = await db().select().from(outbox).limit(1);
		await expect(getOutboxMessage(member, any.id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(resendMail(ANONYMOUS, any.id)).rejects.toBeInstanceOf(UnauthorizedError);
	});

	it('lists newest first, filters by status and paginates', async () => {
		const all = await listOutbox(admin, { pageSize: 2 });
		expect(all.rows).toHaveLength(2);
		expect(all.total).toBe(4);
		expect(all.rows[0].createdAt >= all.rows[1].createdAt).toBe(true);
		expect('text' in all.rows[0]).toBe(false);
		const sent = await listOutbox(admin, { status: 'sent' });
		expect(sent.rows.length).toBeGreaterThan(0);
		expect(sent.rows.every((r) => r.status === 'sent')).toBe(true);
		await expect(listOutbox(admin, { status: 'bogus' as never })).rejects.toBeInstanceOf(
			ValidationError
		);
		await expect(listOutbox(admin, { page: 'x' as never })).rejects.toBeInstanceOf(ValidationError);
	});

	it('serves attachments and refuses to resend a message that did not fail', async () => {
		const [withAttachment] = await db()
			.select()
			.from(outbox)
			.where(eq(outbox.kind, 'meetings.invitation'));
		const attachment = await getOutboxAttachment(admin, withAttachment.id, 0);
		expect(attachment.data.toString()).toBe(ics);
		await expect(getOutboxAttachment(admin, withAttachment.id, 3)).rejects.toThrow(/Příloha/);
		useSmtp(smtp.port);
		await expect(resendMail(admin, withAttachment.id)).rejects.toBeInstanceOf(ConflictError);
		overrideEnv({ SMTP_HOST: '' });
		await expect(resendMail(admin, withAttachment.id)).rejects.toBeInstanceOf(ValidationError);
		await expect(getOutboxMessage(admin, 'not-a-uuid')).rejects.toThrow(/nebyla nalezena/);
	});
});
