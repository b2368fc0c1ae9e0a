/**
 * Start-up of the platform: validate the environment, open the database, migrate, and load demo
 * data on an empty database. Every failure becomes a `StartupError` with one clear Czech line
 * and a hint; nothing is written before the checks pass.
 */
import path from 'node:path';
import { env, ConfigError } from './config/env.server.ts';
import {
	DatabaseError,
	openPglite,
	openPostgres,
	setDatabase,
	type Database
} from './db/client.server.ts';
import { migrate, NewerSchemaError } from './db/migrate.server.ts';
import { isEmptyDatabase, runSeeders, type DemoLogin, type Seeder } from './seed/seed.server.ts';

export class StartupError extends Error {
	constructor(
		message: string,
		public readonly hint: string
	) {
		super(message);
		this.name = 'StartupError';
	}
}

export interface StartupReport {
	database: Database;
	migrated: string[];
	demoLogins: DemoLogin[];
	millis: number;
}

export async function openConfiguredDatabase(): Promise<Database> {
	const config = env();
	return config.DATABASE_URL
		? openPostgres(config.DATABASE_URL, config.DATABASE_POOL_MAX)
		: openPglite(path.resolve(config.DATA_DIR, 'pglite'));
}

/** Translate any start-up failure into a StartupError (message + what to do). */
export function explainStartupFailure(error: unknown): StartupError {
	if (error instanceof StartupError) return error;
	if (error instanceof ConfigError) {
		return new StartupError(
			error.message,
			'Opravte uvedené proměnné prostředí (viz .env.example) a spusťte znovu.'
		);
	}
	if (error instanceof DatabaseError) return new StartupError(error.message, error.hint);
	if (error instanceof NewerSchemaError) {
		return new StartupError(
			error.message,
			'Nasaďte novější verzi Souhry, nebo použijte jinou databázi.'
		);
	}
	const message = error instanceof Error ? error.message : String(error);
	return new StartupError(
		`Neočekávaná chyba při startu: ${message}`,
		'Podrobnosti jsou výše ve výpisu; nahlaste je správci.'
	);
}

let started: Promise<StartupReport> | undefined;

/** Idempotent: the first call starts the platform, later calls get the same report. */
export function startPlatform(seeders: Seeder[]): Promise<StartupReport> {
	started ??= (async () => {
		const begin = performance.now();
		const config = env();
		const database = await openConfiguredDatabase();
		try {
			const migrated = await migrate(database.db);
			let demoLogins: DemoLogin[] = [];
			if (config.SOUHRA_DEMO && (await isEmptyDatabase(database.db))) {
				demoLogins = await runSeeders(database.db, seeders);
			}
			setDatabase(database);
			return { database, migrated, demoLogins, millis: Math.round(performance.now() - begin) };
		} catch (error) {
			await database.close().catch(() => {});
			throw error;
		}
	})();
	return started;
}
