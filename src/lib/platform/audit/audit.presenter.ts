/**
 * Audit rows → what a reader of "Historie změn" sees: Czech time, who, a Czech verb, and the
 * changed fields with human-readable old/new values. Pure (no database), safe in the browser.
 */
import { m } from '#lib/paraglide/messages.js';
import {
	currentLocale,
	formatDate,
	formatDateTime,
	formatNumber,
	type Locale
} from '../i18n/format.ts';
import type { auditLog } from './audit.schema.ts';

/** One audit row as stored (same shape as `AuditEntry` of audit.server.ts). */
export type AuditEntry = typeof auditLog.$inferSelect;

export interface HistoryChangeView {
	field: string;
	label: string;
	before: string;
	after: string;
}

export interface HistoryEntryView {
	id: number;
	/** ISO timestamp for `<time datetime>`. */
	atIso: string;
	/** `1. 1. 2026 14:00`. */
	at: string;
	who: string;
	action: string;
	actionLabel: string;
	changes: HistoryChangeView[];
}

/** Fields that say nothing to a reader: the key itself and bookkeeping columns. */
const HIDDEN_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'version']);

type Opt = { locale?: Locale };
const ACTIONS: Record<string, (inputs: Record<string, never>, options: Opt) => string> = {
	create: m.audit_action_create,
	update: m.audit_action_update,
	delete: m.audit_action_delete,
	publish: m.audit_action_publish,
	unpublish: m.audit_action_unpublish,
	approve: m.audit_action_approve,
	reject: m.audit_action_reject,
	submit: m.audit_action_submit,
	archive: m.audit_action_archive,
	restore: m.audit_action_restore,
	cancel: m.audit_action_cancel,
	sign: m.audit_action_sign,
	import: m.audit_action_import,
	download: m.audit_action_download,
	resend: m.audit_action_resend
};

/** Czech (or English) verb for an audit action; unknown domain verbs are shown as stored. */
export function actionLabel(action: string, locale?: Locale): string {
	const message = ACTIONS[action];
	return message ? message({}, { locale }) : action;
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored JSON value as a reader should see it (dates Czech, booleans ano/ne, null "—"). */
export function formatAuditValue(value: unknown, locale?: Locale): string {
	const o = { locale };
	if (value === null || value === undefined || value === '') return m.audit_value_empty({}, o);
	if (value === '***') return m.audit_value_redacted({}, o);
	if (typeof value === 'boolean') return value ? m.audit_value_yes({}, o) : m.audit_value_no({}, o);
	// Four-digit integers stay ungrouped (years such as 2022; Czech typography allows it).
	if (typeof value === 'number') {
		return Number.isInteger(value) && Math.abs(value) < 10000
			? String(value)
			: formatNumber(value, locale, 6);
	}
	if (typeof value === 'string') {
		const dateOnly = ISO_DATE.exec(value);
		if (dateOnly) {
			// A calendar date: format without time-zone shifts.
			const [, y, mo, d] = dateOnly;
			return (locale ?? currentLocale()) === 'cs'
				? `${Number(d)}. ${Number(mo)}. ${y}`
				: formatDate(new Date(Date.UTC(+y, +mo - 1, +d, 12)), locale);
		}
		if (ISO_DATETIME.test(value) && !Number.isNaN(Date.parse(value))) {
			return formatDateTime(value, locale);
		}
		return value;
	}
	if (value instanceof Date) return formatDateTime(value, locale);
	if (Array.isArray(value)) {
		return value.length === 0
			? m.audit_value_empty({}, o)
			: value.map((item) => formatAuditValue(item, locale)).join(', ');
	}
	return JSON.stringify(value);
}

/** Changed fields of one entry, in the order of `labels` first, then as stored. */
export function presentChanges(
	entry: Pick<AuditEntry, 'before' | 'after'>,
	labels: Record<string, string>,
	locale?: Locale
): HistoryChangeView[] {
	const before = entry.before ?? {};
	const after = entry.after ?? {};
	const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
	const ordered = [
		...Object.keys(labels).filter((k) => keys.has(k)),
		...[...keys].filter((k) => !(k in labels))
	].filter((k) => !HIDDEN_FIELDS.has(k));
	return ordered.map((field) => ({
		field,
		label: labels[field] ?? field,
		before: formatAuditValue(before[field], locale),
		after: formatAuditValue(after[field], locale)
	}));
}

/** History rows (newest first, as `listHistory` returns them) → view models for `History.svelte`. */
/**
 * `actionLabels` names a module's own audit actions (e.g. `close`, `verify`); the platform's
 * generic verbs are the fallback.
 */
export function presentHistory(
	entries: AuditEntry[],
	labels: Record<string, string>,
	locale: Locale = 'cs',
	actionLabels: Record<string, string> = {}
): HistoryEntryView[] {
	return [...entries]
		.sort((a, b) => +new Date(b.occurredAt) - +new Date(a.occurredAt) || b.id - a.id)
		.map((entry) => ({
			id: entry.id,
			atIso: new Date(entry.occurredAt).toISOString(),
			at: formatDateTime(entry.occurredAt, locale),
			who: entry.actorLabel,
			action: entry.action,
			actionLabel: actionLabels[entry.action] ?? actionLabel(entry.action, locale),
			changes: presentChanges(entry, labels, locale)
		}));
}
