/**
 * Background jobs on the `jobs_jobs` table, the same for PGlite and PostgreSQL. A job is
 * enqueued inside the caller's transaction (so it exists only if the change commits) and
 * claimed with `UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED LIMIT 1)`, so several
 * stateless app instances can share one queue without running a job twice.
 *
 * Failures are retried with exponential backoff; after `maxAttempts` the job is `failed` with
 * its last error. A job left `running` longer than the lease (crashed process) is reclaimed.
 * Handler errors are caught and recorded; they never crash the process.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { and, count, desc, eq, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { db, type Db } from '../db/client.server.ts';
import { jobs } from './jobs.schema.ts';

export type Job = typeof jobs.$inferSelect;
export type JobStatus = Job['status'];
export const JOB_STATUSES: readonly JobStatus[] = ['queued', 'running', 'done', 'failed'];

export interface JobContext {
	jobId: string;
	/** 1 for the first run, 2 for the first retry, … */
	attempt: number;
	/** After this attempt the job fails for good; handlers may use it to mark their own records. */
	maxAttempts: number;
	/** Report progress (throttled; the last value is always written before the job ends). */
	progress(done: number, total?: number | null, message?: string | null): Promise<void>;
}

export interface JobDefinition<T> {
	/** Dotted and versioned, e.g. `mail.send@1`. Change the version when the payload changes. */
	name: string;
	/** What the job does, in the current UI language, for the admin pages ("Odeslání e-mailu"). */
	title?: () => string;
	payload: z.ZodType<T>;
	maxAttempts?: number;
	/** Delay before retry number `attempt` (1 = after the first failure), in ms. */
	backoff?: (attempt: number) => number;
	/** May return a JSON-serialisable result, stored on the job. */
	handler: (payload: T, ctx: JobContext) => Promise<unknown>;
}

/** A job that must not be retried (bad payload, permanent refusal): fail it at once. */
export class PermanentJobError extends Error {
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'PermanentJobError';
	}
}

/** 30 s, 1 min, 2 min, … capped at one hour. */
export const defaultBackoff = (attempt: number): number =>
	Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);

/** A `running` job whose lock is older than this is considered abandoned and claimed again. */
export const DEFAULT_LEASE_MS = 10 * 60_000;
const PROGRESS_THROTTLE_MS = 1_000;
const DEFAULT_MAX_ATTEMPTS = 5;

const registry = new Map<string, JobDefinition<unknown>>();

/** Register a job type (at module load). A re-definition (dev reload) replaces the old one. */
export function defineJob<T>(definition: JobDefinition<T>): JobDefinition<T> {
	if (!/^[a-z][\w.-]*@\d+$/.test(definition.name)) {
		throw new Error(`Job name must look like "module.action@1", got ${definition.name}`);
	}
	registry.set(definition.name, definition as JobDefinition<unknown>);
	return definition;
}

/** Human title of a job type; the technical name when the type has none or is unknown here. */
export function jobTitle(name: string): string {
	return registry.get(name)?.title?.() ?? name;
}

/** Names of the job types this process can run. */
export function registeredJobNames(): string[] {
	return [...registry.keys()].sort();
}

export interface EnqueueOptions {
	runAt?: Date;
	maxAttempts?: number;
}

/** Add a job inside the caller's transaction; the payload is validated against the job's schema. */
export async function enqueueJob(
	tx: Db,
	name: string,
	payload: unknown,
	options: EnqueueOptions = {}
): Promise<{ id: string }> {
	const definition = registry.get(name);
	if (!definition) throw new Error(`Unknown job ${name} (is its module imported?)`);
	const parsed = definition.payload.parse(payload);
	const [row] = await tx
		.insert(jobs)
		.values({
			name,
			payload: parsed ?? null,
			maxAttempts: options.maxAttempts ?? definition.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
			...(options.runAt ? { runAt: options.runAt } : {})
		})
		.returning({ id: jobs.id });
	return row;
}

const interval = (ms: number): SQL =>
	sql`(${Math.max(0, Math.round(ms))} * interval '1 millisecond')`;

/** Claim one due job (or an abandoned one) for this worker; null when nothing is due. */
async function claimJob(token: string, leaseMs: number): Promise<Job | null> {
	const names = registeredJobNames();
	if (names.length === 0) return null;
	const due = db()
		.select({ id: jobs.id })
		.from(jobs)
		.where(
			and(
				inArray(jobs.name, names),
				or(
					and(eq(jobs.status, 'queued'), lte(jobs.runAt, sql`now()`)),
					and(eq(jobs.status, 'running'), lt(jobs.lockedAt, sql`now() - ${interval(leaseMs)}`))
				)
			)
		)
		.orderBy(jobs.runAt, jobs.createdAt)
		.limit(1)
		.for('update', { skipLocked: true });
	const [job] = await db()
		.update(jobs)
		.set({
			status: 'running',
			attempts: sql`${jobs.attempts} + 1`,
			lockedAt: sql`now()`,
			lockedBy: token
		})
		.where(eq(jobs.id, sql`(${due})`))
		.returning();
	return job ?? null;
}

function errorText(error: unknown): string {
	const text = error instanceof Error ? error.message || error.name : String(error);
	return text.slice(0, 2000);
}

/** Finish a claimed job; writes nothing if another worker has meanwhile reclaimed it. */
async function settle(job: Job, token: string, values: PgUpdateSetSource<typeof jobs>) {
	await db()
		.update(jobs)
		.set({ lockedAt: null, lockedBy: null, ...values })
		.where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, token)));
}

function progressReporter(job: Job, token: string, throttleMs: number) {
	let lastWrite = 0;
	let pending: { done: number; total: number | null; message: string | null } | null = null;
	const write = async (values: NonNullable<typeof pending>) => {
		lastWrite = Date.now();
		pending = null;
		// Progress also renews the lease, so long jobs that report are never reclaimed.
		await db()
			.update(jobs)
			.set({
				progress: Math.max(0, Math.round(values.done)),
				progressTotal: values.total === null ? null : Math.max(0, Math.round(values.total)),
				progressMessage: values.message?.slice(0, 500) ?? null,
				lockedAt: sql`now()`
			})
			.where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, token)));
	};
	return {
		report: async (done: number, total?: number | null, message?: string | null) => {
			const values = { done, total: total ?? null, message: message ?? null };
			if (Date.now() - lastWrite >= throttleMs || (values.total !== null && done >= values.total)) {
				await write(values);
			} else {
				pending = values;
			}
		},
		flush: async () => {
			if (pending) await write(pending);
		}
	};
}

async function runClaimed(job: Job, token: string, throttleMs: number): Promise<JobStatus> {
	const definition = registry.get(job.name);
	if (!definition) {
		await settle(job, token, {
			status: 'failed',
			finishedAt: sql`now()`,
			lastError: `Neznámá úloha ${job.name}.`
		});
		return 'failed';
	}
	if (job.attempts > job.maxAttempts) {
		await settle(job, token, {
			status: 'failed',
			finishedAt: sql`now()`,
			lastError: job.lastError ?? 'Úloha nedoběhla v časovém limitu a byla ukončena.'
		});
		return 'failed';
	}
	const reporter = progressReporter(job, token, throttleMs);
	try {
		const payload = definition.payload.safeParse(job.payload);
		if (!payload.success) {
			throw new PermanentJobError(`Neplatná data úlohy: ${payload.error.message}`);
		}
		const result = await definition.handler(payload.data, {
			jobId: job.id,
			attempt: job.attempts,
			maxAttempts: job.maxAttempts,
			progress: reporter.report
		});
		await reporter.flush();
		await settle(job, token, {
			status: 'done',
			finishedAt: sql`now()`,
			lastError: null,
			result: result === undefined ? null : JSON.parse(JSON.stringify(result))
		});
		return 'done';
	} catch (error) {
		await reporter.flush().catch(() => {});
		const final = error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
		console.error(
			`Úloha ${job.name} (${job.id}) selhala při pokusu ${job.attempts}/${job.maxAttempts}:`,
			errorText(error)
		);
		const delay = (definition.backoff ?? defaultBackoff)(job.attempts);
		await settle(
			job,
			token,
			final
				? { status: 'failed', finishedAt: sql`now()`, lastError: errorText(error) }
				: {
						status: 'queued',
						runAt: sql`now() + ${interval(delay)}`,
						lastError: errorText(error)
					}
		);
		return final ? 'failed' : 'queued';
	}
}

const workerId = `${hostname()}:${process.pid}`;

export interface RunOptions {
	/** Most jobs to run in this call. */
	limit?: number;
	leaseMs?: number;
	progressThrottleMs?: number;
}

export interface RunSummary {
	processed: number;
	done: number;
	failed: number;
	retried: number;
}

/** Claim and run due jobs one after another (the worker's step; tests call it directly). */
export async function runJobsOnce(options: RunOptions = {}): Promise<RunSummary> {
	const {
		limit = 10,
		leaseMs = DEFAULT_LEASE_MS,
		progressThrottleMs = PROGRESS_THROTTLE_MS
	} = options;
	const summary: RunSummary = { processed: 0, done: 0, failed: 0, retried: 0 };
	while (summary.processed < limit) {
		const token = `${workerId}:${randomBytes(6).toString('hex')}`;
		const job = await claimJob(token, leaseMs);
		if (!job) break;
		summary.processed++;
		const status = await runClaimed(job, token, progressThrottleMs);
		if (status === 'done') summary.done++;
		else if (status === 'failed') summary.failed++;
		else summary.retried++;
	}
	return summary;
}

/** One job, for progress pages. */
export async function getJob(id: string): Promise<Job | undefined> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
	const [row] = await db().select().from(jobs).where(eq(jobs.id, id));
	return row;
}

export interface JobQuery {
	page?: number;
	pageSize?: number;
	status?: JobStatus;
	name?: string;
}

/** Jobs newest first, paginated, optionally by status and name. */
export async function listJobs(query: JobQuery = {}): Promise<{ rows: Job[]; total: number }> {
	const page = Math.max(1, query.page ?? 1);
	const pageSize = Math.min(200, Math.max(1, query.pageSize ?? 25));
	const parts: SQL[] = [];
	if (query.status) parts.push(eq(jobs.status, query.status));
	if (query.name) parts.push(eq(jobs.name, query.name));
	const where = parts.length ? and(...parts) : undefined;
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select()
			.from(jobs)
			.where(where)
			.orderBy(desc(jobs.createdAt), desc(jobs.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db().select({ n: count() }).from(jobs).where(where)
	]);
	return { rows, total: Number(n) };
}

/** Distinct job names in the table (for the filter of the admin list). */
export async function listJobNames(): Promise<string[]> {
	const rows = await db().selectDistinct({ name: jobs.name }).from(jobs).orderBy(jobs.name);
	return rows.map((r) => r.name);
}

let worker: { stop: () => Promise<void> } | undefined;

/** Poll for jobs until `stopWorker`; errors (e.g. database away) are logged and the loop goes on. */
export function startWorker(options: { pollMs?: number } & RunOptions = {}): void {
	if (worker) return;
	const pollMs = options.pollMs ?? 1_000;
	let stopping = false;
	let wake: (() => void) | undefined;
	const sleep = (ms: number) =>
		new Promise<void>((resolve) => {
			const timer = setTimeout(resolve, ms);
			timer.unref?.();
			wake = () => {
				clearTimeout(timer);
				resolve();
			};
		});
	const loop = (async () => {
		while (!stopping) {
			let processed = 0;
			try {
				processed = (await runJobsOnce({ ...options, limit: options.limit ?? 5 })).processed;
			} catch (error) {
				console.error('Zpracování úloh na pozadí selhalo:', errorText(error));
			}
			if (!stopping && processed === 0) await sleep(pollMs);
		}
	})();
	worker = {
		stop: async () => {
			stopping = true;
			wake?.();
			await loop;
		}
	};
}

/** Stop polling and wait for the job in progress to finish. */
export async function stopWorker(): Promise<void> {
	const current = worker;
	worker = undefined;
	await current?.stop();
}
