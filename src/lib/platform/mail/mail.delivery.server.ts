/**
 * Delivery of one outbox message over SMTP (nodemailer). Called by the `mail.send@1` job; the
 * job mechanism retries, this file keeps the outbox row truthful (sending → sent / queued /
 * failed, attempts, last error in Czech).
 */
import { eq, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { db } from '../db/client.server.ts';
import { env } from '../config/env.server.ts';
import { PermanentJobError } from '../jobs/jobs.server.ts';
import { outbox } from './mail.schema.ts';

let cached: { key: string; transport: Transporter } | undefined;

/** One pooled-free transport per SMTP configuration (re-created when the env changes). */
function transport(): Transporter {
	const config = env();
	const options = {
		host: config.SMTP_HOST,
		port: config.SMTP_PORT,
		secure: config.SMTP_SECURE,
		auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } : undefined,
		connectionTimeout: 15_000,
		greetingTimeout: 15_000,
		socketTimeout: 60_000
	};
	const key = JSON.stringify(options);
	if (cached?.key !== key) cached = { key, transport: nodemailer.createTransport(options) };
	return cached.transport;
}

/** A nodemailer/socket error as one Czech sentence for the outbox list. */
export function explainSmtpError(error: unknown): string {
	const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
	const where = `${env().SMTP_HOST}:${env().SMTP_PORT}`;
	const said = e.message ?? '';
	if (e.code === 'ECONNREFUSED' || said.includes('ECONNREFUSED')) {
		return `Server SMTP ${where} odmítl spojení.`;
	}
	if (e.code === 'ENOTFOUND' || e.code === 'EDNS' || said.includes('ENOTFOUND')) {
		return `Server SMTP ${where} nebyl nalezen.`;
	}
	if (e.code === 'ETIMEDOUT' || e.code === 'ETIMEOUT') {
		return `Server SMTP ${where} neodpověděl včas.`;
	}
	if (e.code === 'EAUTH') return `Přihlášení k serveru SMTP ${where} bylo odmítnuto.`;
	if (e.code === 'ETLS' || e.code === 'ESOCKET') {
		return `Spojení se serverem SMTP ${where} selhalo: ${e.message ?? 'chyba spojení'}.`;
	}
	if (e.responseCode) return `Server SMTP zprávu odmítl (${e.response ?? e.responseCode}).`;
	return `Odeslání selhalo: ${e.message ?? String(error)}`;
}

/** A refusal the server will repeat (5xx on the envelope or content): no point in retrying. */
function isPermanent(error: unknown): boolean {
	const e = error as { responseCode?: number; code?: string };
	return e.code !== 'EAUTH' && typeof e.responseCode === 'number' && e.responseCode >= 500;
}

export interface DeliveryAttempt {
	/** This is the last attempt the job will make. */
	final: boolean;
}

/**
 * Send one stored message. Throws after recording the failure so the job retries; returns
 * quietly when there is nothing to do (already sent, deleted, SMTP switched off).
 */
export async function deliverMail(
	outboxId: string,
	attempt: DeliveryAttempt
): Promise<'sent' | 'skipped'> {
	const [message] = await db()
		.update(outbox)
		.set({ status: 'sending', attempts: sql`${outbox.attempts} + 1` })
		.where(sql`${outbox.id} = ${outboxId} and ${outbox.status} in ('queued', 'sending', 'failed')`)
		.returning();
	if (!message) return 'skipped';
	if (!env().SMTP_HOST) {
		await db().update(outbox).set({ status: 'stored' }).where(eq(outbox.id, outboxId));
		return 'skipped';
	}
	try {
		await transport().sendMail({
			from: env().SMTP_FROM,
			to: message.to,
			subject: message.subject,
			text: message.text,
			html: message.html ?? undefined,
			attachments: message.attachments.map((a) => ({
				filename: a.filename,
				contentType: a.contentType,
				content: a.contentBase64,
				encoding: 'base64'
			})),
			headers: { 'X-Souhra-Kind': message.kind }
		});
	} catch (error) {
		const permanent = isPermanent(error);
		const text = explainSmtpError(error);
		await db()
			.update(outbox)
			.set({ status: permanent || attempt.final ? 'failed' : 'queued', lastError: text })
			.where(eq(outbox.id, outboxId));
		throw permanent
			? new PermanentJobError(text, { cause: error })
			: new Error(text, { cause: error });
	}
	await db()
		.update(outbox)
		.set({ status: 'sent', sentAt: new Date(), lastError: null })
		.where(eq(outbox.id, outboxId));
	return 'sent';
}
