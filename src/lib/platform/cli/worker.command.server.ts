/**
 * `worker`: a dedicated process for background jobs (e-mail delivery, file purge, module jobs),
 * for deployments that set JOBS_IN_PROCESS=0 on the web instances. Any number of workers may run
 * against one PostgreSQL: jobs are claimed with SKIP LOCKED.
 */
import '../jobs/worker.server.ts';
import { registeredJobNames, runJobsOnce, startWorker, stopWorker } from '../jobs/jobs.server.ts';
import type { Command } from './cli.types.ts';
import { withDatabase } from './database.server.ts';

/** Resolves on the first SIGINT or SIGTERM. */
function untilStopped(): Promise<void> {
	return new Promise((resolve) => {
		process.once('SIGINT', () => resolve());
		process.once('SIGTERM', () => resolve());
	});
}

const workerCommand: Command = {
	name: 'worker',
	usage: 'worker [--once]',
	summary:
		'Zpracovává úlohy na pozadí (odesílání e-mailů, mazání souborů, úlohy modulů), dokud jej neukončíte.',
	details: [
		'Pro provoz, kde webové instance mají JOBS_IN_PROCESS=0. Pracovníků může běžet víc najednou;',
		'každou úlohu převezme právě jeden. Ukončení: Ctrl+C nebo SIGTERM (rozpracovaná úloha doběhne).'
	],
	options: {
		once: { type: 'boolean', description: 'zpracuje úlohy, které právě čekají, a skončí' }
	},
	positionals: [0, 0],
	async run({ values }, ctx) {
		await withDatabase(ctx, { migrate: true }, async (database) => {
			ctx.io.err(`Databáze: ${database.describe}`);
			if (values.once) {
				const summary = await runJobsOnce({ limit: 1_000 });
				ctx.io.out(
					`Zpracováno úloh: ${summary.processed} (hotovo ${summary.done}, k opakování ${summary.retried}, selhalo ${summary.failed}).`
				);
				return;
			}
			startWorker({ pollMs: 1_000 });
			ctx.io.err(`Pracovník úloh běží (${registeredJobNames().join(', ')}). Ukončení: Ctrl+C.`);
			await untilStopped();
			await stopWorker();
			ctx.io.err('Pracovník úloh ukončen.');
		});
	}
};

export const workerCommands: Command[] = [workerCommand];
