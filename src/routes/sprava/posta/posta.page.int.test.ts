import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { overrideEnv } from '#lib/platform/config/env.server.ts';
import { ANONYMOUS, type Actor } from '#lib/platform/access/actor.ts';
import { queueMail } from '#lib/platform/mail/mail.server.ts';
import { outbox } from '#lib/platform/mail/mail.schema.ts';
import { load as listLoad } from './+page.server.ts';
import { actions, load as messageLoad } from './[id]/+page.server.ts';
import type { RequestHandler } from '@sveltejs/kit';
import { GET } from './[id]/priloha/[index]/+server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';

const attachment = GET as unknown as RequestHandler;

useTestDatabase();
overrideEnv({ SMTP_HOST: '' });

const admin: Actor = {
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000001',
	name: 'Správce',
	email: 'spravce@example.cz',
	grants: [{ role: 'admin' }]
};
const provider: Actor = {
	kind: 'user',
	userId: '00000000-0000-4000-8000-000000000003',
	name: 'Poskytovatel',
	email: 'p@example.cz',
	grants: [{ role: 'provider', organisationId: '00000000-0000-4000-8000-0000000000bb' }]
};

const locals = (actor: Actor) => ({ actor, user: null, sessionId: null });
type ListData = Exclude<Awaited<ReturnType<typeof listLoad>>, void>;
type MessageData = Exclude<Awaited<ReturnType<typeof messageLoad>>, void>;
const list = async (actor: Actor, query = '') =>
	(await listLoad({
		locals: locals(actor),
		url: new URL(`http://localhost/sprava/posta${query}`)
	} as never)) as ListData;
const open = async (actor: Actor, id: string) =>
	(await messageLoad({ locals: locals(actor), params: { id } } as never)) as MessageData;
const flashes: string[] = [];
const resend = (actor: Actor, id: string) =>
	actions.resend({
		locals: locals(actor),
		params: { id },
		cookies: { set: (_n: string, v: string) => flashes.push(v), get: () => undefined, delete() {} }
	} as never);

describe('/sprava/posta', () => {
	it('refuses the anonymous public (401) and non-admins (403) on every page and action', async () => {
		const { id } = await db().transaction((tx) =>
			queueMail(tx, { to: 'a@example.cz', subject: 'S', text: 'T', kind: 'test' })
		);
		await expect(list(ANONYMOUS)).rejects.toMatchObject({ status: 401 });
		await expect(list(provider)).rejects.toMatchObject({ status: 403 });
		await expect(open(ANONYMOUS, id)).rejects.toMatchObject({ status: 401 });
		await expect(open(provider, id)).rejects.toMatchObject({ status: 403 });
		expect(await resend(ANONYMOUS, id)).toMatchObject({ status: 401 });
		expect(await resend(provider, id)).toMatchObject({ status: 403 });
		await expect(
			callEndpoint(attachment, { url: '/x', params: { id, index: '0' } })
		).rejects.toMatchObject({ status: 401 });
		await expect(
			callEndpoint(attachment, { url: '/x', params: { id, index: '0' }, actor: provider })
		).rejects.toMatchObject({ status: 403 });
	});

	it('shows stored messages with clickable links and downloadable attachments', async () => {
		const { id } = await db().transaction((tx) =>
			queueMail(tx, {
				to: 'koordinator@example.cz',
				subject: 'Obnova hesla',
				text: 'Nové heslo nastavíte na https://souhra.example/obnova-hesla/abc.\nDíky.',
				kind: 'auth.password-reset',
				attachments: [
					{
						filename: 'Zápis.txt',
						contentType: 'text/plain',
						contentBase64: Buffer.from('ahoj').toString('base64')
					}
				]
			})
		);
		const page = await list(admin, '?stav=stored');
		expect(page.messages[0]).toMatchObject({
			id,
			subject: 'Obnova hesla',
			kindLabel: 'Obnova hesla',
			statusLabel: 'Uloženo (bez odeslání)',
			attempts: 0
		});
		expect((await list(admin, '?stav=sent')).messages).toEqual([]);
		expect((await list(admin, '?stav=nesmysl&strana=-3')).total).toBe(2);
		const message = await open(admin, id);
		expect(message.body).toEqual([
			{ text: 'Nové heslo nastavíte na ' },
			{
				text: 'https://souhra.example/obnova-hesla/abc',
				href: 'https://souhra.example/obnova-hesla/abc'
			},
			{ text: '.\nDíky.' }
		]);
		expect(message.attachments).toEqual([
			{ index: 0, filename: 'Zápis.txt', contentType: 'text/plain', size: 4 }
		]);
		const file = await attachment({ locals: locals(admin), params: { id, index: '0' } } as never);
		expect(file.status).toBe(200);
		expect(await file.text()).toBe('ahoj');
		expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''Z%C3%A1pis.txt");
		await expect(
			callEndpoint(attachment, { url: '/x', params: { id, index: '7' }, actor: admin })
		).rejects.toMatchObject({ status: 404 });
		await expect(open(admin, '00000000-0000-4000-8000-00000000ffff')).rejects.toMatchObject({
			status: 404
		});
	});

	it('resends a failed message, and explains why it cannot without SMTP', async () => {
		const { id } = await db().transaction((tx) =>
			queueMail(tx, { to: 'b@example.cz', subject: 'Selhalo', text: 'x', kind: 'test' })
		);
		await db()
			.update(outbox)
			.set({ status: 'failed', attempts: 5, lastError: 'Server SMTP odmítl spojení.' })
			.where(eq(outbox.id, id));
		const refused = await resend(admin, id);
		expect(refused).toMatchObject({ status: 400 });
		expect(JSON.stringify(refused)).toContain('SMTP_HOST');
		overrideEnv({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '2525' });
		await expect(resend(admin, id)).rejects.toMatchObject({
			status: 303,
			location: `/sprava/posta/${id}`
		});
		expect(flashes.at(-1)).toContain(encodeURIComponent('znovu zařazena'));
		expect((await db().select().from(outbox).where(eq(outbox.id, id)))[0].status).toBe('queued');
		expect(await resend(admin, id)).toMatchObject({ status: 409 });
		overrideEnv({ SMTP_HOST: '', SMTP_PORT: undefined });
	});
});
