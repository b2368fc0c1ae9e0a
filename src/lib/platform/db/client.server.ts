/**
 * The database: embedded PGlite (default, `DATA_DIR/pglite`) or a PostgreSQL server
 * (`DATABASE_URL=postgres://…`). Both get the same migrations and the same Drizzle API.
 */
import { mkdirSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';

export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
	db: Db;
	kind: DatabaseKind;
	/** Human description without credentials, for logs. */
	describe: string;
	close(): Promise<void>;
}

export class DatabaseError extends Error {
	constructor(
		message: string,
		public readonly hint: string,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'DatabaseError';
	}
}

function redactUrl(url: string): string {
	try {
		const u = new URL(url);
		if (u.password) u.password = '***';
		return u.toString();
	} catch {
		return 'postgres://…';
	}
}

/** Open PGlite in a folder (or in memory when `dataDir` is undefined) with the extensions we use. */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
	const { PGlite } = await import('@electric-sql/pglite');
	const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
	const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
	const { drizzle } = await import('drizzle-orm/pglite');
	if (dataDir) {
		try {
			mkdirSync(dataDir, { recursive: true });
		} catch (cause) {
			throw new DatabaseError(
				`Nelze vytvořit složku pro data ${dataDir}.`,
				'Zkontrolujte DATA_DIR a oprávnění k zápisu.',
				{ cause }
			);
		}
		const entries = readdirSync(dataDir);
		if (entries.length > 0 && !existsSync(path.join(dataDir, 'PG_VERSION'))) {
			throw new DatabaseError(
				`Složka ${dataDir} není datová složka vestavěné databáze (chybí PG_VERSION).`,
				'Nastavte DATA_DIR na prázdnou složku nebo na existující databázi Souhry.'
			);
		}
	}
	let client: InstanceType<typeof PGlite>;
	try {
		client = await PGlite.create(dataDir ?? 'memory://', { extensions: { pg_trgm, unaccent } });
		await client.query('select 1');
	} catch (cause) {
		throw new DatabaseError(
			`Vestavěnou databázi v ${dataDir ?? 'paměti'} nelze otevřít – data jsou poškozená nebo je používá jiný proces.`,
			'Ukončete jiný běžící proces Souhry, nebo obnovte zálohu příkazem `npm run cli -- restore <soubor>` do prázdné DATA_DIR.',
			{ cause }
		);
	}
	const db = drizzle({ client, casing: 'snake_case' }) as unknown as Db;
	return {
		db,
		kind: 'pglite',
		describe: dataDir ? `PGlite (${dataDir})` : 'PGlite (v paměti)',
		close: () => client.close()
	};
}

/** Connect to a PostgreSQL server and check that it answers. */
export async function openPostgres(url: string, poolMax = 10): Promise<Database> {
	const { default: postgres } = await import('postgres');
	const { drizzle } = await import('drizzle-orm/postgres-js');
	const client = postgres(url, {
		max: poolMax,
		onnotice: () => {},
		connect_timeout: 10,
		connection: { application_name: 'souhra' }
	});
	try {
		await client`select 1`;
	} catch (cause) {
		await client.end({ timeout: 1 }).catch(() => {});
		const code = (cause as { code?: string }).code;
		const reason =
			code === 'ECONNREFUSED'
				? 'server neodpovídá (spojení odmítnuto)'
				: code === '3D000'
					? 'databáze neexistuje'
					: code === '28P01' || code === '28000'
						? 'přihlášení odmítnuto'
						: code === 'ENOTFOUND'
							? 'neznámý název serveru'
							: (cause as Error).message;
		throw new DatabaseError(
			`Nelze se připojit k PostgreSQL ${redactUrl(url)}: ${reason}.`,
			'Zkontrolujte DATABASE_URL a že server PostgreSQL běží (nebo DATABASE_URL zrušte pro vestavěnou databázi).',
			{ cause }
		);
	}
	const db = drizzle({ client, casing: 'snake_case' }) as unknown as Db;
	return {
		db,
		kind: 'postgresql',
		describe: `PostgreSQL (${redactUrl(url)})`,
		close: () => client.end({ timeout: 5 })
	};
}

let current: Database | undefined;

/** The database of this process. Throws when `setDatabase` has not run (start-up or tests). */
export function database(): Database {
	if (!current) {
		throw new Error('Databáze není inicializovaná (zavolejte startPlatform nebo useTestDatabase).');
	}
	return current;
}

/** Shortcut for `database().db`. */
export function db(): Db {
	return database().db;
}

export function setDatabase(next: Database | undefined): void {
	current = next;
}

/** Health probe used by `/healthz`. */
export async function ping(): Promise<boolean> {
	try {
		await db().execute(sql`select 1`);
		return true;
	} catch {
		return false;
	}
}

/** Run raw SQL and return its rows, whichever driver answered. */
export async function queryRows<T>(target: Db, query: SQL): Promise<T[]> {
	const result = (await target.execute(query)) as unknown;
	return Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;
}
