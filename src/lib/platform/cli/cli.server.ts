/**
 * The command-line interface (`npm run -s cli -- <command>`): argument parsing, the Czech help,
 * and the translation of failures into one Czech line on stderr and an exit code
 * (0 = done, 1 = failed, 2 = wrong usage). Commands themselves live in `*.command.server.ts`.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../config/env.server.ts';
import { DatabaseError } from '../db/client.server.ts';
import { NewerSchemaError } from '../db/migrate.server.ts';
import { BackupError } from '../db/backup.server.ts';
import { isAppError, ValidationError } from '../http/errors.ts';
import { UsageError, type CliContext, type Command } from './cli.types.ts';
import { dbCommands } from './db.command.server.ts';
import { userCommands } from './user.command.server.ts';
import { workerCommands } from './worker.command.server.ts';

export type { CliContext, CliIo, Command } from './cli.types.ts';
export { UsageError } from './cli.types.ts';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

const helpCommand: Command = {
	name: 'help',
	usage: 'help [příkaz]',
	summary: 'Vypíše tuto nápovědu (nebo nápovědu k jednomu příkazu).',
	options: {},
	positionals: [0, 1],
	async run({ positionals }, ctx) {
		if (positionals[0]) {
			const command = commands().find((c) => c.name === positionals[0]);
			if (!command) throw new UsageError(`Neznámý příkaz „${positionals[0]}“.`);
			ctx.io.out(commandHelp(command));
		} else {
			ctx.io.out(generalHelp());
		}
	}
};

/** Commands contributed by modules through the composition root (`src/cli.ts`). */
const moduleCommands: Command[] = [];

export function registerCommands(list: Command[]): void {
	for (const command of list) {
		if (!moduleCommands.some((c) => c.name === command.name)) moduleCommands.push(command);
	}
}

function commands(): Command[] {
	return [helpCommand, ...dbCommands, ...userCommands, ...workerCommands, ...moduleCommands];
}

/** Help of one command: usage, description and options. */
export function commandHelp(command: Command): string {
	const lines = [`Použití: npm run -s cli -- ${command.usage}`, '', command.summary];
	if (command.details) lines.push('', ...command.details);
	const options = Object.entries(command.options);
	if (options.length) {
		lines.push('', 'Volby:');
		for (const [name, option] of options) {
			const flag =
				option.type === 'string' ? `--${name} <${option.valueName ?? 'hodnota'}>` : `--${name}`;
			lines.push(`  ${flag.padEnd(28)} ${option.description}`);
		}
	}
	return lines.join('\n');
}

/** The overview printed by `help` and on a usage error. */
export function generalHelp(): string {
	return [
		'Souhra – příkazová řádka',
		'',
		'Použití: npm run -s cli -- <příkaz> [volby]',
		'(Přepínač -s potlačí výpis npm, takže na standardním výstupu je jen výsledek příkazu.)',
		'',
		'Příkazy:',
		...commands().map((c) => `  ${c.name.padEnd(18)} ${c.summary}`),
		'',
		'Nápověda k příkazu: npm run -s cli -- help <příkaz>',
		'Databázi určují proměnné prostředí DATABASE_URL (PostgreSQL) nebo DATA_DIR (vestavěná databáze).',
		'Návratový kód: 0 = hotovo, 1 = chyba, 2 = chybné použití.'
	].join('\n');
}

const PARSE_ERRORS: Record<string, (message: string) => string> = {
	ERR_PARSE_ARGS_UNKNOWN_OPTION: (m) => `Neznámá volba ${/'([^']+)'/.exec(m)?.[1] ?? ''}.`,
	ERR_PARSE_ARGS_INVALID_OPTION_VALUE: (m) =>
		`Volba ${/--[\w-]+/.exec(m)?.[0] ?? ''} potřebuje hodnotu (nebo ji naopak nepřijímá).`,
	ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: (m) =>
		`Nadbytečný argument ${/'([^']+)'/.exec(m)?.[1] ?? ''}.`
};

function parse(command: Command, args: string[]) {
	const options: ParseArgsConfig['options'] = {};
	for (const [name, option] of Object.entries(command.options)) {
		options[name] = { type: option.type };
	}
	try {
		const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
		const [min, max] = command.positionals;
		if (parsed.positionals.length < min) {
			throw new UsageError(`Chybí argument: ${command.usage}`);
		}
		if (parsed.positionals.length > max) {
			throw new UsageError(`Nadbytečný argument „${parsed.positionals[max]}“.`);
		}
		return {
			values: parsed.values as Record<string, string | boolean | undefined>,
			positionals: parsed.positionals
		};
	} catch (error) {
		if (error instanceof UsageError) throw error;
		const code = (error as { code?: string }).code ?? '';
		const explain = PARSE_ERRORS[code];
		if (explain) throw new UsageError(explain((error as Error).message));
		throw error;
	}
}

/** One Czech explanation of a failure (no stack traces for expected failures). */
export function describeFailure(error: unknown): string {
	if (error instanceof ValidationError) {
		// Field names of the services match the option names (email → --email).
		const fields = Object.entries(error.fields).map(
			([field, messages]) =>
				`  ${/^\w+$/.test(field) ? `--${field}` : field}: ${messages.join(' ')}`
		);
		return fields.length ? ['Neplatné údaje:', ...fields].join('\n') : error.message;
	}
	if (isAppError(error) || error instanceof BackupError || error instanceof NewerSchemaError) {
		return error.message;
	}
	if (error instanceof ConfigError) return error.message;
	if (error instanceof DatabaseError) return `${error.message}\n${error.hint}`;
	const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
	return `Neočekávaná chyba: ${message}`;
}

/** Run one command line; returns the exit code (never throws). */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
	const [name, ...args] = argv;
	if (!name) {
		ctx.io.err(`Chybí příkaz.\n\n${generalHelp()}`);
		return EXIT_USAGE;
	}
	if (name === '--help' || name === '-h') {
		ctx.io.out(generalHelp());
		return EXIT_OK;
	}
	const command = commands().find((c) => c.name === name);
	if (!command) {
		ctx.io.err(`Neznámý příkaz „${name}“.\n\n${generalHelp()}`);
		return EXIT_USAGE;
	}
	try {
		if (args.includes('--help') || args.includes('-h')) {
			ctx.io.out(commandHelp(command));
			return EXIT_OK;
		}
		await command.run(parse(command, args), ctx);
		return EXIT_OK;
	} catch (error) {
		if (error instanceof UsageError) {
			ctx.io.err(`${error.message}\n\n${commandHelp(command)}`);
			return EXIT_USAGE;
		}
		ctx.io.err(`Chyba: ${describeFailure(error)}`);
		return EXIT_FAILURE;
	}
}
