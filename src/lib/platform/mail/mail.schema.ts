/** Every outgoing e-mail is stored here first; a job delivers it (or it stays for admins to read). */
import { index, integer, jsonb, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { id, tstz } from '../db/columns.ts';

export const outboxStatusEnum = pgEnum('mail_outbox_status', [
	'queued',
	'sending',
	'sent',
	'failed',
	'stored'
]);

export type OutboxAttachment = { filename: string; contentType: string; contentBase64: string };

export const outbox = pgTable(
	'mail_outbox',
	{
		id: id(),
		to: text().notNull(),
		subject: text().notNull(),
		text: text().notNull(),
		html: text(),
		attachments: jsonb().$type<OutboxAttachment[]>().notNull().default([]),
		status: outboxStatusEnum().notNull().default('queued'),
		attempts: integer().notNull().default(0),
		lastError: text(),
		/** What the message is about, e.g. `auth.password-reset`, `meetings.invitation`. */
		kind: text().notNull(),
		createdAt: tstz().notNull().defaultNow(),
		sentAt: tstz()
	},
	(t) => [
		index('mail_outbox_status_idx').on(t.status, t.createdAt),
		index('mail_outbox_created_idx').on(t.createdAt)
	]
);
