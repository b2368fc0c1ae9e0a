/** Instance-wide settings editable at run time (not environment): e.g. `demo` marks a demo instance. */
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const settings = pgTable('platform_settings', {
	key: text().primaryKey(),
	value: jsonb().$type<unknown>().notNull(),
	updatedAt: tstz().notNull().defaultNow()
});
