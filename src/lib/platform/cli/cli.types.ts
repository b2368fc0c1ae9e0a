/** Shapes shared by the CLI runner and its commands. */
import type { Database } from '../db/client.server.ts';

/** Where a command writes: `out` is the result (stdout), `err` is everything else (stderr). */
export interface CliIo {
	out(text: string): void;
	err(text: string): void;
}

export interface CliContext {
	io: CliIo;
	/** Open the configured database (tests pass their own). Not yet migrated. */
	openDatabase(): Promise<Database>;
	/** The planning areas (supplied by the composition root: the platform knows no module). */
	listAreas(): Promise<{ id: string; name: string }[]>;
}

export interface CommandOption {
	type: 'string' | 'boolean';
	description: string;
	/** Shown in the help as `--name <valueName>`. */
	valueName?: string;
}

export interface ParsedArgs {
	values: Record<string, string | boolean | undefined>;
	positionals: string[];
}

export interface Command {
	name: string;
	usage: string;
	summary: string;
	details?: string[];
	options: Record<string, CommandOption>;
	/** Allowed number of positional arguments: [min, max]. */
	positionals: [number, number];
	run(args: ParsedArgs, ctx: CliContext): Promise<void>;
}

/** Wrong use of the command line (exit code 2, help is printed). */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}
