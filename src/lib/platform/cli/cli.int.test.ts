import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { db, type Database } from '../db/client.server.ts';
import { createTestDatabase, useTestDatabase } from '../db/testing.server.ts';
import { listHistory } from '../audit/audit.server.ts';
import { users } from '../auth/auth.schema.ts';
import { authenticateToken } from '../auth/api-token.service.server.ts';
import { inspectResetToken } from '../auth/password-reset.service.server.ts';
import { loadGrants } from '../access/grant.server.ts';
import { defineJob, enqueueJob, getJob } from '../jobs/jobs.server.ts';
import { z } from 'zod';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCli, type CliContext } from './cli.server.ts';

const testDb = useTestDatabase();
const dir = mkdtempSync(path.join(tmpdir(), 'souhra-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AREAS = [
	{ id: '3f1c8a52-6a3e-4d0e-9a55-1b2c3d4e5f60', name: 'ORP Liberec' },
	{ id: '4a2d9b63-7b4f-4e1f-8b66-2c3d4e5f6071', name: 'Dvojče' },
	{ id: '5b3eac74-8c50-4f20-9c77-3d4e5f607182', name: 'Dvojče' }
];

/** Run one command line against `database` (the test database unless given), capturing output. */
async function cli(argv: string[], database?: Database) {
	const out: string[] = [];
	const err: string[] = [];
	const ctx: CliContext = {
		io: { out: (t) => out.push(t), err: (t) => err.push(t) },
		openDatabase: async () => ({ ...(database ?? testDb.current()), close: async () => {} }),
		listAreas: async () => AREAS
	};
	const code = await runCli(argv, ctx);
	return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli: usage', () => {
	it('prints the Czech help', async () => {
		const res = await cli(['help']);
		expect(res.code, res.err).toBe(EXIT_OK);
		for (const name of ['db:migrate', 'user:create', 'token:create', 'backup', 'restore']) {
			expect(res.out).toContain(name);
		}
		const one = await cli(['help', 'restore']);
		expect(one.out).toContain('--force');
	});

	it.each([
		[[], /Chybí příkaz/],
		[['nope'], /Neznámý příkaz „nope“/],
		[['backup'], /Chybí argument/],
		[['backup', 'a', 'b'], /Nadbytečný argument „b“/],
		[['restore', 'x', '--bogus'], /Neznámá volba --bogus/],
		[['user:create', '--email', 'a@b.cz', '--name', 'A', '--role', 'boss'], /Neznámá role „boss“/],
		[
			['user:create', '--email', 'a@b.cz', '--name', 'A', '--role', 'coordinator'],
			/potřebuje území/
		],
		[
			['user:create', '--email', 'a@b.cz', '--name', 'A', '--role', 'admin', '--area', 'x'],
			/jen k roli coordinator/
		],
		[
			['user:create', '--email', 'a@b.cz', '--name', 'A', '--role', 'member', '--body', 'x'],
			/UUID/
		],
		[['token:create'], /Chybí povinná volba --email/]
	])('rejects %j as wrong usage (exit 2)', async (argv, message) => {
		const res = await cli(argv);
		expect(res.code, res.err).toBe(EXIT_USAGE);
		expect(res.err).toMatch(message);
		expect(res.out).toBe('');
	});
});

describe('cli: database commands', { timeout: 120_000 }, () => {
	it('db:migrate reports an up-to-date database', async () => {
		const res = await cli(['db:migrate']);
		expect(res.code, res.err).toBe(EXIT_OK);
		expect(res.out).toMatch(/Databáze je aktuální \(\d+ migrac/);
	});

	it('db:migrate lists the migrations it applied', async () => {
		const { openPglite } = await import('../db/client.server.ts');
		const empty = await openPglite(undefined);
		try {
			const res = await cli(['db:migrate'], empty);
			expect(res.code, res.err).toBe(EXIT_OK);
			expect(res.out).toMatch(/^Použité migrace \(\d+\):\n {2}\d+_init/);
		} finally {
			await empty.close();
		}
	});
});

describe('cli: accounts', () => {
	it('user:create without a password prints a one-time link for setting it', async () => {
		const res = await cli([
			'user:create',
			'--email',
			'Jana@Obec.cz',
			'--name',
			'Jana Nováková',
			'--role',
			'admin'
		]);
		expect(res.code, res.err).toBe(EXIT_OK);
		expect(res.out).toContain('Účet vytvořen: Jana Nováková <jana@obec.cz>, role admin');
		const token = /\/obnova-hesla\/(\S+)/.exec(res.out)?.[1];
		expect(token).toBeTruthy();
		expect(await inspectResetToken(token!)).toMatchObject({ valid: true, email: 'jana@obec.cz' });
		const [row] = await db().select().from(users).where(eq(users.email, 'jana@obec.cz'));
		expect(row.passwordHash).toBeNull();
		expect(await loadGrants(row.id)).toEqual([expect.objectContaining({ role: 'admin' })]);
		const history = await listHistory('auth.user', row.id);
		expect(history.map((h) => h.actorLabel)).toContain('systém: příkazová řádka');
	});

	it('user:create finds a coordinator area by exact name and refuses unknown or ambiguous ones', async () => {
		const ok = await cli([
			'user:create',
			'--email',
			'karel@obec.cz',
			'--name',
			'Karel',
			'--role',
			'coordinator',
			'--area',
			'ORP Liberec',
			'--password',
			'dlouhé heslo 123'
		]);
		expect(ok.code, ok.err).toBe(EXIT_OK);
		expect(ok.out).not.toContain('obnova-hesla');
		const [row] = await db().select().from(users).where(eq(users.email, 'karel@obec.cz'));
		expect(row.passwordHash).toMatch(/^\$argon2id\$/);
		expect(await loadGrants(row.id)).toEqual([
			expect.objectContaining({ role: 'coordinator', areaId: AREAS[0].id })
		]);

		const unknown = await cli([
			'user:create',
			'--email',
			'x@obec.cz',
			'--name',
			'X',
			'--role',
			'coordinator',
			'--area',
			'Nikde'
		]);
		expect(unknown.code, unknown.err).toBe(EXIT_FAILURE);
		expect(unknown.err).toMatch(/Území „Nikde“ neexistuje/);
		const ambiguous = await cli([
			'user:create',
			'--email',
			'x@obec.cz',
			'--name',
			'X',
			'--role',
			'coordinator',
			'--area',
			'Dvojče'
		]);
		expect(ambiguous.code, ambiguous.err).toBe(EXIT_USAGE);
		expect(ambiguous.err).toContain(AREAS[2].id);
	});

	it('user:create explains invalid data with option names', async () => {
		const dup = await cli([
			'user:create',
			'--email',
			'jana@obec.cz',
			'--name',
			'Jiná',
			'--role',
			'admin'
		]);
		expect(dup.code, dup.err).toBe(EXIT_FAILURE);
		expect(dup.err).toMatch(/--email: Účet s touto e-mailovou adresou už existuje/);
		const short = await cli([
			'user:create',
			'--email',
			'z@obec.cz',
			'--name',
			'Z',
			'--role',
			'admin',
			'--password',
			'krátké'
		]);
		expect(short.code, short.err).toBe(EXIT_FAILURE);
		expect(short.err).toMatch(/--password: Heslo musí mít alespoň 10 znaků/);
	});

	it('token:create prints only the token, which then authenticates', async () => {
		const res = await cli(['token:create', '--email', 'jana@obec.cz', '--name', 'Skript']);
		expect(res.code, res.err).toBe(EXIT_OK);
		expect(res.out).toMatch(/^souhra_\S+$/);
		expect(await authenticateToken(res.out)).toMatchObject({ kind: 'user', email: 'jana@obec.cz' });
		const missing = await cli(['token:create', '--email', 'nikdo@obec.cz']);
		expect(missing.code, missing.err).toBe(EXIT_FAILURE);
		expect(missing.out).toBe('');
		expect(missing.err).toMatch(/neexistuje/);
	});
});

describe('cli: backup and restore', { timeout: 120_000 }, () => {
	it('backs up, refuses to overwrite, and restores into a fresh database', async () => {
		const file = path.join(dir, 'cli.jsonl.gz');
		const backup = await cli(['backup', file]);
		expect(backup.code, backup.err).toBe(EXIT_OK);
		expect(backup.out).toMatch(/^Záloha uložena do .*cli\.jsonl\.gz \(\d+ tabul/);

		const refused = await cli(['restore', file]);
		expect(refused.code, refused.err).toBe(EXIT_FAILURE);
		expect(refused.err).toMatch(/není prázdná.*--force/);

		const target = await createTestDatabase();
		try {
			const restored = await cli(['restore', file], target);
			expect(restored.code, restored.err).toBe(EXIT_OK);
			expect(restored.out).toMatch(/^Obnoveno ze zálohy z \d{1,2}\. \d{1,2}\. \d{4} \d{1,2}:\d\d/);
			const emails = (await target.db.select().from(users)).map((u) => u.email).sort();
			expect(emails).toEqual(['jana@obec.cz', 'karel@obec.cz']);
		} finally {
			await target.close();
		}
		const missing = await cli(['restore', path.join(dir, 'nic.gz')]);
		expect(missing.code, missing.err).toBe(EXIT_FAILURE);
		expect(missing.err).toMatch(/neexistuje/);
	});
});

describe('cli: process', () => {
	it('`npm run -s cli -- help` prints only the help on stdout and exits 0', async () => {
		const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'cli', '--', 'help'], {
			cwd: process.cwd(),
			timeout: 60_000
		});
		expect(stdout.startsWith('Souhra – příkazová řádka\n')).toBe(true);
	});
});

describe('cli: worker', () => {
	it('runs the waiting jobs once with --once and reports them', async () => {
		const seen: string[] = [];
		defineJob({
			name: 'test.cli-worker@1',
			payload: z.object({ text: z.string() }),
			maxAttempts: 1,
			handler: async ({ text }) => {
				seen.push(text);
			}
		});
		const { id } = await db().transaction((tx) =>
			enqueueJob(tx, 'test.cli-worker@1', { text: 'ahoj' })
		);
		const res = await cli(['worker', '--once']);
		expect(res.code, res.err).toBe(EXIT_OK);
		expect(res.out).toMatch(/Zpracováno úloh: [1-9]/);
		expect(seen).toEqual(['ahoj']);
		expect((await getJob(id))?.status).toBe('done');
	});
});
