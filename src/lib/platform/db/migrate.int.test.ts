import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from './client.server.ts';
import {
	assertNotNewer,
	migrate,
	NewerSchemaError,
	readMigrations,
	schemaVersion
} from './migrate.server.ts';
import { useTestDatabase } from './testing.server.ts';

const testDb = useTestDatabase();

describe('migrations', () => {
	it('are all applied to a fresh database, and a second run applies nothing', async () => {
		const { db } = testDb.current();
		const applied = await schemaVersion(db);
		expect(applied).toEqual(readMigrations().map((m) => m.tag));
		expect(await migrate(db)).toEqual([]);
	});

	it('load the unaccent and pg_trgm extensions', async () => {
		const rows = await queryRows<{ a: string; s: number }>(
			testDb.current().db,
			sql`select unaccent('Pečovatelská služba') as a, similarity('pecovatelska', 'pecovatelská') as s`
		);
		expect(rows[0].a).toBe('Pecovatelska sluzba');
		expect(Number(rows[0].s)).toBeGreaterThan(0.3);
	});

	it('refuse a database migrated by a newer version', async () => {
		const { db } = testDb.current();
		await db.execute(
			sql`insert into platform_migrations (tag, hash) values ('29991231000000_future', 'x')`
		);
		await expect(migrate(db)).rejects.toBeInstanceOf(NewerSchemaError);
		expect(() => assertNotNewer(['29991231000000_future'], readMigrations())).toThrow(
			/novější verze/
		);
		await db.execute(sql`delete from platform_migrations where tag = '29991231000000_future'`);
	});
});
