/**
 * Role assignments. Scopes point at module records (area, body, organisation) by id without
 * foreign keys, because the platform knows no module tables.
 */
import { index, pgEnum, pgTable, uuid } from 'drizzle-orm/pg-core';
import { id, tstz } from '../db/columns.ts';
import { users } from '../auth/auth.schema.ts';

export const roleEnum = pgEnum('access_role', [
	'admin',
	'coordinator',
	'manager',
	'member',
	'provider'
]);

export const roleAssignments = pgTable(
	'access_role_assignments',
	{
		id: id(),
		userId: uuid()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: roleEnum().notNull(),
		/** coordinator: the planning area (and its sub-areas). */
		areaId: uuid(),
		/** manager / member: the body (steering or working group). */
		bodyId: uuid(),
		/** provider: the organisation. */
		organisationId: uuid(),
		createdAt: tstz().notNull().defaultNow(),
		createdById: uuid()
	},
	(t) => [
		index('access_role_assignments_user_idx').on(t.userId),
		index('access_role_assignments_area_idx').on(t.areaId)
	]
);
