/**
 * Outgoing e-mail. `queueMail` stores the message in the outbox inside the caller's transaction.
 * With SMTP configured it is `queued` for delivery; without SMTP it is `stored` and administrators
 * read it in Správa → Odchozí pošta (so password reset works on the embedded default).
 */
import type { Db } from '../db/client.server.ts';
import { env } from '../config/env.server.ts';
import { enqueueJob } from '../jobs/jobs.server.ts';
import { outbox, type OutboxAttachment } from './mail.schema.ts';
import { MAIL_SEND_JOB } from './mail.jobs.server.ts';

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
	html?: string | null;
	/** What the message is about: `auth.password-reset`, `meetings.invitation`, … */
	kind: string;
	attachments?: OutboxAttachment[];
}

/** True when an SMTP server is configured, i.e. messages are delivered rather than only stored. */
export function smtpConfigured(): boolean {
	return !!env().SMTP_HOST;
}

/**
 * Store a message inside the caller's transaction and, with SMTP configured, enqueue its
 * delivery job in the same transaction (so a rolled-back change sends nothing).
 */
export async function queueMail(tx: Db, message: MailMessage): Promise<{ id: string }> {
	const deliver = smtpConfigured();
	const [row] = await tx
		.insert(outbox)
		.values({
			to: message.to,
			subject: message.subject,
			text: message.text,
			html: message.html ?? null,
			kind: message.kind,
			attachments: message.attachments ?? [],
			status: deliver ? 'queued' : 'stored'
		})
		.returning({ id: outbox.id });
	if (deliver) await enqueueJob(tx, MAIL_SEND_JOB, { outboxId: row.id });
	return row;
}
