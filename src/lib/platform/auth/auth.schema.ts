/** Accounts, sessions, password resets, API tokens and login attempts. */
import { boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { id, timestamps, tstz, version } from '../db/columns.ts';

export const users = pgTable(
	'auth_users',
	{
		id: id(),
		/** Stored lower-case; unique. */
		email: text().notNull(),
		name: text().notNull(),
		/** argon2id hash; null = the account cannot log in with a password yet. */
		passwordHash: text(),
		isActive: boolean().notNull().default(true),
		/** Preferred UI language (`cs`, `en`). */
		locale: text().notNull().default('cs'),
		lastLoginAt: tstz(),
		...timestamps(),
		version: version()
	},
	(t) => [uniqueIndex('auth_users_email_uq').on(sql`lower(${t.email})`)]
);

export const sessions = pgTable(
	'auth_sessions',
	{
		/** SHA-256 of the cookie value; the cookie value itself is never stored. */
		id: text().primaryKey(),
		userId: uuid()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: tstz().notNull(),
		createdAt: tstz().notNull().defaultNow(),
		userAgent: text()
	},
	(t) => [
		index('auth_sessions_user_idx').on(t.userId),
		index('auth_sessions_expires_idx').on(t.expiresAt)
	]
);

export const apiTokens = pgTable(
	'auth_api_tokens',
	{
		id: id(),
		userId: uuid()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		/** SHA-256 of the token. */
		tokenHash: text().notNull(),
		/** First characters of the token, shown to recognise it. */
		prefix: text().notNull(),
		lastUsedAt: tstz(),
		expiresAt: tstz(),
		revokedAt: tstz(),
		createdAt: tstz().notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('auth_api_tokens_hash_uq').on(t.tokenHash),
		index('auth_api_tokens_user_idx').on(t.userId)
	]
);

export const passwordResets = pgTable(
	'auth_password_resets',
	{
		id: id(),
		userId: uuid()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		tokenHash: text().notNull(),
		expiresAt: tstz().notNull(),
		usedAt: tstz(),
		createdAt: tstz().notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('auth_password_resets_hash_uq').on(t.tokenHash),
		index('auth_password_resets_user_idx').on(t.userId)
	]
);

export const loginAttempts = pgTable(
	'auth_login_attempts',
	{
		id: id(),
		/** Lower-cased e-mail or `ip:<address>`. */
		key: text().notNull(),
		succeeded: boolean().notNull(),
		at: tstz().notNull().defaultNow()
	},
	(t) => [index('auth_login_attempts_key_at_idx').on(t.key, t.at)]
);
