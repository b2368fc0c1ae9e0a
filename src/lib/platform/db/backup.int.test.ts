import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import { openPglite, queryRows, type Database, type Db } from './client.server.ts';
import { migrate, readMigrations, schemaVersion } from './migrate.server.ts';
import { createTestDatabase, useTestDatabase } from './testing.server.ts';
import {
	backupDatabase,
	BackupError,
	listAppTables,
	orderParentsFirst,
	readBackupHeader,
	restoreDatabase
} from './backup.server.ts';
import { settings } from './settings.schema.ts';
import { auditedInsert, auditedUpdate, recordAudit } from '../audit/audit.server.ts';
import { auditLog } from '../audit/audit.schema.ts';
import { systemActor } from '../access/actor.ts';
import { roleAssignments } from '../access/access.schema.ts';
import { apiTokens, users } from '../auth/auth.schema.ts';
import { areas } from '#lib/modules/organisation/index.ts';

const source = useTestDatabase();
const actor = systemActor('test');
const dir = mkdtempSync(path.join(tmpdir(), 'souhra-backup-'));
const opened: Database[] = [];

afterAll(async () => {
	for (const database of opened) await database.close().catch(() => {});
	rmSync(dir, { recursive: true, force: true });
});

async function fresh(
	kind: 'default' | 'pglite-unmigrated' | 'pglite' = 'default'
): Promise<Database> {
	const database = kind === 'default' ? await createTestDatabase() : await openPglite(undefined);
	if (kind === 'pglite') await migrate(database.db);
	opened.push(database);
	return database;
}

/** Areas (with a child stored before its parent), accounts, grants, tokens, audit rows, jsonb. */
async function fill(db: Db): Promise<{ krajId: string; orpId: string }> {
	return db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		const kraj = await auditedInsert(tx, actor, areas, 'organisation.area', {
			kind: 'kraj',
			name: 'Zlínský kraj',
			code: '141'
		});
		const orp = await auditedInsert(tx, actor, areas, 'organisation.area', {
			kind: 'orp',
			name: 'ORP Otrokovice',
			parentId: kraj.id
		});
		// The update writes a new row version after the child, so the parent comes second on disk.
		await auditedUpdate(tx, actor, areas, 'organisation.area', kraj.id, {
			description: 'Kraj – „plán 2025“'
		});
		const people = [];
		for (const [email, name] of [
			['jana@obec.cz', 'Jana Nováková'],
			['petr@obec.cz', 'Petr Šťastný'],
			['eva@obec.cz', 'Eva Dvořáková']
		]) {
			people.push(
				await auditedInsert(
					tx,
					actor,
					users,
					'auth.user',
					{ email, name, passwordHash: '$argon2id$x' },
					{ redact: ['passwordHash'] }
				)
			);
		}
		await tx
			.insert(roleAssignments)
			.values({ userId: people[0].id, role: 'coordinator', areaId: orp.id });
		await tx.insert(apiTokens).values({
			userId: people[1].id,
			name: 'Export',
			tokenHash: 'h'.repeat(64),
			prefix: 'souhra_abc',
			expiresAt: new Date('2030-01-01T10:00:00.123Z')
		});
		await tx.insert(settings).values({
			key: 'test.precision',
			value: sql`'{"n": 12345678901234567890.123456789, "t": "Příliš žluťoučký kůň", "a": [1, null, {"b": true}]}'::jsonb`
		});
		for (let i = 0; i < 1200; i++) {
			await recordAudit(tx, actor, {
				entityType: 'test.bulk',
				entityId: String(i),
				action: 'create',
				after: { i }
			});
		}
		return { krajId: kraj.id, orpId: orp.id };
	});
}

/** Every row of every table as PostgreSQL JSON text, in UTC, sorted. */
async function dump(db: Db, skipRestoreAudit = false): Promise<Record<string, string[]>> {
	return db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		await tx.execute(sql`set local time zone 'UTC'`);
		const out: Record<string, string[]> = {};
		for (const table of await listAppTables(tx)) {
			const rows = await queryRows<{ j: string }>(
				tx,
				sql.raw(`select to_jsonb(t)::text as j from "${table}" t`)
			);
			out[table] = rows
				.map((r) => r.j)
				.filter((j) => !(skipRestoreAudit && j.includes('"entity_type": "platform.database"')))
				.sort();
		}
		return out;
	});
}

let ids: { krajId: string; orpId: string };
let file: string;

beforeAll(async () => {
	ids = await fill(source.current().db);
	file = path.join(dir, 'full.jsonl.gz');
	await backupDatabase(source.current().db, file);
});

describe('backup', () => {
	it('orders tables so that parents come first, also with cycles', () => {
		expect(
			orderParentsFirst(
				['c', 'b', 'a', 'x', 'y'],
				[
					{ child: 'a', parent: 'b' },
					{ child: 'b', parent: 'c' },
					{ child: 'a', parent: 'a' },
					{ child: 'x', parent: 'y' },
					{ child: 'y', parent: 'x' }
				]
			)
		).toEqual(['c', 'b', 'a', 'x', 'y']);
	});

	it('writes a header with the migrations and the tables, parents first', async () => {
		const header = await readBackupHeader(file);
		expect(header).toMatchObject({ format: 'souhra-backup', version: 1 });
		expect(header.migrations).toEqual(readMigrations().map((m) => m.tag));
		expect(header.tables).not.toContain('platform_migrations');
		const at = (t: string) => header.tables.indexOf(t);
		expect(at('auth_users')).toBeGreaterThanOrEqual(0);
		expect(at('auth_users')).toBeLessThan(at('auth_api_tokens'));
		expect(at('auth_users')).toBeLessThan(at('access_role_assignments'));
	});
});

describe('restore', () => {
	it('recreates every row exactly in a fresh database, and sequences continue', async () => {
		const target = await fresh();
		const result = await restoreDatabase(target.db, file);
		expect(result.rows.audit_log).toBeGreaterThan(1200);
		expect(await dump(target.db, true)).toEqual(await dump(source.current().db));
		const [orp] = await target.db.select().from(areas).where(eq(areas.id, ids.orpId));
		expect(orp.parentId).toBe(ids.krajId);
		const [setting] = await target.db
			.select()
			.from(settings)
			.where(eq(settings.key, 'test.precision'));
		expect(JSON.stringify(setting.value)).toContain('Příliš žluťoučký kůň');
		const [precise] = await queryRows<{ n: string }>(
			target.db,
			sql`select value->>'n' as n from platform_settings where key = 'test.precision'`
		);
		expect(precise.n).toBe('12345678901234567890.123456789');
		const [{ max }] = await queryRows<{ max: string }>(
			target.db,
			sql`select max(id)::text as max from audit_log`
		);
		const [restoreEntry] = await target.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityType, 'platform.database'));
		expect(restoreEntry.action).toBe('restore');
		expect(String(restoreEntry.id)).toBe(max);
	});

	it('refuses a non-empty target unless forced, then replaces its data', async () => {
		const target = await fresh();
		await target.db.insert(areas).values({ kind: 'kraj', name: 'Cizí kraj', code: '999' });
		await expect(restoreDatabase(target.db, file)).rejects.toThrow(/není prázdná.*--force/);
		expect(await target.db.select().from(areas)).toHaveLength(1);
		await restoreDatabase(target.db, file, { force: true });
		const names = (await target.db.select().from(areas)).map((a) => a.name).sort();
		expect(names).toEqual(['ORP Otrokovice', 'Zlínský kraj']);
	});

	it('refuses a backup made by a newer Souhra', async () => {
		const header = await readBackupHeader(file);
		const newer = path.join(dir, 'newer.jsonl.gz');
		writeFileSync(
			newer,
			gzipSync(
				[
					JSON.stringify({
						...header,
						migrations: [...header.migrations, '29991231000000_future']
					}),
					JSON.stringify({ $end: true, rows: {} }),
					''
				].join('\n')
			)
		);
		const target = await fresh();
		await expect(restoreDatabase(target.db, newer)).rejects.toThrow(
			/novější verze Souhry.*29991231000000_future/
		);
	});

	it('restores nothing from a truncated or foreign file', async () => {
		const header = await readBackupHeader(file);
		const truncated = path.join(dir, 'truncated.jsonl.gz');
		writeFileSync(
			truncated,
			gzipSync(
				[
					JSON.stringify(header),
					JSON.stringify({ $table: 'organisation_areas' }),
					JSON.stringify({
						id: '0b7a2f5e-2a6b-4c8e-9a4b-3c1d2e3f4a5b',
						kind: 'kraj',
						name: 'X',
						version: 1,
						created_at: '2026-01-01T00:00:00Z',
						updated_at: '2026-01-01T00:00:00Z'
					}),
					''
				].join('\n')
			)
		);
		const target = await fresh();
		await expect(restoreDatabase(target.db, truncated)).rejects.toThrow(/neúplná/);
		expect(await target.db.select().from(areas)).toHaveLength(0);

		const foreign = path.join(dir, 'foreign.txt');
		writeFileSync(foreign, 'hello');
		await expect(restoreDatabase(target.db, foreign)).rejects.toBeInstanceOf(BackupError);
		await expect(restoreDatabase(target.db, path.join(dir, 'missing.gz'))).rejects.toThrow(
			/neexistuje/
		);
	});

	it('migrates an empty target to the level of the backup, and refuses a target that is ahead', async () => {
		const known = readMigrations();
		if (known.length < 2) return expect(known.length).toBe(1);
		const old = await fresh('pglite-unmigrated');
		await migrate(old.db, known.slice(0, 1));
		const oldFile = path.join(dir, 'old.jsonl.gz');
		await backupDatabase(old.db, oldFile);

		const empty = await fresh('pglite-unmigrated');
		await restoreDatabase(empty.db, oldFile);
		expect(await schemaVersion(empty.db)).toEqual([known[0].tag]);

		const ahead = await fresh('pglite');
		await expect(restoreDatabase(ahead.db, oldFile)).rejects.toThrow(/novější schéma než záloha/);
	}, 180_000);

	it.runIf(!!process.env.TEST_DATABASE_URL)(
		'moves data between PGlite and PostgreSQL both ways',
		async () => {
			const lite = await fresh('pglite');
			await fill(lite.db);
			const liteFile = path.join(dir, 'lite.jsonl.gz');
			await backupDatabase(lite.db, liteFile);
			const pg = await fresh();
			expect(pg.kind).toBe('postgresql');
			await restoreDatabase(pg.db, liteFile);
			expect(await dump(pg.db, true)).toEqual(await dump(lite.db));

			const pgFile = path.join(dir, 'pg.jsonl.gz');
			await backupDatabase(pg.db, pgFile);
			const back = await fresh('pglite');
			await restoreDatabase(back.db, pgFile);
			const restored = await dump(back.db, true);
			expect(restored).toEqual(await dump(lite.db));
		},
		180_000
	);
});
