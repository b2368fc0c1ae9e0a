/** Administrators' view of the job queue: list with filters, one job with its progress. */
import { z } from 'zod';
import type { Actor } from '../access/actor.ts';
import { authorize } from '../access/can.ts';
import '../access/platform.permissions.ts';
import { NotFoundError } from '../http/errors.ts';
import { parseInput } from '../http/validation.ts';
import {
	getJob,
	JOB_STATUSES,
	listJobNames,
	listJobs,
	type Job,
	type JobStatus
} from './jobs.server.ts';

export const JOBS_PAGE_SIZE = 25;

const querySchema = z.object({
	strana: z
		.string()
		.optional()
		.transform((v) => {
			const n = Number.parseInt(v ?? '', 10);
			return Number.isFinite(n) && n >= 1 ? Math.min(n, 100_000) : 1;
		}),
	stav: z
		.union([z.enum(JOB_STATUSES as [JobStatus, ...JobStatus[]]), z.literal('')])
		.optional()
		.transform((v) => v || undefined),
	druh: z
		.string()
		.trim()
		.max(200)
		.optional()
		.transform((v) => v || undefined)
});

/** One page of jobs (newest first) and the job names for the filter. */
export async function browseJobs(
	actor: Actor,
	raw: Record<string, string>
): Promise<{ rows: Job[]; total: number; page: number; pageSize: number; names: string[] }> {
	authorize(actor, 'admin.jobs.read');
	const query = parseInput(querySchema, raw);
	const [{ rows, total }, names] = await Promise.all([
		listJobs({
			page: query.strana,
			pageSize: JOBS_PAGE_SIZE,
			status: query.stav,
			name: query.druh
		}),
		listJobNames()
	]);
	return { rows, total, page: query.strana, pageSize: JOBS_PAGE_SIZE, names };
}

/** One job for its progress page; 404 when it does not exist. */
export async function readJob(actor: Actor, id: string): Promise<Job> {
	authorize(actor, 'admin.jobs.read');
	const job = await getJob(id);
	if (!job) throw new NotFoundError('Úloha nebyla nalezena.');
	return job;
}
