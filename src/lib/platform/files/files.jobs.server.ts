/** `files.purge@1`: delete a removed file's bytes after the deleting transaction has committed. */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '#lib/paraglide/messages.js';
import { db } from '../db/client.server.ts';
import { defineJob } from '../jobs/jobs.server.ts';
import { files } from './files.schema.ts';
import { storage } from './files.storage.server.ts';

export const FILES_PURGE_JOB = 'files.purge@1';

defineJob({
	name: FILES_PURGE_JOB,
	title: () => m.files_job_purge_title(),
	payload: z.object({ storageKey: z.string().min(1) }),
	maxAttempts: 10,
	async handler({ storageKey }) {
		// A key still referenced (should never happen) is kept rather than breaking a download.
		const [still] = await db()
			.select({ id: files.id })
			.from(files)
			.where(eq(files.storageKey, storageKey));
		if (still) return { kept: true };
		await storage().delete(storageKey);
		return { deleted: true };
	}
});
