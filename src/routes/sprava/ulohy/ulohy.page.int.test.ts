import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ANONYMOUS, type Actor } from '#lib/platform/access/actor.ts';
import { defineJob, enqueueJob, runJobsOnce } from '#lib/platform/jobs/jobs.server.ts';
import { jobs } from '#lib/platform/jobs/jobs.schema.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { load as listLoad } from './+page.server.ts';
import { load as detailLoad } from './[id]/+page.server.ts';
import type { RequestHandler } from '@sveltejs/kit';
import { GET } from './[id]/stav/+server.ts';

const status = GET as unknown as RequestHandler;

useTestDatabase();

defineJob({
	name: 'test.import@1',
	title: () => 'Import',
	payload: z.object({ rows: z.number() }),
	async handler({ rows }, ctx) {
		await ctx.progress(rows, rows, 'Hotovo');
		return { imported: rows };
	}
});

const admin: Actor = {
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000001',
	name: 'Správce',
	email: 'spravce@example.cz',
	grants: [{ role: 'admin' }]
};
const member: Actor = {
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000002',
	name: 'Člen',
	email: 'c@example.cz',
	grants: [{ role: 'member', bodyId: '00000000-0000-4000-8000-0000000000cc' }]
};
const locals = (actor: Actor) => ({ actor, user: null, sessionId: null });
type ListData = Exclude<Awaited<ReturnType<typeof listLoad>>, void>;
type DetailData = Exclude<Awaited<ReturnType<typeof detailLoad>>, void>;
const list = async (actor: Actor, query = '') =>
	(await listLoad({
		locals: locals(actor),
		url: new URL(`http://localhost/sprava/ulohy${query}`)
	} as never)) as ListData;
const detail = async (actor: Actor, id: string) =>
	(await detailLoad({
		locals: locals(actor),
		params: { id },
		setHeaders() {}
	} as never)) as DetailData;

describe('/sprava/ulohy', () => {
	it('refuses the anonymous public (401) and non-admins (403), also for the JSON status', async () => {
		const { id } = await db().transaction((tx) => enqueueJob(tx, 'test.import@1', { rows: 3 }));
		await expect(list(ANONYMOUS)).rejects.toMatchObject({ status: 401 });
		await expect(list(member)).rejects.toMatchObject({ status: 403 });
		await expect(detail(ANONYMOUS, id)).rejects.toMatchObject({ status: 401 });
		await expect(detail(member, id)).rejects.toMatchObject({ status: 403 });
		expect((await callEndpoint(status, { url: '/x', params: { id } })).status).toBe(401);
		expect((await callEndpoint(status, { url: '/x', params: { id }, actor: member })).status).toBe(
			403
		);
		const missing = await callEndpoint(status, {
			url: '/x',
			params: { id: '00000000-0000-4000-8000-00000000dead' },
			actor: admin
		});
		expect(missing.status).toBe(404);
		expect(missing.json.message).toBe('Úloha nebyla nalezena.');
		await expect(detail(admin, 'nesmysl')).rejects.toMatchObject({ status: 404 });
	});

	it('shows jobs with Czech status, refreshes only while active, and reports progress as JSON', async () => {
		const [queued] = (await list(admin, '?stav=queued')).jobs;
		expect(queued).toMatchObject({ name: 'test.import@1', statusLabel: 'Čeká', active: true });
		let page = await detail(admin, queued.id);
		expect(page.job.active).toBe(true);
		expect(page.payload).toContain('"rows": 3');

		await db()
			.update(jobs)
			.set({ runAt: sql`now() + interval '1 hour'` })
			.where(eq(jobs.id, queued.id));
		expect((await detail(admin, queued.id)).job.active).toBe(false); // a distant retry: no refresh
		await db()
			.update(jobs)
			.set({ runAt: new Date(Date.now() - 1000) })
			.where(eq(jobs.id, queued.id));

		await runJobsOnce();
		page = await detail(admin, queued.id);
		expect(page.job).toMatchObject({
			statusLabel: 'Dokončeno',
			active: false,
			progress: 3,
			progressTotal: 3
		});
		expect(page.result).toContain('"imported": 3');
		const json = await callEndpoint(status, { url: '/x', params: { id: queued.id }, actor: admin });
		expect(json.status).toBe(200);
		expect(json.json).toMatchObject({
			status: 'done',
			statusLabel: 'Dokončeno',
			progress: 3,
			progressTotal: 3,
			progressMessage: 'Hotovo'
		});
		const filtered = await list(admin, '?stav=done&druh=test.import%401');
		expect(filtered.jobs.map((j: { id: string }) => j.id)).toEqual([queued.id]);
		expect(filtered.nameOptions).toEqual([
			{ value: 'test.import@1', label: 'Import (test.import@1)' }
		]);
		expect(filtered.jobs[0].title).toBe('Import');
		await expect(list(admin, '?stav=nesmysl')).rejects.toMatchObject({ status: 400 });
	});
});
