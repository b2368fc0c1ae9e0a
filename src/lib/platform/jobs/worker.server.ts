/**
 * The web process's job worker: registers the platform's own jobs (mail delivery, file purge)
 * and polls the queue when JOBS_IN_PROCESS is on. Modules register their jobs by importing their
 * `*.jobs.server.ts` from their index, which the composition root already loads.
 */
import { env } from '../config/env.server.ts';
import '../mail/mail.jobs.server.ts';
import '../files/files.jobs.server.ts';
import { registeredJobNames, startWorker, stopWorker } from './jobs.server.ts';

/** Start polling (after migrations) unless JOBS_IN_PROCESS=0; returns whether it started. */
export function startJobWorker(): boolean {
	if (!env().JOBS_IN_PROCESS) return false;
	startWorker({ pollMs: 1_000 });
	console.log(`Úlohy na pozadí: zpracovává tento proces (${registeredJobNames().join(', ')}).`);
	return true;
}

/** Stop polling and let the running job finish, waiting at most `graceMs` (on SIGTERM/SIGINT). */
export async function stopJobWorker(graceMs = 10_000): Promise<void> {
	await Promise.race([
		stopWorker(),
		new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref())
	]);
}
