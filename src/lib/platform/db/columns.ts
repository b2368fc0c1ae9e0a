/**
 * Column helpers shared by every table: UUID keys, timestamps, the optimistic-locking version.
 * Tables are snake_case and prefixed by their module (`auth_users`, `meetings_minutes`).
 */
import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

export const id = () => uuid().primaryKey().defaultRandom();

export const timestamps = () => ({
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** Optimistic locking: every update sets `version = version + 1 WHERE version = :expected`. */
export const version = () => integer().notNull().default(1);

export const tstz = () => timestamp({ withTimezone: true });
