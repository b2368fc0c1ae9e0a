import { describe, expect, it } from 'vitest';
import { minutesText, sanitizeMinutesHtml } from './minutes.sanitize.server.ts';

describe('minutes HTML', () => {
	it('keeps the allowed structure', () => {
		const html =
			'<h3>Ad 2)</h3><ul><li><strong>K. Šretrová</strong> <em>sdělila</em></li></ul><p><a href="https://kraj-lbc.cz">web</a></p>';
		expect(sanitizeMinutesHtml(html)).toBe(html);
	});

	it('drops scripts, handlers, styles and unsafe links', () => {
		const out = sanitizeMinutesHtml(
			'<p onclick="x()" style="color:red">A<script>alert(1)</script></p><a href="javascript:alert(1)">b</a><img src=x onerror=y><iframe></iframe><a href="mailto:a@b.cz" target="_blank">m</a>'
		);
		expect(out).toBe('<p>A</p><a>b</a><a href="mailto:a@b.cz">m</a>');
	});

	it('maps other headings and bold to the allowed ones', () => {
		expect(sanitizeMinutesHtml('<h1>T</h1><b>x</b><i>y</i>')).toBe(
			'<h3>T</h3><strong>x</strong><em>y</em>'
		);
	});

	it('gives plain text for search and e-mail', () => {
		expect(minutesText('<ul><li>Rozvojová síť &amp; obce</li><li>druhý</li></ul>')).toBe(
			'Rozvojová síť & obce\ndruhý'
		);
	});
});
