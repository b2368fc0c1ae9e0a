import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderMinutesDocx } from './minutes.docx.server.ts';
import { seed001Minutes } from './minutes.fixture.ts';

async function unzip(buffer: Buffer) {
	const zip = await JSZip.loadAsync(buffer);
	const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
	return { zip, read };
}

/** Visible text of document.xml: runs joined per paragraph. */
function paragraphsOf(xml: string): string[] {
	return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
		.map((p) =>
			[...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
				.map((t) => (t[0] === '<w:tab/>' ? '\t' : t[1]))
				.join('')
		)
		.map((t) =>
			t
				.replace(/&amp;/g, '&')
				.replace(/&quot;/g, '"')
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
		);
}

describe('renderMinutesDocx', () => {
	it('writes the minutes of seed 001 with all their parts', async () => {
		const { read, zip } = await unzip(await renderMinutesDocx(seed001Minutes()));
		expect(zip.file('word/document.xml')).toBeTruthy();
		const text = paragraphsOf(await read('word/document.xml'));
		const all = text.join('\n');
		expect(text[0]).toBe(
			'KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB – ORP LIBEREC – ŘÍDÍCÍ PRACOVNÍ SKUPINA KPSS REGIONU LIBEREC'
		);
		expect(text[1]).toBe('Zápis z jednání – Řídící pracovní skupina KPSS regionu Liberec');
		expect(all).not.toContain('NÁVRH');
		expect(text).toContain(
			'Místo jednání:\ttř. 1. máje 108, Liberec – budova „Uran“, zasedací místnost č. 17'
		);
		expect(text).toContain('Datum/čas:\t18. 11. 2015, v 14:00 hod.');
		expect(all).toContain(
			'Přítomni:\tPetr Hampacher, Pavel Kalous, Kateřina Marcinková, Olga Merglová'
		);
		expect(all).toContain('Omluveni:\tEva Chlupáčová, Stanislav Jäger, Ivan Langr');
		expect(text).toContain('Program jednání');
		expect(text).toContain('Informace z Libereckého kraje');
		// Items without any content (Úvod) are not printed as "Ad 1)".
		expect(all).not.toContain('Ad 1)');
		expect(text).toContain(
			'Ad 2) Informace z pracovních skupin Komunitního plánování v sociální oblasti'
		);
		expect(text).toContain('Ad 5) Diskuze');
		expect(all).toContain(
			'Usnesení č. ŘPS/2015/01: Řídící pracovní skupina schvaluje harmonogram svých jednání pro rok 2016.'
		);
		expect(text).toContain('Hlasování: pro 9, proti 0, zdržel se 0 – usnesení bylo přijato.');
		expect(all).toContain('Z: K. Marcinková, T: 9. 12. 2015');
		expect(text).toContain('Akce');
		expect(text).toContain('dne 19. 11. 2015 – 2. ročník zážitkové akce Noc venku');
		expect(text).toContain('V Liberci dne 23. 11. 2015, zapsala K. Marcinková');
		expect(text).toContain('Harmonogram jednání ŘPS pro rok 2016');
		expect(text).toContain('13. 1. 2016');
		expect(text).toContain('16. 11. 2016');
		expect(all).toContain('budova „Uran“, 2. patro, místnost č. 17');
		expect(all).toContain('V březnu až dubnu budou hodnoceny žádosti');
	});

	it('uses Word styles, Czech language, A4 and a repeated table header', async () => {
		const { read } = await unzip(await renderMinutesDocx(seed001Minutes()));
		const xml = await read('word/document.xml');
		const styles = await read('word/styles.xml');
		expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
		expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
		expect(xml).toContain('<w:pStyle w:val="ListNumber"/>');
		expect(xml).toContain('<w:pStyle w:val="ListBullet"/>');
		expect(xml).toContain('<w:tblHeader/>');
		expect(xml).toMatch(/<w:pgSz w:w="1190[0-9]" w:h="168[0-9]{2}"/);
		expect(styles).toContain('w:val="cs-CZ"');
		expect(styles).toContain('w:styleId="ListNumber"');
		expect(styles).toContain('<w:name w:val="List Bullet"/>');
		const core = await read('docProps/core.xml');
		expect(core).toContain(
			'<dc:title>Zápis z jednání – Řídící pracovní skupina KPSS regionu Liberec</dc:title>'
		);
	});

	it('marks a draft with NÁVRH and renders links and nested lists', async () => {
		const { read } = await unzip(await renderMinutesDocx(seed001Minutes({ status: 'draft' })));
		const xml = await read('word/document.xml');
		const text = paragraphsOf(xml);
		expect(text[1]).toBe('Zápis z jednání – Řídící pracovní skupina KPSS regionu Liberec – NÁVRH');
		expect(xml).toContain('<w:hyperlink');
		const rels = await read('word/_rels/document.xml.rels');
		expect(rels).toContain('http://odbor-socialni.kraj-lbc.cz');
		// The nested project list of Ad 3 is on level 1.
		expect(xml).toMatch(/<w:ilvl w:val="1"\/>/);
	});

	it('says "zapsal" for a male author and lists guests and absent members', async () => {
		const doc = seed001Minutes({
			signature: {
				signedPlace: 'V Liberci',
				writtenOn: '2015-11-23',
				author: 'P. Hampacher',
				authorVerb: 'zapsal',
				approver: 'Olga Merglová',
				approverVerb: 'ověřila'
			},
			absent: ['Jan Novák'],
			guests: [{ name: 'Marie Malá', organisation: 'TyfloCentrum Liberec, o. p. s.' }]
		});
		const text = paragraphsOf(
			await (await unzip(await renderMinutesDocx(doc))).read('word/document.xml')
		);
		expect(text).toContain('V Liberci dne 23. 11. 2015, zapsal P. Hampacher');
		expect(text).toContain('Ověřila: Olga Merglová');
		expect(text).toContain('Nepřítomni:\tJan Novák');
		expect(text).toContain('Hosté:\tMarie Malá (TyfloCentrum Liberec, o. p. s.)');
	});
});
