import { describe, expect, it } from 'vitest';
import type { Cookies } from '@sveltejs/kit';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ANONYMOUS, type Actor } from '#lib/platform/access/actor.ts';
import { areas } from '#lib/modules/organisation/index.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { load as loadLayout } from './+layout.server.ts';
import { load as loadHome } from './+page.server.ts';
import { load as loadAdmin } from './sprava/+page.server.ts';
import { actions as languageActions } from './jazyk/+page.server.ts';

useTestDatabase();

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
	email: 'clen@example.cz',
	grants: [{ role: 'member', bodyId: '00000000-0000-4000-8000-0000000000bb' }]
};

/** A minimal cookie jar with the SvelteKit Cookies interface. */
function jar(initial: Record<string, string> = {}) {
	const values = new Map(Object.entries(initial));
	const options = new Map<string, unknown>();
	const cookies = {
		get: (name: string) => values.get(name),
		getAll: () => [...values].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string, opts: unknown) => {
			values.set(name, value);
			options.set(name, opts);
		},
		delete: (name: string) => void values.delete(name),
		serialize: () => ''
	} as unknown as Cookies;
	return { cookies, values, options };
}

const locals = (actor: Actor) => ({
	actor,
	user:
		actor.kind === 'user'
			? { id: actor.userId, email: actor.email, name: actor.name, locale: 'cs' }
			: null,
	sessionId: null
});

describe('/sprava (admin index)', () => {
	const run = (actor: Actor) =>
		loadAdmin({ locals: locals(actor), url: new URL('http://localhost/sprava') } as never);

	it('sends the anonymous public to the login page with a return address', async () => {
		await expect(run(ANONYMOUS)).rejects.toMatchObject({
			status: 303,
			location: '/prihlaseni?next=%2Fsprava'
		});
	});

	it('refuses signed-in users without administration rights (403)', async () => {
		await expect(run(member)).rejects.toMatchObject({ status: 403 });
	});

	it('lists the four administration areas for an admin', async () => {
		const data = (await run(admin)) as { sections: { href: string }[]; title: string };
		expect(data.title).toBe('Správa');
		expect(data.sections.map((s) => s.href)).toEqual([
			'/sprava/uzivatele',
			'/sprava/audit',
			'/sprava/posta',
			'/sprava/ulohy'
		]);
	});
});

describe('/jazyk (language switch)', () => {
	const post = (body: Record<string, string>, cookies: Cookies) =>
		languageActions.default({
			request: new Request('http://localhost/jazyk', {
				method: 'POST',
				body: new URLSearchParams(body)
			}),
			cookies,
			url: new URL('http://localhost/jazyk')
		} as never);

	it('rejects an unknown language with 400 and keeps the return address', async () => {
		const { cookies, values } = jar();
		const result = await post({ locale: 'de', redirectTo: '/pristupnost' }, cookies);
		expect(result).toMatchObject({
			status: 400,
			data: {
				errors: { locale: ['Vyberte češtinu, nebo angličtinu.'] },
				values: { redirectTo: '/pristupnost' }
			}
		});
		expect(values.size).toBe(0);
	});

	it('sets the locale cookie for a year and redirects back (only to local paths)', async () => {
		const { cookies, values, options } = jar();
		await expect(
			post({ locale: 'en', redirectTo: '/sprava?strana=2' }, cookies)
		).rejects.toMatchObject({
			status: 303,
			location: '/sprava?strana=2'
		});
		const [name] = [...values.keys()];
		expect(values.get(name)).toBe('en');
		expect(options.get(name)).toMatchObject({
			path: '/',
			maxAge: 31_536_000,
			sameSite: 'lax',
			httpOnly: false
		});
		await expect(
			post({ locale: 'cs', redirectTo: '//evil.example' }, cookies)
		).rejects.toMatchObject({
			status: 303,
			location: '/'
		});
	});
});

describe('root layout and home', () => {
	it('gives the shell its navigation, flash and the coordinator area', async () => {
		const [area] = await db()
			.insert(areas)
			.values({ kind: 'orp', name: 'ORP Liberec' })
			.returning();
		const coordinator: Actor = {
			kind: 'user',
			userId: '00000000-0000-4000-8000-000000000003',
			name: 'Koordinátorka',
			email: 'k@example.cz',
			grants: [{ role: 'coordinator', areaId: area.id }]
		};
		const { cookies, values } = jar({
			souhra_flash: encodeURIComponent(JSON.stringify({ type: 'success', message: 'Uloženo.' }))
		});
		const data = (await loadLayout({
			locals: locals(coordinator),
			cookies,
			url: new URL('http://localhost/')
		} as never)) as Record<string, unknown>;
		expect(data).toMatchObject({
			user: { name: 'Koordinátorka' },
			area: { name: 'ORP Liberec' },
			flash: { type: 'success', message: 'Uloženo.' },
			navigation: expect.arrayContaining([
				{ label: 'Přehled', href: '/' },
				{ label: 'Území', href: '/uzemi' },
				{ label: 'Lidé', href: '/lide' }
			]),
			demo: false
		});
		expect(values.has('souhra_flash')).toBe(false);

		const anonymous = (await loadLayout({
			locals: locals(ANONYMOUS),
			cookies: jar().cookies,
			url: new URL('http://localhost/')
		} as never)) as Record<string, unknown>;
		expect(anonymous).toMatchObject({ user: null, area: null, flash: null });
	});

	it('lists areas publicly, sorted in Czech order, and tolerates bad page numbers', async () => {
		await db()
			.insert(areas)
			.values([
				{ kind: 'obec', name: 'Chrastava' },
				{ kind: 'obec', name: 'Hodkovice nad Mohelkou' },
				{ kind: 'obec', name: 'Český Dub' }
			]);
		const data = (await loadHome({
			locals: locals(ANONYMOUS),
			url: new URL('http://localhost/?razeni=nazev&smer=asc&strana=abc')
		} as never)) as { overview: unknown; areas: { items: { name: string }[]; page: number } };
		expect(data.overview).toBeNull();
		expect(data.areas.page).toBe(1);
		expect(data.areas.items.map((a) => a.name)).toEqual([
			'Český Dub',
			'Hodkovice nad Mohelkou',
			'Chrastava',
			'ORP Liberec'
		]);
	});

	it('shows a signed-in user their roles', async () => {
		const data = (await loadHome({
			locals: locals(admin),
			url: new URL('http://localhost/')
		} as never)) as { overview: { roles: { role: string }[]; adminLinks: boolean } };
		expect(data.overview.roles).toEqual([{ role: 'Správce instance', area: null }]);
		expect(data.overview.adminLinks).toBe(true);
	});
});
