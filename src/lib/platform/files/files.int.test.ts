import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { db } from '../db/client.server.ts';
import { useTestDatabase } from '../db/testing.server.ts';
import { overrideEnv } from '../config/env.server.ts';
import { ANONYMOUS, systemActor, type Actor } from '../access/actor.ts';
import {
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '../http/errors.ts';
import { listHistory } from '../audit/audit.server.ts';
import { runJobsOnce } from '../jobs/jobs.server.ts';
import {
	InvalidStorageKeyError,
	localStorage,
	newStorageKey,
	setStorage,
	StoredFileMissingError
} from './files.storage.server.ts';
import {
	deleteFile,
	findFile,
	listFilesOf,
	openFileDownload,
	registerFileAccess,
	storeFile,
	type StoreFileInput
} from './files.service.server.ts';
import { contentDisposition } from './content-disposition.ts';

useTestDatabase();

let root: string;
beforeAll(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'souhra-files-'));
	setStorage(localStorage(root));
});
afterAll(async () => {
	setStorage(undefined);
	overrideEnv({ FILES_MAX_BYTES: undefined });
	await rm(root, { recursive: true, force: true });
});

const user = (id: string, grants: Extract<Actor, { kind: 'user' }>['grants'] = []): Actor => ({
	kind: 'user',
	userId: `00000000-0000-4000-8000-00000000000${id}`,
	name: `Uživatel ${id}`,
	email: `u${id}@example.cz`,
	grants
});
const admin = user('1', [{ role: 'admin' }]);
const alice = user('2');
const bob = user('3');

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const store = (input: Partial<StoreFileInput>, actor: Actor = alice) =>
	db().transaction((tx) =>
		storeFile(tx, actor, {
			filename: 'Zápis z jednání.pdf',
			contentType: 'application/pdf',
			data: PDF,
			ownerType: 'test.note',
			ownerId: 'n1',
			...input
		})
	);
const read = async (stream: Readable) => Buffer.concat(await stream.toArray());
const fieldError = async (promise: Promise<unknown>) => {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).fields.file?.[0] ?? '';
};

describe('local storage driver', () => {
	it('puts, gets and deletes bytes under a two-character shard', async () => {
		const driver = localStorage(root);
		const key = newStorageKey();
		expect(key).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
		await driver.put(key, Buffer.from('ahoj'));
		expect(existsSync(path.join(root, key))).toBe(true);
		expect((await read(await driver.get(key))).toString()).toBe('ahoj');
		const streamed = newStorageKey();
		await driver.put(streamed, Readable.from([Buffer.from('po'), Buffer.from('částech')]));
		expect((await read(await driver.get(streamed))).toString()).toBe('počástech');
		await driver.delete(key);
		await expect(driver.get(key)).rejects.toBeInstanceOf(StoredFileMissingError);
		await driver.delete(key); // deleting twice is fine
		expect((await readdir(path.join(root, key.slice(0, 2)))).some((f) => f.endsWith('.part'))).toBe(
			false
		);
	});

	it('refuses keys that could escape the storage root', async () => {
		const driver = localStorage(root);
		for (const key of [
			'../souhra-secret.txt',
			'ab/../../etc/passwd',
			'/etc/passwd',
			'ab/..',
			'ab\\..\\x',
			'AB/xyz',
			''
		]) {
			await expect(driver.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
			await expect(driver.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(
				InvalidStorageKeyError
			);
			await expect(driver.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
		}
	});
});

describe('storeFile', () => {
	it('stores bytes, metadata with sha256, and an audit row', async () => {
		const file = await store({ areaId: null });
		expect(file).toMatchObject({
			filename: 'Zápis z jednání.pdf',
			contentType: 'application/pdf',
			size: PDF.length,
			sha256: createHash('sha256').update(PDF).digest('hex'),
			createdById: (alice as { userId: string }).userId
		});
		expect(existsSync(path.join(root, file.storageKey))).toBe(true);
		const [entry] = await listHistory('files.file', file.id);
		expect(entry).toMatchObject({ action: 'create', actorLabel: 'Uživatel 2' });
		expect(await listFilesOf('test.note', 'n1')).toHaveLength(1);
	});

	it('strips paths from the name and accepts a generic declared type', async () => {
		const file = await store({
			filename: 'C:\\fakepath\\foto.PNG',
			contentType: 'application/octet-stream',
			data: new Blob([PNG])
		});
		expect(file).toMatchObject({ filename: 'foto.PNG', contentType: 'image/png' });
	});

	it('refuses a file over the size limit with the limit in MB', async () => {
		overrideEnv({ FILES_MAX_BYTES: String(1024 * 1024) });
		const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]);
		expect(await fieldError(store({ data: big }))).toBe(
			'Soubor je příliš velký (1,1 MB). Největší povolená velikost je 1 MB.'
		);
		overrideEnv({ FILES_MAX_BYTES: undefined });
	});

	it('refuses types outside the allow-list and content that does not match', async () => {
		expect(
			await fieldError(
				store({
					filename: 'virus.exe',
					contentType: 'application/x-msdownload',
					data: Buffer.from('MZ')
				})
			)
		).toMatch(/Tento druh souboru nelze nahrát/);
		expect(await fieldError(store({ filename: 'dopis.pdf', contentType: 'text/html' }))).toMatch(
			/nelze nahrát/
		);
		expect(
			await fieldError(
				store({ filename: 'faktura.pdf', data: Buffer.from('MZ\x90\x00 not a pdf') })
			)
		).toBe(
			'Obsah souboru neodpovídá jeho typu (PDF). Soubor je možná poškozený nebo přejmenovaný.'
		);
		expect(
			await fieldError(store({ filename: 'tabulka.xlsx', contentType: '', data: PDF }))
		).toMatch(/neodpovídá jeho typu \(XLSX\)/);
		expect(
			await fieldError(
				store({
					filename: 'data.json',
					contentType: 'application/json',
					data: Buffer.from('{nope')
				})
			)
		).toMatch(/JSON/);
		expect(await fieldError(store({ data: Buffer.alloc(0) }))).toBe('Soubor je prázdný.');
		expect(await fieldError(store({ filename: '   ' }))).toMatch(/název souboru/);
		const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
		expect(
			(await store({ filename: 'archiv.zip', contentType: 'application/zip', data: zip }))
				.contentType
		).toBe('application/zip');
		const ics = Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
		expect(
			(await store({ filename: 'pozvanka.ics', contentType: 'text/calendar', data: ics }))
				.contentType
		).toBe('text/calendar');
	});
});

describe('downloads', () => {
	it('follow the access rule registered for the owner type', async () => {
		registerFileAccess(
			'test.note',
			(actor) => actor.kind === 'user' && actor.userId === (alice as { userId: string }).userId
		);
		const file = await store({ ownerId: 'n2' });
		const own = await openFileDownload(alice, file.id);
		expect((await read(own.stream)).equals(PDF)).toBe(true);
		await expect(openFileDownload(bob, file.id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(openFileDownload(ANONYMOUS, file.id)).rejects.toBeInstanceOf(UnauthorizedError);
		(await openFileDownload(admin, file.id)).stream.destroy();
		await expect(
			openFileDownload(alice, '00000000-0000-4000-8000-000000000099')
		).rejects.toBeInstanceOf(NotFoundError);
		await expect(openFileDownload(alice, '../../etc/passwd')).rejects.toBeInstanceOf(NotFoundError);
	});

	it('allow only admins for an owner type nobody registered', async () => {
		const file = await store({ ownerType: 'test.unknown', ownerId: 'x' });
		await expect(openFileDownload(alice, file.id)).rejects.toBeInstanceOf(ForbiddenError);
		(await openFileDownload(admin, file.id)).stream.destroy();
	});

	it('name Czech files with an RFC 5987 filename*', () => {
		expect(contentDisposition('Zápis z jednání "A".pdf')).toBe(
			`attachment; filename="Zapis z jednani _A_.pdf"; filename*=UTF-8''Z%C3%A1pis%20z%20jedn%C3%A1n%C3%AD%20%22A%22.pdf`
		);
		expect(contentDisposition('čř.png', 'inline')).toMatch(/^inline; filename="cr\.png"/);
	});
});

describe('deleteFile', () => {
	it('removes the record (audited) and the bytes only after commit', async () => {
		const file = await store({ ownerId: 'n3' });
		await expect(
			db().transaction(async (tx) => {
				await deleteFile(tx, admin, file.id);
				throw new Error('rollback');
			})
		).rejects.toThrow('rollback');
		expect(await findFile(file.id)).toBeDefined();
		expect(existsSync(path.join(root, file.storageKey))).toBe(true);
		await db().transaction((tx) => deleteFile(tx, systemActor('test'), file.id));
		expect(await findFile(file.id)).toBeUndefined();
		expect(existsSync(path.join(root, file.storageKey))).toBe(true);
		await runJobsOnce();
		expect(existsSync(path.join(root, file.storageKey))).toBe(false);
		expect((await listHistory('files.file', file.id))[0].action).toBe('delete');
	});
});
