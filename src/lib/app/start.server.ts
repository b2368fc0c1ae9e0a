/** Composition root for the web process: start the platform with every module's seeders. */
import {
	explainStartupFailure,
	startPlatform,
	type StartupReport
} from '#lib/platform/startup.server.ts';
import { database } from '#lib/platform/db/client.server.ts';
import { startJobWorker, stopJobWorker } from '#lib/platform/jobs/worker.server.ts';
import { seeders } from './seeders.server.ts';

let shutdownRegistered = false;

function registerShutdown(): void {
	if (shutdownRegistered) return;
	shutdownRegistered = true;
	const stop = async () => {
		await stopJobWorker().catch(() => {});
		await database()
			.close()
			.catch(() => {});
		process.exit(0);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

function printReport(report: StartupReport): void {
	console.log(`Databáze: ${report.database.describe}`);
	if (report.migrated.length) console.log(`Použité migrace: ${report.migrated.join(', ')}`);
	if (report.demoLogins.length) {
		console.log('\nNačtena ukázková data (demo). Přihlášení:');
		for (const login of report.demoLogins) {
			console.log(
				`  ${login.role.padEnd(12)} ${login.email.padEnd(32)} heslo: ${login.password}   (${login.note})`
			);
		}
	}
}

/** Start once; failures are rethrown as StartupError (message + hint) for bin/server.js. */
export async function startApp(): Promise<StartupReport> {
	try {
		const report = await startPlatform(seeders);
		registerShutdown();
		printReport(report);
		startJobWorker();
		return report;
	} catch (error) {
		throw explainStartupFailure(error);
	}
}
