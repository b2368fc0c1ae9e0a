import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderMinutesPdf } from './minutes.pdf.server.ts';
import { seed001Minutes } from './minutes.fixture.ts';

async function read(buffer: Buffer) {
	const pdf = await getDocumentProxy(new Uint8Array(buffer));
	const { text, totalPages } = await extractText(pdf, { mergePages: true });
	const meta = await getMeta(pdf);
	return { text: text.replace(/\s+/g, ' '), totalPages, meta };
}

describe('renderMinutesPdf', () => {
	it('prints the minutes of seed 001 with Czech diacritics', async () => {
		const buffer = await renderMinutesPdf(seed001Minutes());
		expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
		const { text, totalPages } = await read(buffer);
		for (const expected of [
			'KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB – ORP LIBEREC – ŘÍDÍCÍ PRACOVNÍ SKUPINA KPSS REGIONU LIBEREC',
			'Zápis z jednání – Řídící pracovní skupina KPSS regionu Liberec',
			'Místo jednání:',
			'18. 11. 2015, v 14:00 hod.',
			'Přítomni:',
			'Kateřina Šretrová',
			'Omluveni:',
			'Stanislav Jäger',
			'Program jednání',
			'Ad 2) Informace z pracovních skupin',
			'Ad 3) Informace z Libereckého kraje',
			'Usnesení č. ŘPS/2015/01:',
			'Hlasování: pro 9, proti 0, zdržel se 0 – usnesení bylo přijato.',
			'Z: K. Marcinková, T: 9. 12. 2015',
			'Akce',
			'dne 19. 11. 2015 – 2. ročník zážitkové akce Noc venku',
			'V Liberci dne 23. 11. 2015, zapsala K. Marcinková',
			'Harmonogram jednání ŘPS pro rok 2016',
			'Místo setkání',
			'12. 10. 2016',
			'V březnu až dubnu budou hodnoceny žádosti',
			`Strana 1 z ${totalPages}`
		]) {
			expect(text, expected).toContain(expected);
		}
		expect(text).not.toContain('NÁVRH');
		expect(text).not.toContain('Ad 1)');
		expect(totalPages).toBeGreaterThan(1);
	});

	it('carries title, author and language in the metadata', async () => {
		const { meta } = await read(await renderMinutesPdf(seed001Minutes()));
		expect(meta.info.Title).toBe('Zápis z jednání – Řídící pracovní skupina KPSS regionu Liberec');
		expect(meta.info.Author).toBe('K. Marcinková');
		expect(meta.info.Language).toBe('cs-CZ');
	});

	it('marks a draft', async () => {
		const { text, meta } = await read(await renderMinutesPdf(seed001Minutes({ status: 'draft' })));
		expect(text).toContain('NÁVRH');
		expect(text).toContain('Návrh zápisu – dosud neschválený');
		expect(meta.info.Title).toContain('(NÁVRH)');
	});
});
