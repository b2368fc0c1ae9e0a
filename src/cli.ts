/**
 * Entry of `npm run -s cli -- <command>` (run by tsx). Thin: wires the configured database and
 * the module look-ups into the platform CLI, then exits with its code.
 */
import { registerCommands, runCli, type CliContext } from '#lib/platform/cli/cli.server.ts';
import { openConfiguredDatabase } from '#lib/platform/startup.server.ts';
import { listAreas } from '#lib/modules/organisation/index.ts';
import { catalogueCommands } from '#lib/modules/catalogue/index.ts';

registerCommands(catalogueCommands);

const context: CliContext = {
	io: {
		out: (text) => process.stdout.write(`${text}\n`),
		err: (text) => process.stderr.write(`${text}\n`)
	},
	openDatabase: openConfiguredDatabase,
	listAreas
};

process.exitCode = await runCli(process.argv.slice(2), context);
