import { describe, expect, it } from 'vitest';
import { htmlToBlocks, runsText, type Block } from './html.ts';

const texts = (blocks: Block[]) => blocks.map((b) => runsText(b.runs));

describe('htmlToBlocks', () => {
	it('returns nothing for empty input', () => {
		expect(htmlToBlocks(null)).toEqual([]);
		expect(htmlToBlocks('   ')).toEqual([]);
		expect(htmlToBlocks('<p> </p>')).toEqual([]);
	});

	it('reads paragraphs with bold, italic, underline and collapses whitespace', () => {
		const blocks = htmlToBlocks(
			'<p>Liberecký   kraj <strong>plánuje</strong> v roce <em>2017</em>\n <u>podpořit</u> služby.</p>'
		);
		expect(blocks).toHaveLength(1);
		expect(blocks[0].kind).toBe('paragraph');
		expect(runsText(blocks[0].runs)).toBe('Liberecký kraj plánuje v roce 2017 podpořit služby.');
		expect(blocks[0].runs.find((r) => r.text === 'plánuje')?.bold).toBe(true);
		expect(blocks[0].runs.find((r) => r.text === '2017')?.italic).toBe(true);
		expect(blocks[0].runs.find((r) => r.text === 'podpořit')?.underline).toBe(true);
		expect(blocks[0].runs.find((r) => r.text.startsWith('Liberecký'))?.bold).toBeUndefined();
	});

	it('keeps nested formatting and decodes entities', () => {
		const [block] = htmlToBlocks(
			'<p><strong>Tučně <em>a kurzívou</em></strong> &amp; „Uran“ &nbsp;x</p>'
		);
		const both = block.runs.find((r) => r.text === 'a kurzívou');
		expect(both).toMatchObject({ bold: true, italic: true });
		expect(runsText(block.runs)).toContain('& „Uran“');
	});

	it('turns <br> into a line break inside one paragraph', () => {
		const [block] = htmlToBlocks('<p>V roce 2016: <br> první řádek<br/>druhý řádek</p>');
		expect(runsText(block.runs)).toBe('V roce 2016:\nprvní řádek\ndruhý řádek');
	});

	it('reads headings h3 and h4 with their level', () => {
		const blocks = htmlToBlocks('<h3>Projekty</h3><h4>V roce 2016</h4><p>Text</p>');
		expect(blocks.map((b) => (b.kind === 'heading' ? `${b.kind}${b.level}` : b.kind))).toEqual([
			'heading3',
			'heading4',
			'paragraph'
		]);
	});

	it('keeps only http(s) and mailto links', () => {
		const [block] = htmlToBlocks(
			'<p><a href="http://odbor-socialni.kraj-lbc.cz">web kraje</a>, <a href="javascript:alert(1)">zlo</a>, <a href="mailto:a@b.cz">e-mail</a></p>'
		);
		expect(block.runs.find((r) => r.text === 'web kraje')?.href).toBe(
			'http://odbor-socialni.kraj-lbc.cz'
		);
		expect(block.runs.find((r) => r.text === 'zlo')?.href).toBeUndefined();
		expect(block.runs.find((r) => r.text === 'e-mail')?.href).toBe('mailto:a@b.cz');
	});

	it('numbers ordered lists, restarts each list and nests levels', () => {
		const blocks = htmlToBlocks(
			'<ol><li>Úvod</li><li>Informace<ul><li>kraj</li><li>město</li></ul>dále</li></ol><ol><li>Znovu</li></ol>'
		);
		const items = blocks.filter((b) => b.kind === 'list-item');
		expect(texts(items)).toEqual(['Úvod', 'Informace', 'kraj', 'město', 'dále', 'Znovu']);
		expect(items.map((b) => [b.ordered, b.level, b.index])).toEqual([
			[true, 0, 1],
			[true, 0, 2],
			[false, 1, 1],
			[false, 1, 2],
			[true, 0, 2],
			[true, 0, 1]
		]);
		expect(items[4].continuation).toBe(true);
		expect(items[0].listId).toBe(items[1].listId);
		expect(items[5].listId).not.toBe(items[0].listId);
		expect(items[2].listId).not.toBe(items[0].listId);
	});

	it('marks blockquote paragraphs', () => {
		const blocks = htmlToBlocks('<blockquote><p>Citace</p></blockquote><p>Běžný</p>');
		expect(blocks).toEqual([
			{ kind: 'paragraph', quote: true, runs: [{ text: 'Citace' }] },
			{ kind: 'paragraph', runs: [{ text: 'Běžný' }] }
		]);
	});

	it('drops scripts and styles and reads unknown tags as text', () => {
		const blocks = htmlToBlocks(
			'<p>Před<script>alert(1)</script><span style="color:red"> po</span></p><style>p{}</style>'
		);
		expect(texts(blocks)).toEqual(['Před po']);
	});

	it('wraps loose top-level text into a paragraph', () => {
		const blocks = htmlToBlocks('Volný text <strong>tučně</strong><p>Další</p>');
		expect(texts(blocks)).toEqual(['Volný text tučně', 'Další']);
	});
});

describe('htmlToBlocks – block content inside list items', () => {
	it('puts paragraphs and headings inside <li> on their own continuation lines', () => {
		const blocks = htmlToBlocks(
			'<ul><li>Kraj připravuje projekty:<h4>V roce 2016:</h4><ul><li>Rodiny</li></ul><p>Závěr</p></li></ul>'
		);
		expect(texts(blocks)).toEqual(['Kraj připravuje projekty:', 'V roce 2016:', 'Rodiny', 'Závěr']);
		expect(
			blocks.map((b) => (b.kind === 'list-item' ? [b.level, !!b.continuation] : b.kind))
		).toEqual([
			[0, false],
			[0, true],
			[1, false],
			[0, true]
		]);
		expect(blocks[1].runs[0].bold).toBe(true);
	});
});
