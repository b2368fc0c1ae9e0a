/**
 * The registry importer: streams `rpss.json` (root `polozky`, item by item, never the whole file
 * in memory), writes batches of ~500 items in one transaction each and records the checkpoint
 * (items committed) in the same transaction, so a failed run resumes where it stopped.
 *
 * Idempotent by identifikátor: an item whose hash equals the stored `registryHash` only gets its
 * `lastImportRunId`/`lastVerifiedOn` touched; a changed one is updated with its forms,
 * capacities and facilities replaced; a new one is inserted. Only after a complete, successful
 * pass are registry services missing from the file marked `ended` (never deleted). A file that is
 * not JSON, is cut short or has no `polozky` stops the run cleanly: the unfinished batch is not
 * written and nothing is marked ended.
 *
 * Writes go to `database` (default `db()`); the demo seeder passes its seeding transaction and
 * each batch then runs in a savepoint. History: one audit row per service and provider written,
 * in bulk (system actor or the coordinator who started the run).
 */
import type { Readable } from 'node:stream';
import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { chainUnchecked } from 'stream-chain';
import { db as defaultDb, type Db } from '#lib/platform/db/client.server.ts';
import { auditLog } from '#lib/platform/audit/audit.schema.ts';
import { actorId, actorLabel, type Actor } from '#lib/platform/access/actor.ts';
import { organisations } from '#lib/modules/organisation/index.ts';
import {
	capacities,
	facilities,
	importRuns,
	providers,
	serviceForms,
	services
} from './catalogue.schema.ts';
import { RegistryLookups } from './codelist.ts';
import { loadCodeListItems } from './codelist.server.ts';
import {
	normaliseItem,
	type ImportProblem,
	type NormalisedProvider,
	type NormalisedService
} from './registry.server.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';

export type ImportRun = typeof importRuns.$inferSelect;

/** Problems kept on the run (the counts are always complete). */
export const MAX_STORED_PROBLEMS = 500;
export const DEFAULT_BATCH_SIZE = 500;

/** A structure error of the whole file: the run stops, nothing of the unfinished batch is written. */
export class RegistryFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'RegistryFileError';
	}
}

export interface ImportSource {
	/** Opens the file from the start (called once per pass). */
	open(): Promise<Readable> | Readable;
	/** Size in bytes, for progress; null when unknown. */
	size: number | null;
}

export interface ImportOptions {
	runId: string;
	source: ImportSource;
	actor: Actor;
	/** Where to write; defaults to `db()`. A transaction here makes each batch a savepoint. */
	database?: Db;
	batchSize?: number;
	/** ISO date of "today" (ended services, lastVerifiedOn); defaults to the current date. */
	today?: string;
	/** Bytes read so far, total bytes, items processed. */
	onProgress?: (bytes: number, totalBytes: number | null, items: number) => Promise<void> | void;
}

export interface ImportSummary {
	status: 'done' | 'failed';
	totalItems: number;
	added: number;
	changed: number;
	unchanged: number;
	ended: number;
	skipped: number;
	warnings: number;
	problems: ImportProblem[];
	error: string | null;
	/** Names of services added / changed / ended in this run (capped, for the report). */
	samples: { added: string[]; changed: string[]; ended: string[] };
}

const SAMPLE_CAP = 50;

function todayIso(): string {
	return pragueDay();
}

function chunks<T>(list: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
	return out;
}

interface Counters {
	added: number;
	changed: number;
	unchanged: number;
	skipped: number;
	warnings: number;
}

interface PendingItem {
	position: number;
	raw: unknown;
}

/**
 * Items of the file's `polozky` array, one by one, with structure checks: the root must be an
 * object with an array `polozky`. Throws `RegistryFileError` with a Czech message.
 */
async function* streamItems(
	stream: Readable,
	onBytes: (n: number) => void
): AsyncGenerator<PendingItem> {
	let depth = 0;
	let root: 'object' | 'other' | null = null;
	let sawPolozky = false;
	let polozkyNotArray = false;
	let expectArray = false;
	let lastKeyAtRoot: string | null = null;
	const watch = (token: { name: string; value?: unknown }) => {
		if (root === null) root = token.name === 'startObject' ? 'object' : 'other';
		if (expectArray) {
			expectArray = false;
			if (token.name === 'startArray') sawPolozky = true;
			else polozkyNotArray = true;
		}
		switch (token.name) {
			case 'startObject':
			case 'startArray':
				depth++;
				break;
			case 'endObject':
			case 'endArray':
				depth--;
				break;
			case 'keyValue':
				if (depth === 1) {
					lastKeyAtRoot = token.value as string;
					if (lastKeyAtRoot === 'polozky') expectArray = true;
				}
				break;
		}
		return token;
	};
	stream.on('data', (chunk: Buffer | string) => onBytes(chunk.length));
	const pipeline = chainUnchecked<unknown, { key: number; value: unknown }>([
		stream,
		parser({ streamValues: false }),
		watch,
		pick({ filter: 'polozky' }),
		streamArray(),
		// The parser reads ahead of the importer: remember the last item completely parsed.
		(entry: { key: number; value: unknown }) => {
			parsed = entry.key + 1;
			return entry;
		}
	]);
	let parsed = 0;
	try {
		for await (const entry of pipeline as AsyncIterable<{ key: number; value: unknown }>) {
			if (!sawPolozky) {
				throw new RegistryFileError('Soubor nemá strukturu registru: „polozky“ není pole.');
			}
			yield { position: entry.key, raw: entry.value };
		}
	} catch (error) {
		if (error instanceof RegistryFileError) throw error;
		if (polozkyNotArray) {
			throw new RegistryFileError('Soubor nemá strukturu registru: „polozky“ není pole.');
		}
		const detail = error instanceof Error ? error.message : String(error);
		throw new RegistryFileError(
			parsed === 0 && root === null
				? `Soubor není platný JSON (${detail}).`
				: `Soubor je poškozený nebo neúplný za položkou ${parsed} (${detail}).`
		);
	} finally {
		stream.destroy();
	}
	if (root !== 'object') {
		throw new RegistryFileError('Soubor nemá strukturu registru: kořen není objekt s „polozky“.');
	}
	if (polozkyNotArray) {
		throw new RegistryFileError('Soubor nemá strukturu registru: „polozky“ není pole.');
	}
	if (!sawPolozky) {
		throw new RegistryFileError('Soubor nemá strukturu registru: chybí pole „polozky“.');
	}
}

function serviceValues(s: NormalisedService, providerId: string, runId: string, today: string) {
	return {
		providerId,
		source: 'registry' as const,
		registryId: s.registryId,
		registryPortalId: s.registryPortalId,
		name: s.name,
		kindCode: s.kindCode,
		kindRegistryId: s.kindRegistryId,
		targetGroupCodes: s.targetGroupCodes,
		ageGroupCodes: s.ageGroupCodes,
		ageNote: s.ageNote,
		email: s.email,
		phone: s.phone,
		web: s.web,
		contacts: s.contacts,
		validFrom: s.validFrom,
		validTo: s.validTo,
		status: s.status,
		endedAt: s.status === 'ended' ? new Date(`${s.validTo ?? today}T00:00:00Z`) : null,
		municipalityCodes: s.municipalityCodes,
		orpCodes: s.orpCodes,
		krajCodes: s.krajCodes,
		searchText: s.searchText,
		registryHash: s.registryHash,
		lastImportRunId: runId,
		lastVerifiedOn: today
	};
}

/** Fields of a service shown in its history (the rest is derived or bulky). */
const HISTORY_FIELDS = [
	'name',
	'kindCode',
	'providerId',
	'status',
	'validFrom',
	'validTo',
	'email',
	'phone',
	'web',
	'targetGroupCodes',
	'municipalityCodes'
] as const;

function historyOf(row: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of HISTORY_FIELDS) out[key] = row[key] ?? null;
	return out;
}

function providerFields(p: NormalisedProvider) {
	return {
		name: p.name,
		legalForm: p.legalForm,
		street: p.street,
		city: p.city,
		postcode: p.postcode,
		municipalityCode: p.municipalityCode,
		email: p.email,
		phone: p.phone,
		web: p.web
	};
}

type AuditRow = typeof auditLog.$inferInsert;

class BatchWriter {
	readonly audit: AuditRow[] = [];
	constructor(
		private tx: Db,
		private actor: Actor
	) {}

	log(entityType: string, entityId: string, action: string, before: unknown, after: unknown) {
		this.audit.push({
			actorId: actorId(this.actor),
			actorLabel: actorLabel(this.actor),
			entityType,
			entityId,
			action,
			before: (before ?? null) as Record<string, unknown> | null,
			after: (after ?? null) as Record<string, unknown> | null
		});
	}

	/** Providers by IČO: existing ones updated when their data changed, new ones inserted. */
	async providers(list: NormalisedProvider[]): Promise<Map<string, string>> {
		const byIco = new Map<string, NormalisedProvider>();
		for (const p of list) if (!byIco.has(p.ico)) byIco.set(p.ico, p);
		const icos = [...byIco.keys()];
		const ids = new Map<string, string>();
		if (icos.length === 0) return ids;
		const [existing, orgs] = await Promise.all([
			this.tx.select().from(providers).where(inArray(providers.ico, icos)),
			this.tx
				.select({ id: organisations.id, ico: organisations.ico })
				.from(organisations)
				.where(inArray(organisations.ico, icos))
		]);
		const orgByIco = new Map(orgs.map((o) => [o.ico as string, o.id]));
		for (const row of existing) {
			const ico = row.ico as string;
			ids.set(ico, row.id);
			const next = providerFields(byIco.get(ico) as NormalisedProvider);
			const changed: Record<string, unknown> = {};
			const before: Record<string, unknown> = {};
			for (const [key, value] of Object.entries(next)) {
				if ((row as Record<string, unknown>)[key] !== value) {
					changed[key] = value;
					before[key] = (row as Record<string, unknown>)[key] ?? null;
				}
			}
			const orgId = orgByIco.get(ico);
			if (!row.organisationId && orgId) {
				changed.organisationId = orgId;
				before.organisationId = null;
			}
			if (Object.keys(changed).length > 0) {
				await this.tx
					.update(providers)
					.set({ ...changed, updatedAt: new Date(), version: sql`${providers.version} + 1` })
					.where(eq(providers.id, row.id));
				this.log('catalogue.provider', row.id, 'import', before, changed);
			}
		}
		const missing = icos.filter((ico) => !ids.has(ico));
		if (missing.length > 0) {
			const inserted = await this.tx
				.insert(providers)
				.values(
					missing.map((ico) => ({
						ico,
						...providerFields(byIco.get(ico) as NormalisedProvider),
						organisationId: orgByIco.get(ico) ?? null,
						source: 'registry' as const
					}))
				)
				.returning({ id: providers.id, ico: providers.ico, name: providers.name });
			for (const row of inserted) {
				ids.set(row.ico as string, row.id);
				this.log('catalogue.provider', row.id, 'create', null, { ico: row.ico, name: row.name });
			}
		}
		return ids;
	}

	async children(written: { id: string; service: NormalisedService }[], replace: string[]) {
		const tx = this.tx;
		if (replace.length > 0) {
			await tx.delete(serviceForms).where(inArray(serviceForms.serviceId, replace));
			await tx.delete(capacities).where(inArray(capacities.serviceId, replace));
			await tx.delete(facilities).where(inArray(facilities.serviceId, replace));
		}
		const forms = written.flatMap(({ id, service }) =>
			service.forms.map((f) => ({ serviceId: id, ...f }))
		);
		const caps = written.flatMap(({ id, service }) =>
			service.capacities.map((c) => ({ serviceId: id, ...c }))
		);
		const facs = written.flatMap(({ id, service }) =>
			service.facilities.map((f) => ({ serviceId: id, ...f }))
		);
		for (const part of chunks(forms, 1000)) await tx.insert(serviceForms).values(part);
		for (const part of chunks(caps, 1000)) await tx.insert(capacities).values(part);
		for (const part of chunks(facs, 1000)) await tx.insert(facilities).values(part);
	}

	async flushAudit() {
		for (const part of chunks(this.audit, 1000)) await this.tx.insert(auditLog).values(part);
		this.audit.length = 0;
	}
}

/**
 * Run (or resume) one import. Returns the summary; the run row holds the same. Throws only
 * for database failures (the run is then `failed` with its checkpoint, ready to resume).
 */
export async function runRegistryImport(options: ImportOptions): Promise<ImportSummary> {
	const database = options.database ?? defaultDb();
	const today = options.today ?? todayIso();
	const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
	const { runId, actor } = options;

	const [run] = await database.select().from(importRuns).where(eq(importRuns.id, runId));
	if (!run) throw new Error(`Import ${runId} neexistuje.`);
	const summary: ImportSummary = {
		status: 'done',
		totalItems: 0,
		added: run.added,
		changed: run.changed,
		unchanged: run.unchanged,
		ended: 0,
		skipped: run.skipped,
		warnings: 0,
		problems: [...((run.problems as ImportProblem[]) ?? [])],
		error: null,
		samples: { added: [], changed: [], ended: [] }
	};
	if (run.status === 'done') {
		summary.totalItems = run.totalItems ?? 0;
		summary.ended = run.ended;
		return summary;
	}
	const checkpoint = run.checkpoint;
	await database
		.update(importRuns)
		.set({
			status: 'running',
			error: null,
			startedAt: run.startedAt ?? new Date(),
			updatedAt: new Date()
		})
		.where(eq(importRuns.id, runId));

	const lookups = new RegistryLookups(await loadCodeListItems(database));
	const seen = new Set<string>();
	const counters: Counters = {
		added: run.added,
		changed: run.changed,
		unchanged: run.unchanged,
		skipped: run.skipped,
		warnings: 0
	};
	let bytes = 0;
	let processed = 0;
	let pending: PendingItem[] = [];
	const report = async () => {
		await options.onProgress?.(bytes, options.source.size, processed);
	};

	const addProblem = (problem: ImportProblem) => {
		if (summary.problems.length < MAX_STORED_PROBLEMS) summary.problems.push(problem);
	};

	const writeBatch = async (batch: PendingItem[]) => {
		const valid: NormalisedService[] = [];
		const presentIds: string[] = [];
		const batchProblems: ImportProblem[] = [];
		let batchSkipped = 0;
		let batchWarnings = 0;
		for (const { position, raw } of batch) {
			const result = normaliseItem(raw, position, lookups, today);
			if (!result.ok) {
				batchSkipped++;
				batchProblems.push(result.problem);
				if (result.registryId && /^\d{7}$/.test(result.registryId)) {
					presentIds.push(result.registryId);
					seen.add(result.registryId);
				}
				continue;
			}
			const id = result.service.registryId;
			if (seen.has(id)) {
				batchSkipped++;
				batchProblems.push({
					position,
					registryId: id,
					message: `Identifikátor ${id} je v souboru vícekrát; další výskyt přeskočen.`,
					severity: 'skipped'
				});
				continue;
			}
			seen.add(id);
			for (const w of result.warnings) {
				batchWarnings++;
				batchProblems.push(w);
			}
			valid.push(result.service);
		}
		const last = batch[batch.length - 1].position + 1;
		const batchAdded: string[] = [];
		const batchChanged: string[] = [];
		let batchUnchanged = 0;

		await database.transaction(async (txRaw) => {
			const tx = txRaw as unknown as Db;
			const writer = new BatchWriter(tx, actor);
			const ids = valid.map((s) => s.registryId);
			const existing = ids.length
				? await tx
						.select({
							id: services.id,
							registryId: services.registryId,
							registryHash: services.registryHash,
							name: services.name,
							kindCode: services.kindCode,
							providerId: services.providerId,
							status: services.status,
							validFrom: services.validFrom,
							validTo: services.validTo,
							email: services.email,
							phone: services.phone,
							web: services.web,
							targetGroupCodes: services.targetGroupCodes,
							municipalityCodes: services.municipalityCodes
						})
						.from(services)
						.where(inArray(services.registryId, ids))
				: [];
			const byId = new Map(existing.map((e) => [e.registryId as string, e]));
			const unchangedIds: string[] = [];
			const toWrite: NormalisedService[] = [];
			for (const s of valid) {
				const e = byId.get(s.registryId);
				if (e && e.registryHash === s.registryHash && e.status === s.status) {
					unchangedIds.push(e.id);
				} else {
					toWrite.push(s);
				}
			}
			batchUnchanged = unchangedIds.length;
			// Items present in the file but not (re)written keep the run id, so they are not ended.
			const touch = [...unchangedIds];
			if (presentIds.length) {
				const skippedExisting = await tx
					.select({ id: services.id })
					.from(services)
					.where(inArray(services.registryId, presentIds));
				touch.push(...skippedExisting.map((r) => r.id));
			}
			for (const part of chunks(touch, 1000)) {
				await tx
					.update(services)
					.set({ lastImportRunId: runId, lastVerifiedOn: today })
					.where(inArray(services.id, part));
			}

			const providerIds = await writer.providers(toWrite.map((s) => s.provider));
			const inserts = toWrite.filter((s) => !byId.has(s.registryId));
			const updates = toWrite.filter((s) => byId.has(s.registryId));
			const written: { id: string; service: NormalisedService }[] = [];
			for (const part of chunks(inserts, 250)) {
				const rows = await tx
					.insert(services)
					.values(
						part.map((s) =>
							serviceValues(s, providerIds.get(s.provider.ico) as string, runId, today)
						)
					)
					.returning({ id: services.id, registryId: services.registryId });
				const byRegistry = new Map(rows.map((r) => [r.registryId as string, r.id]));
				for (const s of part) {
					const id = byRegistry.get(s.registryId) as string;
					written.push({ id, service: s });
					batchAdded.push(s.name);
					writer.log('catalogue.service', id, 'create', null, {
						registryId: s.registryId,
						...historyOf({ ...s, providerId: providerIds.get(s.provider.ico) })
					});
				}
			}
			for (const s of updates) {
				const e = byId.get(s.registryId) as (typeof existing)[number];
				const values = serviceValues(s, providerIds.get(s.provider.ico) as string, runId, today);
				await tx
					.update(services)
					.set({ ...values, updatedAt: new Date(), version: sql`${services.version} + 1` })
					.where(eq(services.id, e.id));
				written.push({ id: e.id, service: s });
				batchChanged.push(s.name);
				const before = historyOf(e as unknown as Record<string, unknown>);
				const after = historyOf(values as unknown as Record<string, unknown>);
				const b: Record<string, unknown> = {};
				const a: Record<string, unknown> = {};
				for (const key of Object.keys(after)) {
					if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
						b[key] = before[key];
						a[key] = after[key];
					}
				}
				writer.log('catalogue.service', e.id, 'import', b, a);
			}
			await writer.children(
				written,
				updates.map((s) => (byId.get(s.registryId) as (typeof existing)[number]).id)
			);
			await writer.flushAudit();

			const stored = [...summary.problems];
			for (const p of batchProblems) {
				if (stored.length < MAX_STORED_PROBLEMS) stored.push(p);
			}
			await tx
				.update(importRuns)
				.set({
					checkpoint: last,
					added: counters.added + batchAdded.length,
					changed: counters.changed + batchChanged.length,
					unchanged: counters.unchanged + batchUnchanged,
					skipped: counters.skipped + batchSkipped,
					problems: stored,
					updatedAt: new Date()
				})
				.where(eq(importRuns.id, runId));
		});
		// Committed: only now count it.
		counters.added += batchAdded.length;
		counters.changed += batchChanged.length;
		counters.unchanged += batchUnchanged;
		counters.skipped += batchSkipped;
		counters.warnings += batchWarnings;
		for (const p of batchProblems) addProblem(p);
		for (const n of batchAdded) {
			if (summary.samples.added.length < SAMPLE_CAP) summary.samples.added.push(n);
		}
		for (const n of batchChanged) {
			if (summary.samples.changed.length < SAMPLE_CAP) summary.samples.changed.push(n);
		}
	};

	try {
		const stream = await options.source.open();
		for await (const item of streamItems(stream, (n) => (bytes += n))) {
			processed = item.position + 1;
			if (item.position < checkpoint) {
				// Committed by an earlier attempt: only remember the identifikátor (duplicates).
				const id = (item.raw as Record<string, unknown> | null)?.identifikator;
				if (typeof id === 'string' || typeof id === 'number') seen.add(String(id));
				continue;
			}
			pending.push(item);
			if (pending.length >= batchSize) {
				const batch = pending;
				pending = [];
				await writeBatch(batch);
				await report();
			}
		}
		if (pending.length > 0) {
			const batch = pending;
			pending = [];
			await writeBatch(batch);
		}
		await report();
	} catch (error) {
		const message =
			error instanceof RegistryFileError
				? error.message
				: `Import selhal: ${error instanceof Error ? error.message : String(error)}`;
		Object.assign(summary, counters);
		summary.status = 'failed';
		summary.error = message;
		summary.totalItems = processed;
		await database
			.update(importRuns)
			.set({ status: 'failed', error: message, updatedAt: new Date(), finishedAt: new Date() })
			.where(eq(importRuns.id, runId));
		if (error instanceof RegistryFileError) return summary;
		throw error;
	}

	// Complete pass: end registry services that are no longer in the file.
	const endedRows = await database.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Db;
		const rows = await tx
			.update(services)
			.set({
				status: 'ended',
				endedAt: new Date(),
				updatedAt: new Date(),
				lastImportRunId: runId,
				version: sql`${services.version} + 1`
			})
			.where(
				and(
					eq(services.source, 'registry'),
					eq(services.status, 'active'),
					or(isNull(services.lastImportRunId), ne(services.lastImportRunId, runId))
				)
			)
			.returning({ id: services.id, name: services.name });
		const writer = new BatchWriter(tx, actor);
		for (const r of rows) {
			writer.log(
				'catalogue.service',
				r.id,
				'end',
				{ status: 'active' },
				{ status: 'ended', reason: 'Služba už není v souboru registru.' }
			);
		}
		await writer.flushAudit();
		await tx
			.update(importRuns)
			.set({
				status: 'done',
				ended: rows.length,
				totalItems: processed,
				finishedAt: new Date(),
				updatedAt: new Date()
			})
			.where(eq(importRuns.id, runId));
		return rows;
	});
	Object.assign(summary, counters);
	summary.ended = endedRows.length;
	summary.totalItems = processed;
	summary.samples.ended = endedRows.slice(0, SAMPLE_CAP).map((r) => r.name);
	return summary;
}
