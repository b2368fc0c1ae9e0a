/**
 * Registry imports as use cases: a coordinator uploads `rpss.json` (stored via platform files,
 * processed by the background job `catalogue.registry-import@1`), lists the runs and reads one
 * run with its progress; the CLI imports a file from disk in-process.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { and, asc, count, desc, eq, gte, lt, ne, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '#lib/platform/access/actor.ts';
import { actorId } from '#lib/platform/access/actor.ts';
import { authorize, can } from '#lib/platform/access/can.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { env } from '#lib/platform/config/env.server.ts';
import { AppError, NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { enqueueJob, getJob, type Job } from '#lib/platform/jobs/jobs.server.ts';
import { registerFileAccess, storeFile } from '#lib/platform/files/files.service.server.ts';
import { isUuid } from '#lib/modules/organisation/index.ts';
import { importRuns, services } from './catalogue.schema.ts';
import './catalogue.permissions.ts';
import { readCodeListDir, storeCodeListItems } from './codelist.server.ts';
import { runRegistryImport, type ImportRun, type ImportSummary } from './import.server.ts';
import { REGISTRY_IMPORT_JOB } from './import.jobs.server.ts';

export const IMPORT_FILE_OWNER = 'catalogue.import';
export const IMPORT_RUNS_PAGE_SIZE = 20;

registerFileAccess(IMPORT_FILE_OWNER, (actor) => can(actor, 'catalogue.import'));

/** 422: the import ran but failed (file structure); the CLI prints its message and exits 1. */
export class ImportFailedError extends AppError {
	readonly status = 422;
	readonly code = 'import_failed';
}

/** Create the run record (queued). */
export async function createImportRun(
	tx: Db,
	values: {
		fileName: string;
		fileId?: string | null;
		filePath?: string | null;
		startedById?: string | null;
	}
): Promise<ImportRun> {
	const [row] = await tx
		.insert(importRuns)
		.values({
			fileName: values.fileName,
			fileId: values.fileId ?? null,
			filePath: values.filePath ?? null,
			startedById: values.startedById ?? null
		})
		.returning();
	return row;
}

const uploadSchema = z.object({
	file: z
		.instanceof(File, { message: 'Vyberte soubor rpss.json.' })
		.refine((f) => f.size > 0, 'Vyberte soubor rpss.json.')
		.refine(
			(f) => /\.json$/i.test(f.name),
			'Soubor musí mít příponu .json (rpss.json z data.mpsv.cz).'
		)
});

/**
 * A coordinator uploads the registry file: stored (size limit FILES_MAX_BYTES, JSON checked),
 * the run created and the background job enqueued in one transaction.
 */
export async function startRegistryUpload(actor: Actor, input: unknown): Promise<ImportRun> {
	authorize(actor, 'catalogue.import');
	const { file } = parseInput(uploadSchema, input);
	return db().transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		const run = await createImportRun(tx, {
			fileName: file.name,
			startedById: actorId(actor)
		});
		const stored = await storeFile(tx, actor, {
			filename: file.name,
			contentType: file.type || 'application/json',
			data: file,
			ownerType: IMPORT_FILE_OWNER,
			ownerId: run.id
		});
		const job = await enqueueJob(tx, REGISTRY_IMPORT_JOB, { runId: run.id }, { maxAttempts: 3 });
		const [updated] = await tx
			.update(importRuns)
			.set({ fileId: stored.id, jobId: job.id, updatedAt: new Date() })
			.where(eq(importRuns.id, run.id))
			.returning();
		return updated;
	});
}

const listSchema = z.object({
	strana: z
		.string()
		.optional()
		.transform((v) => {
			const n = Number.parseInt(v ?? '', 10);
			return Number.isFinite(n) && n >= 1 ? Math.min(n, 100_000) : 1;
		})
});

/** Runs newest first, one page. */
export async function listImportRuns(
	actor: Actor,
	query: unknown = {}
): Promise<{ rows: ImportRun[]; total: number; page: number; pageSize: number }> {
	authorize(actor, 'catalogue.import');
	const { strana: page } = parseInput(listSchema, query);
	const [rows, [{ n }]] = await Promise.all([
		db()
			.select()
			.from(importRuns)
			.orderBy(desc(importRuns.createdAt), desc(importRuns.id))
			.limit(IMPORT_RUNS_PAGE_SIZE)
			.offset((page - 1) * IMPORT_RUNS_PAGE_SIZE),
		db().select({ n: count() }).from(importRuns)
	]);
	return { rows, total: Number(n), page, pageSize: IMPORT_RUNS_PAGE_SIZE };
}

/** One run with its job (progress of an uploaded file). */
export async function getImportRun(
	actor: Actor,
	id: string
): Promise<{ run: ImportRun; job: Job | null }> {
	authorize(actor, 'catalogue.import');
	if (!isUuid(id)) throw new NotFoundError('Import nebyl nalezen.');
	const [run] = await db().select().from(importRuns).where(eq(importRuns.id, id));
	if (!run) throw new NotFoundError('Import nebyl nalezen.');
	const job = run.jobId ? ((await getJob(run.jobId)) ?? null) : null;
	return { run, job };
}

export interface PathImportOptions {
	file: string;
	codeListDir?: string;
	/** Resume this (failed) run instead of starting a new one. */
	resumeRunId?: string;
	actor: Actor;
	batchSize?: number;
	today?: string;
	onProgress?: (bytes: number, total: number | null, items: number) => void;
}

/** Import a file from disk in this process (CLI, bench); code lists first when a folder is given. */
export async function importRegistryFile(
	options: PathImportOptions
): Promise<{ run: ImportRun; summary: ImportSummary; codeListItems: number }> {
	authorize(options.actor, 'catalogue.import');
	const file = path.resolve(options.file);
	let size: number;
	try {
		size = (await stat(file)).size;
	} catch {
		throw new ValidationError({ file: [`Soubor ${file} neexistuje nebo jej nelze číst.`] });
	}
	let codeListItems = 0;
	if (options.codeListDir) {
		const items = await readCodeListDir(path.resolve(options.codeListDir));
		codeListItems = await db().transaction((tx) => storeCodeListItems(tx as unknown as Db, items));
	}
	let run: ImportRun;
	if (options.resumeRunId) {
		if (!isUuid(options.resumeRunId)) throw new NotFoundError('Import nebyl nalezen.');
		const [found] = await db()
			.select()
			.from(importRuns)
			.where(eq(importRuns.id, options.resumeRunId));
		if (!found) throw new NotFoundError('Import nebyl nalezen.');
		run = found;
	} else {
		run = await createImportRun(db(), {
			fileName: path.basename(file),
			filePath: file,
			startedById: actorId(options.actor)
		});
	}
	const summary = await runRegistryImport({
		runId: run.id,
		actor: options.actor,
		batchSize: options.batchSize,
		today: options.today,
		source: { open: () => createReadStream(file), size },
		onProgress: options.onProgress
	});
	const [after] = await db().select().from(importRuns).where(eq(importRuns.id, run.id));
	return { run: after, summary, codeListItems };
}

export interface ChangedService {
	id: string;
	name: string;
}

export interface ImportChanges {
	added: ChangedService[];
	changed: ChangedService[];
	ended: ChangedService[];
}

const CHANGES_SHOWN = 20;

/**
 * Services this run added, changed and ended (the first few of each, by name). Read from the
 * services whose last import is this run: created during it = added; ended during it = ended;
 * otherwise updated during it = changed. An older run shows only what no later run touched.
 */
export async function importRunChanges(run: ImportRun): Promise<ImportChanges> {
	const empty: ImportChanges = { added: [], changed: [], ended: [] };
	if (!run.startedAt) return empty;
	const started = run.startedAt;
	const base = and(eq(services.lastImportRunId, run.id), gte(services.updatedAt, started));
	const pickRows = (where: SQL | undefined) =>
		db()
			.select({ id: services.id, name: services.name })
			.from(services)
			.where(where)
			.orderBy(asc(services.name))
			.limit(CHANGES_SHOWN);
	const endedHere = and(eq(services.status, 'ended'), gte(services.endedAt, started));
	const [added, ended, changed] = await Promise.all([
		pickRows(and(base, gte(services.createdAt, started))),
		pickRows(and(base, lt(services.createdAt, started), endedHere)),
		pickRows(
			and(
				base,
				lt(services.createdAt, started),
				or(ne(services.status, 'ended'), lt(services.endedAt, started))
			)
		)
	]);
	return { added, changed, ended };
}

/** One run, its job and what it changed (the run page). */
export async function getImportRunDetail(
	actor: Actor,
	id: string
): Promise<{ run: ImportRun; job: Job | null; changes: ImportChanges }> {
	const { run, job } = await getImportRun(actor, id);
	return { run, job, changes: await importRunChanges(run) };
}

/** The upload size limit in words ("20 MB"), for the form's hint. */
export function importUploadLimit(): string {
	const mb = env().FILES_MAX_BYTES / (1024 * 1024);
	return `${mb.toLocaleString('cs-CZ', { maximumFractionDigits: 1 })} MB`;
}
