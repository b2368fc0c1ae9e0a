/** Background jobs: a table queue claimed with FOR UPDATE SKIP LOCKED (PostgreSQL and PGlite). */
import { index, integer, jsonb, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { id, tstz } from '../db/columns.ts';

export const jobStatusEnum = pgEnum('jobs_status', ['queued', 'running', 'done', 'failed']);

export const jobs = pgTable(
	'jobs_jobs',
	{
		id: id(),
		/** Dotted and versioned: `mail.send@1`, `catalogue.registry-import@1`. */
		name: text().notNull(),
		payload: jsonb().$type<unknown>().notNull(),
		status: jobStatusEnum().notNull().default('queued'),
		attempts: integer().notNull().default(0),
		maxAttempts: integer().notNull().default(5),
		runAt: tstz().notNull().defaultNow(),
		lockedAt: tstz(),
		lockedBy: text(),
		lastError: text(),
		progress: integer().notNull().default(0),
		progressTotal: integer(),
		progressMessage: text(),
		result: jsonb().$type<unknown>(),
		createdAt: tstz().notNull().defaultNow(),
		finishedAt: tstz()
	},
	(t) => [
		index('jobs_jobs_claim_idx').on(t.status, t.runAt),
		index('jobs_jobs_name_idx').on(t.name, t.createdAt)
	]
);
