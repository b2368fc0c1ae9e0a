/**
 * Background job of an uploaded registry file: streams the stored file through the importer and
 * reports progress in kilobytes read (the number of items is unknown until the end). A retry
 * (database failure) resumes from the run's checkpoint; a broken file fails the job for good.
 */
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { systemActor } from '#lib/platform/access/actor.ts';
import { loadActor } from '#lib/platform/auth/user.service.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { defineJob, PermanentJobError } from '#lib/platform/jobs/jobs.server.ts';
import { findFile } from '#lib/platform/files/files.service.server.ts';
import { storage } from '#lib/platform/files/files.storage.server.ts';
import { formatNumber } from '#lib/platform/i18n/format.ts';
import { importRuns } from './catalogue.schema.ts';
import { runRegistryImport } from './import.server.ts';

export const REGISTRY_IMPORT_JOB = 'catalogue.registry-import@1';

defineJob<{ runId: string }>({
	name: REGISTRY_IMPORT_JOB,
	title: () => 'Import registru poskytovatelů sociálních služeb',
	payload: z.object({ runId: z.uuid() }),
	maxAttempts: 3,
	backoff: (attempt) => 10_000 * attempt,
	async handler({ runId }, ctx) {
		const [run] = await db().select().from(importRuns).where(eq(importRuns.id, runId));
		if (!run) throw new PermanentJobError(`Import ${runId} neexistuje.`);
		if (run.status === 'done') return { runId, status: 'done' };
		const file = run.fileId ? await findFile(run.fileId) : undefined;
		if (!file) {
			await db()
				.update(importRuns)
				.set({ status: 'failed', error: 'Nahraný soubor už neexistuje.', finishedAt: new Date() })
				.where(eq(importRuns.id, runId));
			throw new PermanentJobError('Nahraný soubor už neexistuje.');
		}
		let actor = systemActor('import registru');
		if (run.startedById) {
			try {
				actor = await loadActor(run.startedById);
			} catch {
				// The account is gone: the history shows the system.
			}
		}
		const totalKb = Math.max(1, Math.ceil(file.size / 1024));
		const summary = await runRegistryImport({
			runId,
			actor,
			source: { open: () => storage().get(file.storageKey), size: file.size },
			onProgress: (bytes, _total, items) =>
				ctx.progress(
					Math.min(totalKb, Math.floor(bytes / 1024)),
					totalKb,
					`Zpracováno ${formatNumber(items, 'cs')} položek`
				)
		});
		if (summary.status === 'failed') throw new PermanentJobError(summary.error ?? 'Import selhal.');
		await ctx.progress(
			totalKb,
			totalKb,
			`Zpracováno ${formatNumber(summary.totalItems, 'cs')} položek`
		);
		return {
			runId,
			added: summary.added,
			changed: summary.changed,
			unchanged: summary.unchanged,
			ended: summary.ended,
			skipped: summary.skipped
		};
	}
});
