/** Outbox rows → what administrators read: Czech status and kind, clickable links in the body. */
import { m } from '#lib/paraglide/messages.js';
import { formatDateTime, type Locale } from '../i18n/format.ts';
import { OUTBOX_STATUSES, type OutboxStatus } from './mail.validation.ts';
import type { outbox } from './mail.schema.ts';

type Opt = { locale?: Locale };
const STATUS: Record<OutboxStatus, (i: Record<string, never>, o: Opt) => string> = {
	queued: m.mail_status_queued,
	sending: m.mail_status_sending,
	sent: m.mail_status_sent,
	failed: m.mail_status_failed,
	stored: m.mail_status_stored
};

/** Badge tone per status (the text always carries the meaning, the tone only supports it). */
export const STATUS_TONE: Record<
	OutboxStatus,
	'info' | 'success' | 'warning' | 'danger' | 'neutral'
> = {
	queued: 'info',
	sending: 'info',
	sent: 'success',
	failed: 'danger',
	stored: 'neutral'
};

export function outboxStatusLabel(status: OutboxStatus, locale?: Locale): string {
	return STATUS[status]({}, { locale });
}

const KINDS: Record<string, (i: Record<string, never>, o: Opt) => string> = {
	'auth.password-reset': m.mail_kind_password_reset,
	'auth.invitation': m.mail_kind_invitation,
	'auth.password-set': m.mail_kind_invitation,
	'meetings.invitation': m.mail_kind_meeting_invitation
};

/** Czech name of a message kind; unknown kinds are shown as stored. */
export function outboxKindLabel(kind: string, locale?: Locale): string {
	return KINDS[kind]?.({}, { locale }) ?? kind;
}

export type TextSegment = { text: string; href?: string };

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** Split plain text into text and link segments, so URLs render as links without any HTML. */
export function linkify(text: string): TextSegment[] {
	const out: TextSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(URL_PATTERN)) {
		let url = match[0];
		// Sentence punctuation after a link is not part of it.
		while (/[.,;:!?)\]]$/.test(url)) url = url.slice(0, -1);
		const start = match.index ?? 0;
		if (start > last) out.push({ text: text.slice(last, start) });
		out.push({ text: url, href: url });
		last = start + url.length;
	}
	if (last < text.length) out.push({ text: text.slice(last) });
	return out;
}

export interface OutboxRowView {
	id: string;
	created: string;
	createdIso: string;
	to: string;
	subject: string;
	kind: string;
	kindLabel: string;
	status: OutboxStatus;
	statusLabel: string;
	tone: (typeof STATUS_TONE)[OutboxStatus];
	attempts: number;
	lastError: string | null;
	sent: string | null;
}

type OutboxRow = Pick<
	typeof outbox.$inferSelect,
	'id' | 'createdAt' | 'to' | 'subject' | 'kind' | 'status' | 'attempts' | 'lastError' | 'sentAt'
>;

/** One outbox row for the admin list and the message header. */
export function presentOutboxRow(row: OutboxRow): OutboxRowView {
	return {
		id: row.id,
		created: formatDateTime(row.createdAt),
		createdIso: new Date(row.createdAt).toISOString(),
		to: row.to,
		subject: row.subject,
		kind: row.kind,
		kindLabel: outboxKindLabel(row.kind),
		status: row.status,
		statusLabel: outboxStatusLabel(row.status),
		tone: STATUS_TONE[row.status],
		attempts: row.attempts,
		lastError: row.lastError,
		sent: row.sentAt ? formatDateTime(row.sentAt) : null
	};
}

/** Choices of the status filter, in the current language. */
export function outboxStatusOptions(): { value: OutboxStatus; label: string }[] {
	return OUTBOX_STATUSES.map((value) => ({ value, label: outboxStatusLabel(value) }));
}
