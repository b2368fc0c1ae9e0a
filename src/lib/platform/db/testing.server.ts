/**
 * Test databases: a fresh in-memory PGlite per test file, or — when TEST_DATABASE_URL is set —
 * a fresh database on that PostgreSQL server, so test files can run in parallel.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { env } from '../config/env.server.ts';
import { openPglite, openPostgres, setDatabase, type Database } from './client.server.ts';
import { migrate } from './migrate.server.ts';

export async function createTestDatabase(): Promise<Database> {
	const adminUrl = env().TEST_DATABASE_URL;
	if (!adminUrl) {
		const database = await openPglite(undefined);
		await migrate(database.db);
		return database;
	}
	const name = `souhra_t_${randomBytes(6).toString('hex')}`;
	const admin = await openPostgres(adminUrl, 1);
	await admin.db.execute(sql.raw(`create database ${name}`));
	await admin.close();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const database = await openPostgres(url.toString(), 4);
	await migrate(database.db);
	return {
		...database,
		close: async () => {
			await database.close();
			const cleanup = await openPostgres(adminUrl, 1);
			await cleanup.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
			await cleanup.close();
		}
	};
}

/** Give this test file its own migrated database, installed as the process database. */
export function useTestDatabase(): { current: () => Database } {
	let database: Database | undefined;
	beforeAll(async () => {
		database = await createTestDatabase();
		setDatabase(database);
	});
	afterAll(async () => {
		setDatabase(undefined);
		await database?.close();
	});
	return {
		current: () => {
			if (!database) throw new Error('test database not ready');
			return database;
		}
	};
}
