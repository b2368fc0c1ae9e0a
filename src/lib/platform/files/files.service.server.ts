/**
 * Stored files: validation (size, allow-listed type checked by content), bytes in the storage
 * adapter, metadata in `files_files` with an audit row, and downloads guarded by the access rule
 * the owning module registered for its `ownerType`.
 *
 * `storeFile` does not authorize: the calling module checks its own permission (e.g. "edit the
 * meeting") before attaching a file to its record.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { and, asc, eq } from 'drizzle-orm';
import { m } from '#lib/paraglide/messages.js';
import type { Actor } from '../access/actor.ts';
import { actorId } from '../access/actor.ts';
import { isAdmin } from '../access/can.ts';
import { auditedDelete, auditedInsert } from '../audit/audit.server.ts';
import { env } from '../config/env.server.ts';
import { db, type Db } from '../db/client.server.ts';
import {
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '../http/errors.ts';
import { enqueueJob } from '../jobs/jobs.server.ts';
import { files } from './files.schema.ts';
import { FILES_PURGE_JOB } from './files.jobs.server.ts';
import { detectFileType } from './files.mime.ts';
import { newStorageKey, storage, StoredFileMissingError } from './files.storage.server.ts';

export type StoredFile = typeof files.$inferSelect;
export type FileAccessRule = (actor: Actor, file: StoredFile) => Promise<boolean> | boolean;

const rules = new Map<string, FileAccessRule>();

/** A module declares who may download files attached to its records (e.g. `meetings.minutes`). */
export function registerFileAccess(ownerType: string, rule: FileAccessRule): void {
	rules.set(ownerType, rule);
}

export interface StoreFileInput {
	filename: string;
	/** As declared by the browser or the caller; checked against the name and the content. */
	contentType: string;
	data: Uint8Array | ArrayBuffer | Blob;
	ownerType: string;
	ownerId: string;
	areaId?: string | null;
}

const mb = (bytes: number) =>
	(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toLocaleString('cs-CZ', {
		maximumFractionDigits: 1
	});

/** The user's file name without any path and control characters. */
export function cleanFilename(name: string): string {
	const base = name.split(/[/\\]/).pop() ?? '';
	return (
		base
			// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
			.replace(/[\u0000-\u001f\u007f]/g, '')
			.trim()
			.normalize('NFC')
	);
}

async function bytesOf(data: StoreFileInput['data'], limit: number): Promise<Buffer> {
	const size = data instanceof Blob ? data.size : data.byteLength;
	if (size > limit) {
		throw new ValidationError({
			file: [m.files_error_too_large({ size: mb(size), limit: mb(limit) })]
		});
	}
	if (data instanceof Blob) return Buffer.from(await data.arrayBuffer());
	return Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data);
}

/** Validate and store a file for a record; returns its metadata row (errors are on field `file`). */
export async function storeFile(tx: Db, actor: Actor, input: StoreFileInput): Promise<StoredFile> {
	const limit = env().FILES_MAX_BYTES;
	const filename = cleanFilename(input.filename ?? '');
	if (!filename || filename.length > 255) {
		throw new ValidationError({ file: [m.files_error_name()] });
	}
	const data = await bytesOf(input.data, limit);
	if (data.length === 0) throw new ValidationError({ file: [m.files_error_empty()] });
	const detected = detectFileType(filename, input.contentType ?? '', data);
	if (!detected.ok) {
		throw new ValidationError({
			file: [
				detected.reason === 'type'
					? m.files_error_type()
					: m.files_error_content({ type: detected.type.ext.toUpperCase() })
			]
		});
	}
	const key = newStorageKey();
	await storage().put(key, data, detected.type.contentType);
	try {
		return await auditedInsert(
			tx,
			actor,
			files,
			'files.file',
			{
				storageKey: key,
				filename,
				contentType: detected.type.contentType,
				size: data.length,
				sha256: createHash('sha256').update(data).digest('hex'),
				ownerType: input.ownerType,
				ownerId: input.ownerId,
				areaId: input.areaId ?? null,
				createdById: actorId(actor)
			},
			{ areaId: input.areaId ?? null }
		);
	} catch (error) {
		await storage()
			.delete(key)
			.catch(() => {});
		throw error;
	}
}

/** Metadata of one file, or undefined (no access check: for the owning module's own use). */
export async function findFile(id: string): Promise<StoredFile | undefined> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
	const [row] = await db().select().from(files).where(eq(files.id, id));
	return row;
}

/** Files attached to one record, oldest first. */
export async function listFilesOf(ownerType: string, ownerId: string): Promise<StoredFile[]> {
	return db()
		.select()
		.from(files)
		.where(and(eq(files.ownerType, ownerType), eq(files.ownerId, ownerId)))
		.orderBy(asc(files.createdAt), asc(files.filename));
}

/** Whether the actor may download the file: the owner module's rule; unknown owners → admins. */
export async function canDownload(actor: Actor, file: StoredFile): Promise<boolean> {
	if (actor.kind === 'system' || isAdmin(actor)) return true;
	const rule = rules.get(file.ownerType);
	return rule ? !!(await rule(actor, file)) : false;
}

/** Metadata and a byte stream, after the access check (401 anonymous, 403 others, 404 missing). */
export async function openFileDownload(
	actor: Actor,
	id: string
): Promise<{ file: StoredFile; stream: Readable }> {
	const file = await findFile(id);
	if (!file) throw new NotFoundError(m.files_error_missing());
	if (!(await canDownload(actor, file))) {
		throw actor.kind === 'anonymous' ? new UnauthorizedError() : new ForbiddenError();
	}
	try {
		return { file, stream: await storage().get(file.storageKey) };
	} catch (error) {
		if (error instanceof StoredFileMissingError) throw new NotFoundError(m.files_error_missing());
		throw error;
	}
}

/**
 * Remove a file's record (audited) in the caller's transaction; its bytes are deleted by a job
 * that only runs once that transaction has committed (a rollback keeps the file whole).
 */
export async function deleteFile(tx: Db, actor: Actor, id: string): Promise<void> {
	const removed = await auditedDelete(tx, actor, files, 'files.file', id);
	await enqueueJob(tx, FILES_PURGE_JOB, { storageKey: removed.storageKey });
}
