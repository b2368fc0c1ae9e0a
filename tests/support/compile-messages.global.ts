/**
 * Vitest global setup: compile the Paraglide messages before any test imports them. It runs the
 * CLI in a child process (with the Node running Vitest) because compiling inside the Vitest
 * process leaves file handles open and blocks its exit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Compile once per `vitest run`; a failure stops the run with Paraglide's own message. */
export default function setup(): void {
	const args = [path.join(root, 'scripts/compile-messages.js')];
	// Several people share one work tree: take the same lock as the manual compile command.
	const lock = '/usr/bin/flock';
	const [command, commandArgs] = existsSync(lock)
		? [lock, ['/tmp/souhra-paraglide.lock', process.execPath, ...args]]
		: [process.execPath, args];
	execFileSync(command, commandArgs, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
