/** The administrators' audit view: the whole log, filtered and paginated. */
import type { Actor } from '../access/actor.ts';
import { authorize } from '../access/can.ts';
import '../access/platform.permissions.ts';
import { parseInput } from '../http/validation.ts';
import {
	listAudit,
	listAuditActors,
	listAuditEntityTypes,
	type AuditActorOption,
	type AuditEntry,
	type AuditFilter
} from './audit.server.ts';
import { auditQuerySchema, pragueDayStart, type AuditQuery } from './audit.validation.ts';

export const AUDIT_PAGE_SIZE = 25;

/** The filter of a validated query, in the terms of `listAudit`. */
export function auditFilterOf(query: AuditQuery): AuditFilter {
	const filter: AuditFilter = {};
	if (query.uzivatel?.startsWith('system:')) filter.systemActorLabel = query.uzivatel.slice(7);
	else if (query.uzivatel) filter.actorId = query.uzivatel;
	if (query.typ) filter.entityType = query.typ;
	if (query.zaznam) filter.entityId = query.zaznam;
	if (query.od) filter.from = pragueDayStart(query.od) ?? undefined;
	if (query.do) filter.to = pragueDayStart(query.do, 1) ?? undefined;
	return filter;
}

/** Validate the GET query (400 `ValidationError` with Czech field messages) and load one page. */
export async function browseAudit(
	actor: Actor,
	raw: Record<string, string>
): Promise<{ query: AuditQuery; rows: AuditEntry[]; total: number; pageSize: number }> {
	authorize(actor, 'admin.audit.read');
	const query = parseInput(auditQuerySchema(), raw);
	const { rows, total } = await listAudit(auditFilterOf(query), {
		limit: AUDIT_PAGE_SIZE,
		offset: (query.strana - 1) * AUDIT_PAGE_SIZE
	});
	return { query, rows, total: Number(total), pageSize: AUDIT_PAGE_SIZE };
}

/** Choices of the filter form: users and system actors seen in the log, and entity types. */
export async function auditFilterOptions(
	actor: Actor
): Promise<{ actors: AuditActorOption[]; entityTypes: string[] }> {
	authorize(actor, 'admin.audit.read');
	const [actors, entityTypes] = await Promise.all([listAuditActors(), listAuditEntityTypes()]);
	return { actors, entityTypes };
}
