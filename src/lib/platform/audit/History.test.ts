import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import History from './History.svelte';
import { presentHistory } from './audit.presenter.ts';

/** Rendered HTML without Svelte's hydration comments. */
const html = (props: Parameters<typeof render<typeof History>>[1]) =>
	render(History, props)
		.body.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/ class="svelte-[a-z0-9]+"/g, '')
		.replace(/ svelte-[a-z0-9]+/g, '');

describe('History.svelte', () => {
	it('renders the empty state under an h2 "Historie změn"', () => {
		const body = html({ props: { entries: [] } });
		expect(body).toMatch(/<h2[^>]*>\s*Historie změn\s*<\/h2>/);
		expect(body).toContain('Zatím žádné změny.');
		expect(body).not.toContain('<table');
	});

	it('renders each entry with time, who, Czech verb and a table of old and new values', () => {
		const entries = presentHistory(
			[
				{
					id: 7,
					occurredAt: new Date('2026-01-01T13:00:00Z'),
					actorId: null,
					actorLabel: 'Jana Nováková',
					entityType: 'auth.user',
					entityId: 'u1',
					action: 'update',
					before: { name: 'Alena' },
					after: { name: 'Alena <b>Nová</b>' },
					areaId: null
				}
			],
			{ name: 'Jméno' }
		);
		const body = html({ props: { entries, title: 'Historie účtu', level: 3 } });
		expect(body).toMatch(/<h3[^>]*>\s*Historie účtu\s*<\/h3>/);
		expect(body).toContain('<time datetime="2026-01-01T13:00:00.000Z">1. 1. 2026 14:00</time>');
		expect(body).toContain('Jana Nováková');
		expect(body).toContain('změněno');
		expect(body).toMatch(
			/<th scope="col">Pole<\/th>\s*<th scope="col">Původní hodnota<\/th>\s*<th scope="col">Nová hodnota<\/th>/
		);
		expect(body).toMatch(
			/<th scope="row">Jméno<\/th>\s*<td>Alena<\/td>\s*<td>Alena &lt;b>Nová&lt;\/b><\/td>/
		);
	});
});
