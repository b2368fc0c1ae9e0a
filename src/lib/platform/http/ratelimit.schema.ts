/**
 * Counters of the public write limit (anonymous forms: suggestions, consultation comments, survey
 * answers). Kept in the database so the limit holds across stateless app instances; the key
 * holds a hash of the client address, never the address itself.
 */
import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const rateLimits = pgTable(
	'http_rate_limits',
	{
		key: text().notNull(),
		windowStart: timestamp({ withTimezone: true }).notNull(),
		count: integer().notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.key, t.windowStart] })]
);
