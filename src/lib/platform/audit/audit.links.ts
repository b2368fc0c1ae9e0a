/**
 * How the admin audit view names an entity type and links to its record. Platform types are
 * registered here; a module registers its own types from its index
 * (`registerAuditEntity('meetings.meeting', { label: () => m.meetings_…(), href: (id) => … })`).
 */
import { m } from '#lib/paraglide/messages.js';

export interface AuditEntityInfo {
	/** Name of the record type in the current language, e.g. `() => m.auth_entity_user()`. */
	label: () => string;
	/** Page of the record; omit when the record has no page (or the id alone is not enough). */
	href?: (entityId: string) => string;
}

const entities = new Map<string, AuditEntityInfo>();

/** Register (or replace) how an entity type is shown in the audit view. */
export function registerAuditEntity(entityType: string, info: AuditEntityInfo): void {
	entities.set(entityType, info);
}

/** Label for an entity type; unregistered types are shown as stored. */
export function auditEntityLabel(entityType: string): string {
	return entities.get(entityType)?.label() ?? entityType;
}

/** Link to the record, when its type has a page and the record may still exist. */
export function auditEntityHref(
	entityType: string,
	entityId: string,
	action: string
): string | null {
	const info = entities.get(entityType);
	if (!info?.href || action === 'delete') return null;
	return info.href(entityId);
}

registerAuditEntity('auth.user', {
	label: () => m.audit_entity_user(),
	href: (id) => `/sprava/uzivatele/${encodeURIComponent(id)}`
});
registerAuditEntity('auth.api-token', { label: () => m.audit_entity_api_token() });
registerAuditEntity('mail.outbox', {
	label: () => m.audit_entity_mail(),
	href: (id) => `/sprava/posta/${encodeURIComponent(id)}`
});
registerAuditEntity('files.file', {
	label: () => m.audit_entity_file(),
	href: (id) => `/soubory/${encodeURIComponent(id)}`
});
