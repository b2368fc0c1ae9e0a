import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, queryRows } from '../db/client.server.ts';
import { useTestDatabase } from '../db/testing.server.ts';
import { jobs } from './jobs.schema.ts';
import {
	defineJob,
	enqueueJob,
	getJob,
	listJobs,
	PermanentJobError,
	runJobsOnce,
	startWorker,
	stopWorker
} from './jobs.server.ts';

const testDb = useTestDatabase();

const runs = new Map<string, number>();
const bump = (key: string) => {
	const n = (runs.get(key) ?? 0) + 1;
	runs.set(key, n);
	return n;
};

defineJob({
	name: 'test.flaky@1',
	payload: z.object({ key: z.string(), failTimes: z.number().int() }),
	maxAttempts: 3,
	backoff: () => 0,
	async handler({ key, failTimes }) {
		const n = bump(key);
		if (n <= failTimes) throw new Error(`selhání číslo ${n}`);
		return { ranTimes: n };
	}
});

defineJob({
	name: 'test.slow-retry@1',
	payload: z.object({ key: z.string() }),
	backoff: (attempt) => 60_000 * 2 ** (attempt - 1),
	async handler({ key }) {
		if (bump(key) === 1) throw new Error('poprvé ne');
	}
});

defineJob({
	name: 'test.permanent@1',
	payload: z.object({}),
	async handler() {
		throw new PermanentJobError('Adresát neexistuje.');
	}
});

defineJob({
	name: 'test.throws-string@1',
	payload: z.object({}),
	maxAttempts: 1,
	async handler() {
		throw 'not an error object';
	}
});

defineJob({
	name: 'test.count@1',
	payload: z.object({ n: z.number() }),
	async handler({ n }, ctx) {
		bump(`count:${n}`);
		await new Promise((r) => setTimeout(r, 3));
		return { jobId: ctx.jobId };
	}
});

const seen: number[] = [];
defineJob({
	name: 'test.progress@1',
	payload: z.object({}),
	async handler(_payload, ctx) {
		await ctx.progress(1, 100, 'Začínám');
		seen.push((await getJob(ctx.jobId))!.progress);
		await ctx.progress(2, 100);
		seen.push((await getJob(ctx.jobId))!.progress);
		await ctx.progress(50, 100, 'V polovině');
	}
});

defineJob({
	name: 'test.hijacked@1',
	payload: z.object({}),
	async handler(_payload, ctx) {
		// Another worker reclaims the job while this one is still running.
		await db().update(jobs).set({ lockedBy: 'other-worker' }).where(eq(jobs.id, ctx.jobId));
	}
});

const enqueue = (name: string, payload: unknown, options = {}) =>
	db().transaction((tx) => enqueueJob(tx, name, payload, options));

describe('jobs', () => {
	it('runs a job and retries failures until it succeeds', async () => {
		const { id } = await enqueue('test.flaky@1', { key: 'a', failTimes: 2 });
		const summary = await runJobsOnce({ limit: 10 });
		expect(summary).toEqual({ processed: 3, done: 1, failed: 0, retried: 2 });
		const job = await getJob(id);
		expect(job).toMatchObject({ status: 'done', attempts: 3, lastError: null, lockedBy: null });
		expect(job?.result).toEqual({ ranTimes: 3 });
		expect(job?.finishedAt).toBeInstanceOf(Date);
	});

	it('marks the job failed with the last error after maxAttempts', async () => {
		const { id } = await enqueue('test.flaky@1', { key: 'b', failTimes: 99 });
		await runJobsOnce({ limit: 10 });
		expect(await getJob(id)).toMatchObject({
			status: 'failed',
			attempts: 3,
			lastError: 'selhání číslo 3'
		});
		expect(runs.get('b')).toBe(3);
	});

	it('waits with exponential backoff before a retry', async () => {
		const { id } = await enqueue('test.slow-retry@1', { key: 'c' });
		expect((await runJobsOnce()).retried).toBe(1);
		const [row] = await queryRows<{ wait: number }>(
			db(),
			sql`select extract(epoch from run_at - now())::float8 as wait from jobs_jobs where id = ${id}`
		);
		expect(Number(row.wait)).toBeGreaterThan(50);
		expect(Number(row.wait)).toBeLessThanOrEqual(61);
		expect(await getJob(id)).toMatchObject({ status: 'queued', lastError: 'poprvé ne' });
		expect((await runJobsOnce()).processed).toBe(0);
		await db()
			.update(jobs)
			.set({ runAt: new Date(Date.now() - 1000) })
			.where(eq(jobs.id, id));
		expect((await runJobsOnce()).done).toBe(1);
		expect(await getJob(id)).toMatchObject({ status: 'done', attempts: 2 });
	});

	it('fails permanent errors at once and survives non-Error throws', async () => {
		const permanent = await enqueue('test.permanent@1', {});
		const odd = await enqueue('test.throws-string@1', {});
		expect((await runJobsOnce()).failed).toBe(2);
		expect(await getJob(permanent.id)).toMatchObject({
			status: 'failed',
			attempts: 1,
			lastError: 'Adresát neexistuje.'
		});
		expect(await getJob(odd.id)).toMatchObject({
			status: 'failed',
			lastError: 'not an error object'
		});
	});

	it('refuses an invalid payload or an unknown job at enqueue time', async () => {
		await expect(enqueue('test.flaky@1', { key: 1 })).rejects.toThrow();
		await expect(enqueue('test.nope@1', {})).rejects.toThrow(/Unknown job/);
	});

	it('reclaims a job whose lease expired, but not a fresh running one', async () => {
		const stale = await enqueue('test.count@1', { n: 1 });
		const fresh = await enqueue('test.count@1', { n: 2 });
		const exhausted = await enqueue('test.count@1', { n: 3 }, { maxAttempts: 1 });
		await db()
			.update(jobs)
			.set({
				status: 'running',
				attempts: 1,
				lockedBy: 'dead-worker',
				lockedAt: new Date(Date.now() - 11 * 60_000)
			})
			.where(sql`${jobs.id} in (${stale.id}, ${exhausted.id})`);
		await db()
			.update(jobs)
			.set({ status: 'running', attempts: 1, lockedBy: 'busy-worker', lockedAt: new Date() })
			.where(eq(jobs.id, fresh.id));
		await runJobsOnce();
		expect(await getJob(stale.id)).toMatchObject({ status: 'done', attempts: 2 });
		expect(await getJob(fresh.id)).toMatchObject({ status: 'running', lockedBy: 'busy-worker' });
		expect(await getJob(exhausted.id)).toMatchObject({ status: 'failed' });
		expect((await getJob(exhausted.id))?.lastError).toMatch(/časovém limitu/);
		expect(runs.get('count:2')).toBeUndefined();
		expect(runs.get('count:3')).toBeUndefined();
	});

	it('does not let a worker whose job was reclaimed overwrite the new owner', async () => {
		const { id } = await enqueue('test.hijacked@1', {});
		await runJobsOnce();
		expect(await getJob(id)).toMatchObject({ status: 'running', lockedBy: 'other-worker' });
		await db().delete(jobs).where(eq(jobs.id, id));
	});

	it('writes progress throttled and always the final value', async () => {
		const { id } = await enqueue('test.progress@1', {});
		await runJobsOnce({ progressThrottleMs: 60_000 });
		expect(seen).toEqual([1, 1]);
		expect(await getJob(id)).toMatchObject({
			status: 'done',
			progress: 50,
			progressTotal: 100,
			progressMessage: 'V polovině'
		});
	});

	it('never runs a job twice when two workers claim in parallel', async () => {
		const ids = new Set<string>();
		for (let n = 100; n < 130; n++) ids.add((await enqueue('test.count@1', { n })).id);
		const [a, b] = await Promise.all([runJobsOnce({ limit: 100 }), runJobsOnce({ limit: 100 })]);
		expect(a.processed + b.processed).toBe(30);
		if (testDb.current().kind === 'postgresql') {
			// Real concurrency: both workers got a share of the queue.
			expect(a.processed).toBeGreaterThan(0);
			expect(b.processed).toBeGreaterThan(0);
		}
		for (let n = 100; n < 130; n++) expect(runs.get(`count:${n}`)).toBe(1);
		const { rows } = await listJobs({ name: 'test.count@1', status: 'done', pageSize: 200 });
		expect(rows.filter((r) => ids.has(r.id))).toHaveLength(30);
	});

	it('lists jobs newest first with pagination and filters', async () => {
		const page1 = await listJobs({ page: 1, pageSize: 5, name: 'test.count@1' });
		const page2 = await listJobs({ page: 2, pageSize: 5, name: 'test.count@1' });
		expect(page1.rows).toHaveLength(5);
		expect(page1.total).toBe(page2.total);
		expect(page1.total).toBeGreaterThanOrEqual(31);
		expect(page1.rows[0].createdAt >= page2.rows[0].createdAt).toBe(true);
		expect(page1.rows.map((r) => r.id)).not.toContain(page2.rows[0].id);
		expect((await listJobs({ status: 'failed' })).rows.every((r) => r.status === 'failed')).toBe(
			true
		);
	});

	it('runs jobs in a background worker until stopped', async () => {
		const { id } = await enqueue('test.count@1', { n: 500 });
		startWorker({ pollMs: 20 });
		const deadline = Date.now() + 10_000;
		while ((await getJob(id))?.status !== 'done' && Date.now() < deadline) {
			await new Promise((r) => setTimeout(r, 20));
		}
		await stopWorker();
		expect((await getJob(id))?.status).toBe('done');
		const later = await enqueue('test.count@1', { n: 501 });
		await new Promise((r) => setTimeout(r, 100));
		expect((await getJob(later.id))?.status).toBe('queued');
	});
});
