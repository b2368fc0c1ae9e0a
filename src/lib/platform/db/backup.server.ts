/**
 * Backup and restore of the whole database in one portable format, so a PGlite backup restores
 * into PostgreSQL and back: a gzip'd JSON-lines file.
 *
 *   line 1   {"format":"souhra-backup","version":1,"createdAt":…,"migrations":[…],"tables":[…]}
 *   then     {"$table":"<name>"} followed by one line per row (`to_jsonb(row)`), per table
 *   last     {"$end":true,"rows":{"<table>":<count>,…}}
 *
 * Rows travel as PostgreSQL's own JSON text (never parsed in JavaScript), so numerics, timestamps
 * and jsonb keep full fidelity. Backup reads one consistent snapshot through a cursor; restore runs
 * in one transaction (all or nothing), with foreign keys re-created and checked after the load.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from './client.server.ts';
import { migrate, readMigrations, schemaVersion, type MigrationFile } from './migrate.server.ts';
import { recordAudit } from '../audit/audit.server.ts';
import { systemActor } from '../access/actor.ts';

export const BACKUP_FORMAT = 'souhra-backup';
export const BACKUP_VERSION = 1;
const MIGRATIONS_TABLE = 'platform_migrations';
/** Rows per cursor fetch when writing. */
const FETCH_ROWS = 500;
/** A restore batch is flushed at this many rows or this much JSON text, whichever comes first. */
const BATCH_ROWS = 1000;
const BATCH_BYTES = 2 * 1024 * 1024;

export interface BackupHeader {
	format: typeof BACKUP_FORMAT;
	version: number;
	createdAt: string;
	/** Migration tags applied to the source database, oldest first. */
	migrations: string[];
	/** Tables in the file, parents before the tables referencing them. */
	tables: string[];
}

export interface BackupResult {
	header: BackupHeader;
	rows: Record<string, number>;
	bytes: number;
}

/** A backup cannot be written or restored; the message says why and what to do (Czech). */
export class BackupError extends Error {
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'BackupError';
	}
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** All tables of the public schema except the migration journal, FK parents first. */
export async function listAppTables(db: Db): Promise<string[]> {
	const tables = (
		await queryRows<{ name: string }>(
			db,
			sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
				order by c.relname`
		)
	)
		.map((r) => r.name)
		.filter((name) => name !== MIGRATIONS_TABLE);
	const edges = await queryRows<{ child: string; parent: string }>(
		db,
		sql`select c.relname as child, p.relname as parent from pg_constraint k
			join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
			join pg_namespace n on n.oid = c.relnamespace
			where k.contype = 'f' and n.nspname = 'public'`
	);
	return orderParentsFirst(tables, edges);
}

/** Kahn's topological sort, alphabetical among equals; self-references and cycles do not block. */
export function orderParentsFirst(
	tables: string[],
	edges: { child: string; parent: string }[]
): string[] {
	const known = new Set(tables);
	const parents = new Map(tables.map((t) => [t, new Set<string>()]));
	for (const { child, parent } of edges) {
		if (child !== parent && known.has(child) && known.has(parent)) parents.get(child)!.add(parent);
	}
	const ordered: string[] = [];
	const remaining = new Set([...tables].sort());
	while (remaining.size) {
		const ready = [...remaining].find((t) => [...parents.get(t)!].every((p) => !remaining.has(p)));
		const next = ready ?? [...remaining][0]; // a cycle: break it alphabetically
		ordered.push(next);
		remaining.delete(next);
	}
	return ordered;
}

async function* backupLines(
	tx: Db,
	header: BackupHeader,
	rows: Record<string, number>
): AsyncGenerator<string> {
	yield JSON.stringify(header) + '\n';
	for (const table of header.tables) {
		yield JSON.stringify({ $table: table }) + '\n';
		rows[table] = 0;
		await tx.execute(
			sql.raw(
				`declare souhra_backup no scroll cursor for select to_jsonb(t)::text as j from ${ident(table)} as t`
			)
		);
		for (;;) {
			const batch = await queryRows<{ j: string }>(
				tx,
				sql.raw(`fetch forward ${FETCH_ROWS} from souhra_backup`)
			);
			if (batch.length === 0) break;
			rows[table] += batch.length;
			yield batch.map((r) => r.j).join('\n') + '\n';
		}
		await tx.execute(sql.raw('close souhra_backup'));
	}
	yield JSON.stringify({ $end: true, rows }) + '\n';
}

/**
 * Write a backup of `db` to `file` (written beside it first, renamed when complete). Reads one
 * consistent snapshot; memory use stays at one fetch of rows whatever the database size.
 */
export async function backupDatabase(db: Db, file: string): Promise<BackupResult> {
	const partial = `${file}.partial`;
	const rows: Record<string, number> = {};
	try {
		await schemaVersion(db); // creates the journal table on a never-migrated database
		const header = await db.transaction(
			async (txRaw) => {
				const tx = txRaw as unknown as Db;
				const header: BackupHeader = {
					format: BACKUP_FORMAT,
					version: BACKUP_VERSION,
					createdAt: new Date().toISOString(),
					migrations: (
						await queryRows<{ tag: string }>(
							tx,
							sql.raw(`select tag from ${MIGRATIONS_TABLE} order by tag`)
						)
					).map((r) => r.tag),
					tables: await listAppTables(tx)
				};
				await pipeline(
					Readable.from(backupLines(tx, header, rows)),
					createGzip(),
					createWriteStream(partial)
				);
				return header;
			},
			{ isolationLevel: 'repeatable read', accessMode: 'read only' }
		);
		await rename(partial, file);
		return { header, rows, bytes: (await stat(file)).size };
	} catch (error) {
		await unlink(partial).catch(() => {});
		if (
			(error as { code?: string }).code === 'ENOENT' ||
			(error as { code?: string }).code === 'EACCES'
		) {
			throw new BackupError(
				`Zálohu nelze zapsat do ${file}: složka neexistuje nebo do ní nelze zapisovat.`,
				{
					cause: error
				}
			);
		}
		throw error;
	}
}

function readError(file: string, error: unknown): BackupError {
	if (error instanceof BackupError) return error;
	const { code, message } = error as { code?: string; message?: string };
	return new BackupError(
		code === 'ENOENT'
			? `Soubor ${file} neexistuje.`
			: code?.startsWith('Z_')
				? `Soubor ${file} není záloha Souhry nebo je poškozený (neplatná data gzip).`
				: `Soubor ${file} nelze přečíst: ${message}`,
		{ cause: error }
	);
}

/** The lines of a backup file, decompressed; file and gzip errors become a BackupError. */
async function* fileLines(file: string): AsyncGenerator<string> {
	const input = createReadStream(file);
	const gunzip = createGunzip();
	input.on('error', (error) => gunzip.destroy(error));
	const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
	try {
		for await (const line of lines) yield line;
	} catch (error) {
		throw readError(file, error);
	} finally {
		lines.close();
		input.destroy();
		gunzip.destroy();
	}
}

/** Read and check the first line of a backup. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
	let first: string | undefined;
	for await (const line of fileLines(file)) {
		first = line;
		break;
	}
	let header: Partial<BackupHeader> | undefined;
	try {
		header = first ? (JSON.parse(first) as Partial<BackupHeader>) : undefined;
	} catch {
		header = undefined;
	}
	if (
		header?.format !== BACKUP_FORMAT ||
		!Array.isArray(header.migrations) ||
		!Array.isArray(header.tables) ||
		typeof header.version !== 'number'
	) {
		throw new BackupError(`Soubor ${file} není záloha Souhry (chybí hlavička ${BACKUP_FORMAT}).`);
	}
	if (header.version > BACKUP_VERSION) {
		throw new BackupError(
			`Záloha má formát verze ${header.version}, tato verze Souhry umí jen verzi ${BACKUP_VERSION}. Obnovte ji novější verzí Souhry.`
		);
	}
	return header as BackupHeader;
}

/** Throws when the backup needs migrations this build does not ship. */
export function assertBackupCompatible(
	header: BackupHeader,
	known: MigrationFile[] = readMigrations()
): void {
	const knownTags = new Set(known.map((m) => m.tag));
	const unknown = header.migrations.filter((tag) => !knownTags.has(tag));
	if (unknown.length) {
		throw new BackupError(
			`Záloha pochází z novější verze Souhry (neznámé migrace: ${unknown.join(', ')}). ` +
				'Obnovte ji stejnou nebo novější verzí aplikace.'
		);
	}
}

/** Tables of `db` that hold at least one row. */
export async function nonEmptyTables(db: Db): Promise<string[]> {
	const out: string[] = [];
	for (const table of await listAppTables(db)) {
		const [row] = await queryRows<{ any: boolean }>(
			db,
			sql.raw(`select exists (select 1 from ${ident(table)}) as any`)
		);
		if (row?.any) out.push(table);
	}
	return out;
}

export interface RestoreOptions {
	/** Replace the data of a non-empty database (truncated inside the restore transaction). */
	force?: boolean;
	/** Label of the system actor in the audit entry of the restore. */
	actorLabel?: string;
}

interface ForeignKey {
	table: string;
	name: string;
	definition: string;
}

async function insertBatch(
	tx: Db,
	table: string,
	columns: string[],
	rows: string[]
): Promise<void> {
	const list = columns.map(ident).join(', ');
	await tx.execute(
		sql`insert into ${sql.raw(ident(table))} (${sql.raw(list)}) overriding system value
			select ${sql.raw(list)} from jsonb_populate_recordset(null::${sql.raw(ident(table))}, ${`[${rows.join(',')}]`}::jsonb)`
	);
}

async function insertableColumns(tx: Db, table: string): Promise<string[]> {
	const rows = await queryRows<{ name: string }>(
		tx,
		sql`select column_name as name from information_schema.columns
			where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
			order by ordinal_position`
	);
	return rows.map((r) => r.name);
}

/** Load the data lines into the (empty) tables; returns the row counts checked against the trailer. */
async function loadRows(
	tx: Db,
	file: string,
	header: BackupHeader
): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	let table: string | undefined;
	let columns: string[] = [];
	let batch: string[] = [];
	let bytes = 0;
	let trailer: { rows?: Record<string, number> } | undefined;
	const flush = async () => {
		if (table && batch.length) {
			try {
				await insertBatch(tx, table, columns, batch);
			} catch (cause) {
				const reason =
					cause instanceof Error
						? ((cause.cause as Error | undefined)?.message ?? cause.message)
						: '';
				throw new BackupError(
					`Řádky tabulky ${table} nelze obnovit (${reason}); nic nebylo obnoveno.`,
					{ cause }
				);
			}
		}
		batch = [];
		bytes = 0;
	};
	let lineNo = 0;
	for await (const line of fileLines(file)) {
		if (++lineNo === 1 || !line) continue; // the header was read already
		if (trailer) {
			throw new BackupError('Záloha obsahuje data za koncovou značkou; soubor je poškozený.');
		}
		if (line.startsWith('{"$table":')) {
			await flush();
			table = (JSON.parse(line) as { $table: string }).$table;
			if (!header.tables.includes(table)) {
				throw new BackupError(
					`Záloha obsahuje tabulku ${table}, která v hlavičce chybí; soubor je poškozený.`
				);
			}
			columns = await insertableColumns(tx, table);
			counts[table] = 0;
		} else if (line.startsWith('{"$end":')) {
			await flush();
			trailer = JSON.parse(line) as { rows?: Record<string, number> };
		} else {
			if (!table) {
				throw new BackupError('Záloha obsahuje data před první tabulkou; soubor je poškozený.');
			}
			batch.push(line);
			counts[table] += 1;
			bytes += line.length;
			if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
		}
	}
	if (!trailer) {
		throw new BackupError('Záloha je neúplná (chybí koncová značka); nic nebylo obnoveno.');
	}
	for (const name of header.tables) {
		if ((counts[name] ?? 0) !== (trailer.rows?.[name] ?? 0)) {
			throw new BackupError(
				`Záloha je poškozená: počet řádků tabulky ${name} nesouhlasí; nic nebylo obnoveno.`
			);
		}
	}
	return counts;
}

async function foreignKeys(tx: Db): Promise<ForeignKey[]> {
	return queryRows<ForeignKey>(
		tx,
		sql`select c.relname as "table", k.conname as name, pg_get_constraintdef(k.oid) as definition
			from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
			where k.contype = 'f' and n.nspname = 'public' order by c.relname, k.conname`
	);
}

/** Serial and identity sequences continue after the restored maximum (e.g. audit_log.id). */
async function resetSequences(tx: Db, tables: string[]): Promise<void> {
	const sequences = await queryRows<{ table: string; column: string; seq: string }>(
		tx,
		sql`select table_name as "table", column_name as "column",
				pg_get_serial_sequence(format('%I.%I', table_schema, table_name), column_name) as seq
			from information_schema.columns
			where table_schema = 'public'
				and pg_get_serial_sequence(format('%I.%I', table_schema, table_name), column_name) is not null`
	);
	for (const { table, column, seq } of sequences) {
		if (!tables.includes(table)) continue;
		await tx.execute(
			sql.raw(
				`select setval('${seq.replace(/'/g, "''")}', coalesce((select max(${ident(column)}) from ${ident(table)}), 0) + 1, false)`
			)
		);
	}
}

/**
 * Restore `file` into `db`: refuse a backup of a newer Souhra, refuse a non-empty target unless
 * `force`, migrate the target to the backup's level, then load everything in one transaction.
 */
export async function restoreDatabase(
	db: Db,
	file: string,
	options: RestoreOptions = {}
): Promise<BackupResult> {
	const header = await readBackupHeader(file);
	const known = readMigrations();
	assertBackupCompatible(header, known);
	const backupTags = new Set(header.migrations);
	const ahead = (await schemaVersion(db)).filter((tag) => !backupTags.has(tag));
	if (ahead.length) {
		throw new BackupError(
			`Cílová databáze má novější schéma než záloha (migrace ${ahead.join(', ')}). ` +
				'Obnovte zálohu do prázdné databáze (prázdná DATA_DIR nebo nová databáze PostgreSQL); ' +
				'aplikace ji při startu sama převede na aktuální verzi.'
		);
	}
	const filled = await nonEmptyTables(db);
	if (filled.length && !options.force) {
		throw new BackupError(
			`Cílová databáze není prázdná (data v tabulkách ${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''}). ` +
				'Data nahradíte volbou --force, nebo obnovte do prázdné databáze.'
		);
	}
	await migrate(
		db,
		known.filter((m) => backupTags.has(m.tag))
	);
	const tables = await listAppTables(db);
	const missing = header.tables.filter((t) => !tables.includes(t));
	const extra = tables.filter((t) => !header.tables.includes(t));
	if (missing.length || extra.length) {
		throw new BackupError(
			`Tabulky zálohy neodpovídají schématu databáze (chybí: ${missing.join(', ') || '–'}; navíc: ${extra.join(', ') || '–'}).`
		);
	}
	const rows = await db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		if (options.force) {
			await tx.execute(
				sql.raw(`truncate table ${tables.map(ident).join(', ')} restart identity cascade`)
			);
		} else if ((await nonEmptyTables(tx)).length) {
			throw new BackupError('Do cílové databáze mezitím někdo zapsal data; obnova byla zrušena.');
		}
		const fks = await foreignKeys(tx);
		for (const fk of fks) {
			await tx.execute(sql.raw(`alter table ${ident(fk.table)} drop constraint ${ident(fk.name)}`));
		}
		const counts = await loadRows(tx, file, header);
		for (const fk of fks) {
			try {
				await tx.execute(
					sql.raw(
						`alter table ${ident(fk.table)} add constraint ${ident(fk.name)} ${fk.definition}`
					)
				);
			} catch (cause) {
				throw new BackupError(
					`Data zálohy porušují vazbu ${fk.name} (tabulka ${fk.table}); nic nebylo obnoveno.`,
					{ cause }
				);
			}
		}
		await resetSequences(tx, tables);
		await recordAudit(tx, systemActor(options.actorLabel ?? 'obnova zálohy'), {
			entityType: 'platform.database',
			entityId: 'restore',
			action: 'restore',
			after: { createdAt: header.createdAt, migrations: header.migrations.length, rows: counts }
		});
		return counts;
	});
	return { header, rows, bytes: (await stat(file)).size };
}
