/** Administrators' outbox: list, read one message, download an attachment, send a failed one again. */
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '../access/actor.ts';
import { authorize } from '../access/can.ts';
import { db, type Db } from '../db/client.server.ts';
import { recordAudit } from '../audit/audit.server.ts';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors.ts';
import { fields, parseInput } from '../http/validation.ts';
import { enqueueJob } from '../jobs/jobs.server.ts';
import '../access/platform.permissions.ts';
import './mail.permissions.ts';
import { outbox, type OutboxAttachment } from './mail.schema.ts';
import { MAIL_SEND_JOB } from './mail.jobs.server.ts';
import { smtpConfigured } from './mail.server.ts';
import { outboxQuerySchema, type OutboxQuery } from './mail.validation.ts';

export type OutboxMessage = typeof outbox.$inferSelect;
export type OutboxSummary = Omit<OutboxMessage, 'text' | 'html' | 'attachments'> & {
	attachmentCount: number;
};

/** Newest first, paginated, optionally by status; bodies are left out of the list. */
export async function listOutbox(
	actor: Actor,
	query: OutboxQuery
): Promise<{ rows: OutboxSummary[]; total: number; page: number; pageSize: number }> {
	authorize(actor, 'admin.outbox.read');
	const { page, pageSize, status } = parseInput(outboxQuerySchema, query);
	const parts: SQL[] = [];
	if (status) parts.push(eq(outbox.status, status));
	const where = parts.length ? and(...parts) : undefined;
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select()
			.from(outbox)
			.where(where)
			.orderBy(desc(outbox.createdAt), desc(outbox.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db().select({ n: count() }).from(outbox).where(where)
	]);
	return {
		rows: rows.map(({ text: _t, html: _h, attachments, ...row }) => ({
			...row,
			attachmentCount: attachments.length
		})),
		total: Number(n),
		page,
		pageSize
	};
}

const idSchema = fields.uuid();

async function findMessage(id: string, tx: Db = db()): Promise<OutboxMessage> {
	if (!idSchema.safeParse(id).success) throw new NotFoundError('Zpráva nebyla nalezena.');
	const [row] = await tx.select().from(outbox).where(eq(outbox.id, id));
	if (!row) throw new NotFoundError('Zpráva nebyla nalezena.');
	return row;
}

/** The full message with body and attachments. */
export async function getOutboxMessage(actor: Actor, id: string): Promise<OutboxMessage> {
	authorize(actor, 'admin.outbox.read');
	return findMessage(id);
}

/** One attachment's bytes (index as in the message's attachment list). */
export async function getOutboxAttachment(
	actor: Actor,
	id: string,
	index: number
): Promise<OutboxAttachment & { data: Buffer }> {
	authorize(actor, 'admin.outbox.read');
	const message = await findMessage(id);
	const attachment = Number.isInteger(index) ? message.attachments[index] : undefined;
	if (!attachment) throw new NotFoundError('Příloha nebyla nalezena.');
	return { ...attachment, data: Buffer.from(attachment.contentBase64, 'base64') };
}

/** Put a failed message back in the queue (and record who did it). */
export async function resendMail(actor: Actor, id: string): Promise<void> {
	authorize(actor, 'admin.outbox.resend');
	if (!smtpConfigured()) {
		throw new ValidationError(
			{ _form: ['Odesílání e-mailů není nastaveno (chybí SMTP_HOST), zprávu nelze odeslat.'] },
			'Zprávu nelze odeslat.'
		);
	}
	await findMessage(id);
	await db().transaction(async (tx) => {
		const [row] = await tx
			.update(outbox)
			.set({ status: 'queued' })
			.where(and(eq(outbox.id, id), eq(outbox.status, 'failed')))
			.returning({ id: outbox.id });
		if (!row) {
			await findMessage(id, tx);
			throw new ConflictError('Znovu lze odeslat jen zprávu, jejíž odeslání selhalo.');
		}
		await enqueueJob(tx, MAIL_SEND_JOB, { outboxId: id });
		await recordAudit(tx, actor, {
			entityType: 'mail.outbox',
			entityId: id,
			action: 'resend',
			before: { status: 'failed' },
			after: { status: 'queued' }
		});
	});
}
