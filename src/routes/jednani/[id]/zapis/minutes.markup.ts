/**
 * The simple text markup of the minutes editor (works in a plain <textarea>, no JavaScript):
 *
 *   empty line         → new paragraph; a single line break stays a line break
 *   "- text"           → bullet list ("1. text" numbered); indent by 2 spaces to nest
 *   a line right below a list item (no empty line) continues that item on a new line
 *   "## Nadpis"        → heading ("### Podnadpis" smaller), "> text" → quotation
 *   **tučně**, _kurzívou_, [text odkazu](https://…), bare https://… and mailto: addresses → links
 *
 * `markupToHtml` produces the safe HTML the meetings service stores (it sanitises again);
 * `blocksToMarkup` turns stored HTML (parsed by the module's `htmlToBlocks`) back into markup.
 */
import type { Block, Run } from '#lib/modules/meetings/index.ts';

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LINK = /\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:)[^\s)]+)\)/g;
const BARE_URL = /(^|[\s(„"])((?:https?:\/\/|mailto:)[^\s<>")“]+[^\s<>")“.,;:!?])/g;

/** One line of text with inline markup → HTML (escaped first, so no tag can slip through). */
export function inlineToHtml(text: string): string {
	const links: string[] = [];
	const keep = (html: string) => `\uE000${links.push(html) - 1}\uE001`;
	let s = text.replace(/[\uE000\uE001]/g, '');
	s = s.replace(LINK, (_, label: string, href: string) =>
		keep(`<a href="${escapeHtml(href)}">${formatInline(escapeHtml(label))}</a>`)
	);
	s = s.replace(
		BARE_URL,
		(_, before: string, href: string) =>
			`${before}${keep(`<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`)}`
	);
	s = formatInline(escapeHtml(s));
	return s.replace(/\uE000(\d+)\uE001/g, (_, i: string) => links[Number(i)]);
}

function formatInline(escaped: string): string {
	return escaped
		.replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '<strong>$1</strong>')
		.replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1<em>$2</em>');
}

interface OpenList {
	ordered: boolean;
	indent: number;
}

const MARKER = /^(\s*)(?:([-*•])|(\d{1,3})[.)])\s+(.*)$/;

/** Editor markup → HTML with p, br, strong, em, h3, h4, ul, ol, li, a, blockquote. */
export function markupToHtml(markup: string): string {
	const lines = (markup ?? '').replace(/\r\n?/g, '\n').replace(/\t/g, '  ').split('\n');
	const out: string[] = [];
	const lists: OpenList[] = [];
	let paragraph: string[] = [];
	let quote: string[] = [];
	let itemOpen = false;

	const flushParagraph = () => {
		if (paragraph.length) out.push(`<p>${paragraph.map(inlineToHtml).join('<br>')}</p>`);
		paragraph = [];
	};
	const flushQuote = () => {
		if (quote.length) {
			out.push(`<blockquote><p>${quote.map(inlineToHtml).join('<br>')}</p></blockquote>`);
		}
		quote = [];
	};
	const closeList = () => {
		const list = lists.pop();
		if (!list) return;
		out.push(`</li></${list.ordered ? 'ol' : 'ul'}>`);
		itemOpen = lists.length > 0;
	};
	const closeLists = () => {
		while (lists.length) closeList();
		itemOpen = false;
	};

	for (const raw of lines) {
		const line = raw.replace(/\s+$/, '');
		if (!line.trim()) {
			flushParagraph();
			flushQuote();
			closeLists();
			continue;
		}
		const marker = MARKER.exec(line);
		if (marker) {
			flushParagraph();
			flushQuote();
			const indent = marker[1].length;
			const ordered = marker[3] !== undefined;
			while (lists.length && lists.at(-1)!.indent > indent) closeList();
			const top = lists.at(-1);
			if (top && top.indent === indent && top.ordered !== ordered) closeList();
			const current = lists.at(-1);
			if (current && current.indent === indent) {
				out.push(`</li><li>${inlineToHtml(marker[4])}`);
			} else {
				out.push(`<${ordered ? 'ol' : 'ul'}><li>${inlineToHtml(marker[4])}`);
				lists.push({ ordered, indent });
			}
			itemOpen = true;
			continue;
		}
		const text = line.trim();
		if (itemOpen) {
			out.push(`<br>${inlineToHtml(text)}`);
			continue;
		}
		const heading = /^(#{2,3})\s+(.*)$/.exec(text);
		if (heading) {
			flushParagraph();
			flushQuote();
			const tag = heading[1].length === 2 ? 'h3' : 'h4';
			out.push(`<${tag}>${inlineToHtml(heading[2])}</${tag}>`);
			continue;
		}
		const quoted = /^>\s?(.*)$/.exec(text);
		if (quoted) {
			flushParagraph();
			quote.push(quoted[1]);
			continue;
		}
		flushQuote();
		paragraph.push(text);
	}
	flushParagraph();
	flushQuote();
	closeLists();
	return out.join('');
}

/** Markup of one run list; `\n` (a `<br>`) becomes `newline` so list items stay continued. */
function runsToMarkup(runs: Run[], newline: string): string {
	return runs
		.map((run) => {
			if (run.text === '\n') return newline;
			let text = run.text.replace(/\n/g, newline);
			if (run.href) {
				text = text === run.href ? run.href : `[${text}](${run.href})`;
			}
			const lead = /^\s*/.exec(text)![0];
			const trail = /\s*$/.exec(text)![0];
			let core = text.trim();
			if (!core) return text;
			if (run.italic) core = `_${core}_`;
			if (run.bold) core = `**${core}**`;
			return lead + core + trail;
		})
		.join('');
}

/** Stored HTML (as blocks) → editor markup, so existing minutes can be edited in the textarea. */
export function blocksToMarkup(blocks: Block[]): string {
	const parts: string[] = [];
	let previousWasItem = false;
	for (const block of blocks) {
		if (block.kind === 'list-item') {
			const indent = '  '.repeat(block.level);
			const text = runsToMarkup(block.runs, `\n${indent}  `);
			const line = block.continuation
				? `${indent}  ${text}`
				: `${indent}${block.ordered ? `${block.index}.` : '-'} ${text}`;
			if (previousWasItem) parts[parts.length - 1] += `\n${line}`;
			else parts.push(line);
			previousWasItem = true;
			continue;
		}
		previousWasItem = false;
		if (block.kind === 'heading') {
			parts.push(`${block.level === 3 ? '##' : '###'} ${runsToMarkup(block.runs, ' ')}`);
		} else if (block.quote) {
			parts.push(`> ${runsToMarkup(block.runs, '\n> ')}`);
		} else {
			parts.push(runsToMarkup(block.runs, '\n'));
		}
	}
	return parts.join('\n\n');
}
