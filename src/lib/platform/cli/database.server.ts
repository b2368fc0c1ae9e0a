/** Opening the database for one CLI command, installed as the process database while it runs. */
import { database as currentDatabase, setDatabase, type Database } from '../db/client.server.ts';
import { migrate } from '../db/migrate.server.ts';
import type { CliContext } from './cli.types.ts';

/**
 * Run `fn` with the configured database (migrated first unless `migrate: false`), so services
 * that use `db()` work; the database is closed afterwards and the previous one reinstated.
 */
export async function withDatabase<T>(
	ctx: CliContext,
	options: { migrate: boolean },
	fn: (database: Database, migrated: string[]) => Promise<T>
): Promise<T> {
	let previous: Database | undefined;
	try {
		previous = currentDatabase();
	} catch {
		previous = undefined;
	}
	const database = await ctx.openDatabase();
	try {
		const migrated = options.migrate ? await migrate(database.db) : [];
		setDatabase(database);
		return await fn(database, migrated);
	} finally {
		setDatabase(previous);
		await database.close();
	}
}
