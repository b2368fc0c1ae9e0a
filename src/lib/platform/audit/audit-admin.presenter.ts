/** Audit rows → rows of the admin audit table (who, what with a link, Czech verb, changed fields). */
import { m } from '#lib/paraglide/messages.js';
import { currentLocale, formatDateTime, plural } from '../i18n/format.ts';
import {
	actionLabel,
	presentChanges,
	type AuditEntry,
	type HistoryChangeView
} from './audit.presenter.ts';
import { auditEntityHref, auditEntityLabel } from './audit.links.ts';

export interface AuditRowView {
	id: number;
	at: string;
	atIso: string;
	who: string;
	entityType: string;
	entityLabel: string;
	entityId: string;
	href: string | null;
	action: string;
	actionLabel: string;
	changes: HistoryChangeView[];
	/** Text of the expandable summary: the changed fields, or "Celý záznam (12 polí)". */
	summary: string;
}

function summaryOf(action: string, changes: HistoryChangeView[]): string {
	if (action !== 'create' && action !== 'delete') return changes.map((c) => c.label).join(', ');
	const [one, few, many] = m.audit_admin_field_forms().split('|');
	return m.audit_admin_whole_record({
		count: changes.length,
		fields:
			currentLocale() === 'cs'
				? plural(changes.length, [one, few, many])
				: changes.length === 1
					? one
					: few
	});
}

/** One view row per audit entry; field names are shown as stored (no module labels here). */
export function presentAuditRows(rows: AuditEntry[]): AuditRowView[] {
	return rows.map((row) => {
		const changes = presentChanges(row, {});
		return {
			id: row.id,
			at: formatDateTime(row.occurredAt),
			atIso: new Date(row.occurredAt).toISOString(),
			who: row.actorLabel,
			entityType: row.entityType,
			entityLabel: auditEntityLabel(row.entityType),
			entityId: row.entityId,
			href: auditEntityHref(row.entityType, row.entityId, row.action),
			action: row.action,
			actionLabel: actionLabel(row.action),
			changes,
			summary: summaryOf(row.action, changes)
		};
	});
}
