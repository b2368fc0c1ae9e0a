/**
 * The one audit mechanism. Every create/update/delete of domain data goes through
 * `auditedInsert` / `auditedUpdate` / `auditedDelete` (or `recordAudit` for domain verbs),
 * inside the caller's transaction, so the change and its history row commit together.
 * `auditedUpdate` also implements optimistic locking on tables with a `version` column.
 */
import { and, asc, count, desc, eq, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.server.ts';
import { db as defaultDb } from '../db/client.server.ts';
import { actorId, actorLabel, type Actor } from '../access/actor.ts';
import { ConflictError, NotFoundError } from '../http/errors.ts';
import { auditLog } from './audit.schema.ts';

export type AuditAction = 'create' | 'update' | 'delete' | (string & {});

export interface AuditEntryInput {
	entityType: string;
	entityId: string;
	action: AuditAction;
	before?: Record<string, unknown> | null;
	after?: Record<string, unknown> | null;
	areaId?: string | null;
}

export interface AuditOptions {
	/** Planning area the record belongs to (for area-scoped history). */
	areaId?: string | null;
	/** Columns never written to the log (their change is recorded as "***"). */
	redact?: string[];
}

/** Columns that change on every write, or are derived for search, and say nothing to a reader of the history. */
const NOISE = new Set(['updatedAt', 'version', 'searchText']);

type TableWithId = PgTable & { id: AnyPgColumn };
type Row = Record<string, unknown>;

function toJson(value: unknown): unknown {
	return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

function snapshot(row: Row, redact: string[] = []): Row {
	const out: Row = {};
	for (const [key, value] of Object.entries(row)) {
		if (NOISE.has(key)) continue;
		out[key] = redact.includes(key) ? (value == null ? null : '***') : toJson(value);
	}
	return out;
}

/** Only the fields whose value changed, as `{ before, after }`. */
export function diff(before: Row, after: Row, redact: string[] = []): { before: Row; after: Row } {
	const b = snapshot(before, redact);
	const a = snapshot(after, redact);
	const changedBefore: Row = {};
	const changedAfter: Row = {};
	for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
		const changed = redact.includes(key)
			? JSON.stringify(toJson(before[key])) !== JSON.stringify(toJson(after[key]))
			: JSON.stringify(b[key]) !== JSON.stringify(a[key]);
		if (changed) {
			changedBefore[key] = b[key] ?? null;
			changedAfter[key] = a[key] ?? null;
		}
	}
	return { before: changedBefore, after: changedAfter };
}

/** Write one history row (use inside the transaction of the change). */
export async function recordAudit(tx: Db, actor: Actor, entry: AuditEntryInput): Promise<void> {
	await tx.insert(auditLog).values({
		actorId: actorId(actor),
		actorLabel: actorLabel(actor),
		entityType: entry.entityType,
		entityId: entry.entityId,
		action: entry.action,
		before: entry.before ?? null,
		after: entry.after ?? null,
		areaId: entry.areaId ?? null
	});
}

/** Insert a row and record `create`. */
export async function auditedInsert<T extends TableWithId>(
	tx: Db,
	actor: Actor,
	table: T,
	entityType: string,
	values: T['$inferInsert'],
	options: AuditOptions = {}
): Promise<T['$inferSelect']> {
	const [row] = (await tx
		.insert(table)
		.values(values as never)
		.returning()) as Row[];
	await recordAudit(tx, actor, {
		entityType,
		entityId: String(row.id),
		action: 'create',
		after: snapshot(row, options.redact),
		areaId: options.areaId
	});
	return row as T['$inferSelect'];
}

export interface UpdateOptions extends AuditOptions {
	/**
	 * Optimistic locking: the version the editor loaded. When another writer has bumped it,
	 * `ConflictError` (409) carries the current row and nothing is written.
	 */
	expectedVersion?: number;
	/** Audit action name when the update is a domain verb (`publish`, `approve`). */
	action?: AuditAction;
}

/** Update one row by id, bump `version` when the table has one, and record the changed fields. */
export async function auditedUpdate<T extends TableWithId>(
	tx: Db,
	actor: Actor,
	table: T,
	entityType: string,
	id: string,
	values: Partial<T['$inferInsert']>,
	options: UpdateOptions = {}
): Promise<T['$inferSelect']> {
	const cols = table as unknown as Record<string, AnyPgColumn>;
	const [before] = (await tx
		.select()
		.from(table as PgTable)
		.where(eq(table.id, id))
		.for('update')) as Row[];
	if (!before) throw new NotFoundError();
	const hasVersion = 'version' in cols;
	if (
		hasVersion &&
		options.expectedVersion !== undefined &&
		before.version !== options.expectedVersion
	) {
		throw new ConflictError(undefined, before);
	}
	const set: Row = { ...values };
	if ('updatedAt' in cols) set.updatedAt = new Date();
	if (hasVersion) set.version = sql`${cols.version} + 1`;
	const [after] = (await tx
		.update(table)
		.set(set as never)
		.where(eq(table.id, id))
		.returning()) as Row[];
	const changes = diff(before, after, options.redact);
	if (Object.keys(changes.after).length > 0 || options.action) {
		await recordAudit(tx, actor, {
			entityType,
			entityId: id,
			action: options.action ?? 'update',
			before: changes.before,
			after: changes.after,
			areaId: options.areaId
		});
	}
	return after as T['$inferSelect'];
}

/** Delete one row by id and record its last state. */
export async function auditedDelete<T extends TableWithId>(
	tx: Db,
	actor: Actor,
	table: T,
	entityType: string,
	id: string,
	options: AuditOptions & { expectedVersion?: number } = {}
): Promise<T['$inferSelect']> {
	const cols = table as unknown as Record<string, AnyPgColumn>;
	const [before] = (await tx
		.select()
		.from(table as PgTable)
		.where(eq(table.id, id))
		.for('update')) as Row[];
	if (!before) throw new NotFoundError();
	if (
		'version' in cols &&
		options.expectedVersion !== undefined &&
		before.version !== options.expectedVersion
	) {
		throw new ConflictError(undefined, before);
	}
	await tx.delete(table).where(eq(table.id, id));
	await recordAudit(tx, actor, {
		entityType,
		entityId: id,
		action: 'delete',
		before: snapshot(before, options.redact),
		areaId: options.areaId
	});
	return before as T['$inferSelect'];
}

export type AuditEntry = typeof auditLog.$inferSelect;

/** History of one record, newest first. */
export async function listHistory(
	entityType: string,
	entityId: string,
	{ limit = 50, offset = 0 }: { limit?: number; offset?: number } = {}
): Promise<AuditEntry[]> {
	return defaultDb()
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
		.orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
		.limit(limit)
		.offset(offset);
}

export interface AuditFilter {
	actorId?: string;
	/** Changes by the system (no user) with this label, e.g. `systém: seed`. */
	systemActorLabel?: string;
	entityType?: string;
	entityId?: string;
	areaId?: string;
	/** Inclusive. */
	from?: Date;
	/** Exclusive. */
	to?: Date;
}

function whereOf(filter: AuditFilter): SQL | undefined {
	const parts: SQL[] = [];
	if (filter.actorId) parts.push(eq(auditLog.actorId, filter.actorId));
	if (filter.systemActorLabel) {
		parts.push(and(isNull(auditLog.actorId), eq(auditLog.actorLabel, filter.systemActorLabel))!);
	}
	if (filter.entityType) parts.push(eq(auditLog.entityType, filter.entityType));
	if (filter.entityId) parts.push(eq(auditLog.entityId, filter.entityId));
	if (filter.areaId) parts.push(eq(auditLog.areaId, filter.areaId));
	if (filter.from) parts.push(gte(auditLog.occurredAt, filter.from));
	if (filter.to) parts.push(lt(auditLog.occurredAt, filter.to));
	return parts.length ? and(...parts) : undefined;
}

/** The admin audit view: filtered, newest first, paginated. */
export async function listAudit(
	filter: AuditFilter,
	{ limit = 50, offset = 0 }: { limit?: number; offset?: number } = {}
): Promise<{ rows: AuditEntry[]; total: number }> {
	const where = whereOf(filter);
	const [rows, [{ n }]] = await Promise.all([
		defaultDb()
			.select()
			.from(auditLog)
			.where(where)
			.orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
			.limit(limit)
			.offset(offset),
		defaultDb().select({ n: count() }).from(auditLog).where(where)
	]);
	return { rows, total: n };
}

export interface AuditActorOption {
	/** User id, or null for the system. */
	actorId: string | null;
	/** The user's most recent label in the log, or the system label. */
	label: string;
}

/** Everyone who appears in the log (users by id with their latest name, system labels), for filters. */
export async function listAuditActors(): Promise<AuditActorOption[]> {
	const [users, system] = await Promise.all([
		defaultDb()
			.selectDistinctOn([auditLog.actorId], {
				actorId: auditLog.actorId,
				label: auditLog.actorLabel
			})
			.from(auditLog)
			.where(sql`${auditLog.actorId} is not null`)
			.orderBy(auditLog.actorId, desc(auditLog.occurredAt)),
		defaultDb()
			.selectDistinct({ label: auditLog.actorLabel })
			.from(auditLog)
			.where(isNull(auditLog.actorId))
			.orderBy(asc(auditLog.actorLabel))
	]);
	return [...users, ...system.map((s) => ({ actorId: null, label: s.label }))];
}

/** Distinct entity types in the log, for filters. */
export async function listAuditEntityTypes(): Promise<string[]> {
	const rows = await defaultDb()
		.selectDistinct({ type: auditLog.entityType })
		.from(auditLog)
		.orderBy(asc(auditLog.entityType));
	return rows.map((r) => r.type);
}
