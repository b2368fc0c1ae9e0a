/** CLI commands of the database: `db:migrate`, `backup <file>`, `restore <file> [--force]`. */
import path from 'node:path';
import { readMigrations, schemaVersion } from '../db/migrate.server.ts';
import { backupDatabase, restoreDatabase, type BackupResult } from '../db/backup.server.ts';
import { formatDateTime, formatNumber, plural } from '../i18n/format.ts';
import type { Command } from './cli.types.ts';
import { withDatabase } from './database.server.ts';

const rowsWord = (n: number) => plural(n, ['řádek', 'řádky', 'řádků']);
const tablesWord = (n: number) => plural(n, ['tabulka', 'tabulky', 'tabulek']);

/** `1 234 567` bytes → `1,2 MB` (Czech number format). */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${formatNumber(bytes, 'cs')} B`;
	if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 'cs', 1)} kB`;
	return `${formatNumber(bytes / 1024 / 1024, 'cs', 1)} MB`;
}

function summary(result: BackupResult): string {
	const tables = result.header.tables.length;
	const rows = Object.values(result.rows).reduce((a, b) => a + b, 0);
	return `${tables} ${tablesWord(tables)}, ${formatNumber(rows, 'cs')} ${rowsWord(rows)}, ${formatBytes(result.bytes)}`;
}

const migrateCommand: Command = {
	name: 'db:migrate',
	usage: 'db:migrate',
	summary: 'Převede databázi na schéma této verze (použije chybějící migrace).',
	options: {},
	positionals: [0, 0],
	async run(_args, ctx) {
		await withDatabase(ctx, { migrate: true }, async (database, migrated) => {
			ctx.io.err(`Databáze: ${database.describe}`);
			if (migrated.length) {
				ctx.io.out(
					`Použité migrace (${migrated.length}):\n${migrated.map((t) => `  ${t}`).join('\n')}`
				);
			} else {
				const all = await schemaVersion(database.db);
				ctx.io.out(
					`Databáze je aktuální (${all.length} ${plural(all.length, ['migrace', 'migrace', 'migrací'])}, poslední ${all.at(-1) ?? '–'}).`
				);
			}
		});
	}
};

const backupCommand: Command = {
	name: 'backup',
	usage: 'backup <soubor>',
	summary: 'Uloží zálohu celé databáze do souboru (gzip, JSON Lines).',
	details: [
		'Záloha má stejný formát pro vestavěnou databázi i PostgreSQL, takže ji lze obnovit do kterékoli z nich.',
		'Čte jeden konzistentní stav databáze; aplikace může během zálohy běžet.',
		'Soubory příloh (DATA_DIR/files nebo úložiště S3) záloha neobsahuje – zálohujte je zvlášť.',
		'Příklad: npm run -s cli -- backup zaloha-2026-01-31.jsonl.gz'
	],
	options: {},
	positionals: [1, 1],
	async run({ positionals }, ctx) {
		const file = path.resolve(positionals[0]);
		await withDatabase(ctx, { migrate: true }, async (database) => {
			ctx.io.err(`Databáze: ${database.describe}`);
			const result = await backupDatabase(database.db, file);
			ctx.io.out(`Záloha uložena do ${file} (${summary(result)}).`);
		});
	}
};

const restoreCommand: Command = {
	name: 'restore',
	usage: 'restore <soubor> [--force]',
	summary: 'Obnoví databázi ze zálohy (vše, nebo nic).',
	details: [
		'Obnovuje se do prázdné databáze; ta se nejdřív převede na úroveň migrací zálohy a aplikace',
		'ji při dalším startu převede na svou verzi. Zálohu z novější verze Souhry obnovit nelze.',
		'Neběží-li nic jiného, nastavte pro vestavěnou databázi prázdnou DATA_DIR, nebo DATABASE_URL nové databáze.',
		'Aplikaci během obnovy zastavte.'
	],
	options: {
		force: {
			type: 'boolean',
			description: 'Nahradit data v neprázdné databázi (smaže je ve stejné transakci).'
		}
	},
	positionals: [1, 1],
	async run({ positionals, values }, ctx) {
		const file = path.resolve(positionals[0]);
		await withDatabase(ctx, { migrate: false }, async (database) => {
			ctx.io.err(`Databáze: ${database.describe}`);
			const result = await restoreDatabase(database.db, file, {
				force: values.force === true,
				actorLabel: 'příkazová řádka (restore)'
			});
			const known = readMigrations().length;
			ctx.io.out(
				`Obnoveno ze zálohy z ${formatDateTime(result.header.createdAt, 'cs')} (${summary(result)}).` +
					(result.header.migrations.length < known
						? `\nDatabáze je na úrovni zálohy; zbývající migrace (${known - result.header.migrations.length}) použije start aplikace nebo db:migrate.`
						: '')
			);
		});
	}
};

export const dbCommands: Command[] = [migrateCommand, backupCommand, restoreCommand];
