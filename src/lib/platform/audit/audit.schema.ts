/** The audit trail: one row per change of domain data, written in the same transaction. */
import { bigserial, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tstz } from '../db/columns.ts';

export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		occurredAt: tstz().notNull().defaultNow(),
		/** Null = the system (seeding, jobs, imports). */
		actorId: uuid(),
		/** Name or e-mail at the time of the change, so history stays readable after account deletion. */
		actorLabel: text().notNull(),
		/** Dotted entity type owned by a module: `auth.user`, `organisation.area`, `meetings.meeting`. */
		entityType: text().notNull(),
		entityId: text().notNull(),
		/** `create`, `update`, `delete` or a domain verb (`publish`, `approve`, …). */
		action: text().notNull(),
		before: jsonb().$type<Record<string, unknown> | null>(),
		after: jsonb().$type<Record<string, unknown> | null>(),
		/** Planning area the record belongs to, for coordinators' history views. */
		areaId: uuid()
	},
	(t) => [
		index('audit_log_entity_idx').on(t.entityType, t.entityId, t.occurredAt),
		index('audit_log_actor_idx').on(t.actorId, t.occurredAt),
		index('audit_log_occurred_idx').on(t.occurredAt),
		index('audit_log_area_idx').on(t.areaId, t.occurredAt)
	]
);
