import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ANONYMOUS, type Actor } from '#lib/platform/access/actor.ts';
import { localStorage, setStorage } from '#lib/platform/files/files.storage.server.ts';
import { registerFileAccess, storeFile } from '#lib/platform/files/files.service.server.ts';
import { GET } from './[id]/+server.ts';

useTestDatabase();

let root: string;
beforeAll(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'souhra-dl-'));
	setStorage(localStorage(root));
});
afterAll(async () => {
	setStorage(undefined);
	await rm(root, { recursive: true, force: true });
});

const user = (n: string, admin = false): Actor => ({
	kind: 'user',
	userId: `00000000-0000-4000-8000-00000000000${n}`,
	name: `U${n}`,
	email: `u${n}@example.cz`,
	grants: admin ? [{ role: 'admin' }] : []
});
const reader = user('2');
const stranger = user('3');

registerFileAccess(
	'test.minutes',
	(actor) => actor.kind === 'user' && actor.userId === (reader as { userId: string }).userId
);

const download = (actor: Actor, id: string, headers: Record<string, string> = {}) =>
	GET({
		locals: { actor, user: null, sessionId: null },
		params: { id },
		request: new Request('http://localhost/soubory/' + id, { headers })
	} as never);

describe('/soubory/[id]', () => {
	it('streams the file with a Czech filename only to those the owner module allows', async () => {
		const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
		const file = await db().transaction((tx) =>
			storeFile(tx, user('1', true), {
				filename: 'Zápis z jednání.pdf',
				contentType: 'application/pdf',
				data: pdf,
				ownerType: 'test.minutes',
				ownerId: 'm1'
			})
		);
		await expect(download(ANONYMOUS, file.id)).rejects.toMatchObject({ status: 401 });
		await expect(download(stranger, file.id)).rejects.toMatchObject({ status: 403 });
		await expect(download(reader, '00000000-0000-4000-8000-0000000000ff')).rejects.toMatchObject({
			status: 404
		});
		const response = await download(reader, file.id);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('content-length')).toBe(String(pdf.length));
		expect(response.headers.get('content-disposition')).toBe(
			`inline; filename="Zapis z jednani.pdf"; filename*=UTF-8''Z%C3%A1pis%20z%20jedn%C3%A1n%C3%AD.pdf`
		);
		expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
		const cached = await download(reader, file.id, { 'if-none-match': `"${file.sha256}"` });
		expect(cached.status).toBe(304);
	});
});
