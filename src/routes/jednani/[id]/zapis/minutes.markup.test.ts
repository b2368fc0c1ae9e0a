import { describe, expect, it } from 'vitest';
// Pure helpers of the meetings module, imported directly so this unit test needs no database.
/* eslint-disable no-restricted-imports */
import { htmlToBlocks } from '#lib/modules/meetings/html.ts';
import { sanitizeMinutesHtml } from '#lib/modules/meetings/minutes.sanitize.server.ts';
import { LIBEREC_AGENDA } from '#lib/modules/meetings/meetings.seed.data.ts';
/* eslint-enable no-restricted-imports */
import { blocksToMarkup, inlineToHtml, markupToHtml } from './minutes.markup.ts';

describe('markupToHtml', () => {
	it('makes paragraphs, line breaks, headings and quotes', () => {
		expect(markupToHtml('První řádek\ndruhý řádek\n\nDalší odstavec')).toBe(
			'<p>První řádek<br>druhý řádek</p><p>Další odstavec</p>'
		);
		expect(markupToHtml('## Nadpis\n### Menší\n> citace\n> dál')).toBe(
			'<h3>Nadpis</h3><h4>Menší</h4><blockquote><p>citace<br>dál</p></blockquote>'
		);
	});

	it('makes nested lists, numbered lists and continued items', () => {
		expect(
			markupToHtml('- jedna\n  pokračování\n- dvě\n  - vnořená\n- tři').replace(/\n/g, '')
		).toBe(
			'<ul><li>jedna<br>pokračování</li><li>dvě<ul><li>vnořená</li></ul></li><li>tři</li></ul>'
		);
		const html = markupToHtml('1. první\n2. druhý\n- odrážka').replace(/\n/g, '');
		expect(html).toBe('<ol><li>první</li><li>druhý</li></ol><ul><li>odrážka</li></ul>');
	});

	it('escapes HTML and keeps only safe links', () => {
		expect(inlineToHtml('<script>alert(1)</script> & "x"')).toBe(
			'&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;'
		);
		expect(inlineToHtml('[web](javascript:alert(1))')).toBe('[web](javascript:alert(1))');
		expect(inlineToHtml('viz [kraj](https://kraj-lbc.cz/a?b=1&c=2) a https://x.cz.')).toBe(
			'viz <a href="https://kraj-lbc.cz/a?b=1&amp;c=2">kraj</a> a <a href="https://x.cz">https://x.cz</a>.'
		);
		expect(inlineToHtml('**tučně** a _kurzíva_, ale snake_case_name')).toBe(
			'<strong>tučně</strong> a <em>kurzíva</em>, ale snake_case_name'
		);
	});
});

describe('blocksToMarkup', () => {
	it('round-trips the seeded minutes of 18. 11. 2015 without losing structure', () => {
		const withHtml = LIBEREC_AGENDA.filter((item) => item.html);
		expect(withHtml.length).toBeGreaterThan(2);
		for (const item of withHtml) {
			const stored = sanitizeMinutesHtml(item.html!);
			const markup = blocksToMarkup(htmlToBlocks(stored));
			const again = sanitizeMinutesHtml(markupToHtml(markup));
			expect(htmlToBlocks(again)).toEqual(htmlToBlocks(stored));
		}
	});

	it('writes lists, line breaks and links as markup', () => {
		const markup = blocksToMarkup(
			htmlToBlocks(
				'<p>Úvod <strong>důležité</strong></p><ul><li>a<br>b<ul><li>c</li></ul></li></ul><p><a href="https://x.cz">web</a></p>'
			)
		);
		expect(markup).toBe('Úvod **důležité**\n\n- a\n  b\n  - c\n\n[web](https://x.cz)');
	});
});
