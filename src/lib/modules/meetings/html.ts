/**
 * The stored, sanitised minutes HTML (p, br, strong, em, u, h3, h4, ul, ol, li, a[href],
 * blockquote) as a small block model shared by the DOCX and PDF renderers, so both print the
 * same structure. Anything outside that set is read as plain text; scripts and styles are dropped.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** A piece of text with one formatting; `\n` inside `text` is a line break (`<br>`). */
export interface Run {
	text: string;
	bold?: boolean;
	italic?: boolean;
	underline?: boolean;
	/** http(s) or mailto link target. */
	href?: string;
}

export type Block =
	| { kind: 'paragraph'; runs: Run[]; quote?: boolean }
	| { kind: 'heading'; level: 3 | 4; runs: Run[] }
	| {
			kind: 'list-item';
			ordered: boolean;
			/** 0 = top-level list, 1 = nested once, … */
			level: number;
			/** 1-based position within its own list (numbering of ordered lists). */
			index: number;
			/** Unique per list occurrence, so a renderer can restart numbering. */
			listId: number;
			/** Text that follows a nested list inside the same `<li>` (no new bullet). */
			continuation?: boolean;
			runs: Run[];
	  };

type Format = Omit<Run, 'text'>;

const BLOCK_TAGS = new Set([
	'p',
	'h3',
	'h4',
	'ul',
	'ol',
	'li',
	'blockquote',
	'div',
	'h1',
	'h2',
	'h5',
	'h6'
]);
const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'noscript']);
const SAFE_HREF = /^(https?:|mailto:)/i;

/** Collapse HTML whitespace and drop empty runs; trims the edges of a block. */
function normaliseRuns(runs: Run[]): Run[] {
	const out: Run[] = [];
	for (const run of runs) {
		const text = run.text === '\n' ? '\n' : run.text.replace(/[ \t\r\n\f]+/g, ' ');
		if (!text) continue;
		const prev = out.at(-1);
		if (prev && text.startsWith(' ') && (prev.text.endsWith(' ') || prev.text.endsWith('\n'))) {
			const rest = text.slice(1);
			if (rest) out.push({ ...run, text: rest });
			continue;
		}
		if (text === ' ' && !prev) continue;
		out.push({ ...run, text });
	}
	// Trim the block's edges and spaces around line breaks.
	for (let i = 0; i < out.length; i++) {
		if (out[i].text === '\n') {
			if (i > 0) out[i - 1] = { ...out[i - 1], text: out[i - 1].text.replace(/ +$/, '') };
			if (i + 1 < out.length) {
				out[i + 1] = { ...out[i + 1], text: out[i + 1].text.replace(/^ +/, '') };
			}
		}
	}
	if (out.length) out[0] = { ...out[0], text: out[0].text.replace(/^ +/, '') };
	if (out.length) {
		out[out.length - 1] = { ...out.at(-1)!, text: out.at(-1)!.text.replace(/ +$/, '') };
	}
	while (out.length && out.at(-1)!.text === '\n') out.pop();
	while (out.length && out[0].text === '\n') out.shift();
	return out.filter((r) => r.text !== '');
}

function clean(format: Format): Format {
	const f: Format = {};
	if (format.bold) f.bold = true;
	if (format.italic) f.italic = true;
	if (format.underline) f.underline = true;
	if (format.href) f.href = format.href;
	return f;
}

/** Parse sanitised minutes HTML into blocks (paragraphs, headings, list items with runs). */
export function htmlToBlocks(html: string | null | undefined): Block[] {
	const blocks: Block[] = [];
	if (!html?.trim()) return blocks;
	const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
	let listCounter = 0;

	let pending: Run[] = [];
	let pendingTarget: (runs: Run[]) => Block | null = (runs) => ({ kind: 'paragraph', runs });
	const flush = () => {
		const runs = normaliseRuns(pending);
		pending = [];
		if (runs.length) {
			const block = pendingTarget(runs);
			if (block) blocks.push(block);
		}
	};

	const inline = (nodes: ChildNode[], format: Format): void => {
		for (const node of nodes) {
			if (node.type === 'text') {
				pending.push({ text: node.data, ...clean(format) });
				continue;
			}
			if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
			const el = node as Element;
			const name = el.name.toLowerCase();
			if (DROPPED.has(name)) continue;
			if (BLOCK_TAGS.has(name)) {
				block(el, format);
				continue;
			}
			if (name === 'br') {
				pending.push({ text: '\n', ...clean(format) });
				continue;
			}
			const next: Format = { ...format };
			if (name === 'strong' || name === 'b') next.bold = true;
			if (name === 'em' || name === 'i') next.italic = true;
			if (name === 'u') next.underline = true;
			if (name === 'a') {
				const href = el.attribs.href?.trim();
				if (href && SAFE_HREF.test(href)) next.href = href;
			}
			inline(el.children, next);
		}
	};

	type ListContext = { ordered: boolean; level: number; listId: number; index: number };
	let list: ListContext | null = null;
	let quote = false;

	const block = (el: Element, format: Format): void => {
		const name = el.name.toLowerCase();
		flush();
		if (name === 'ul' || name === 'ol') {
			const outer = list;
			list = {
				ordered: name === 'ol',
				level: outer ? outer.level + 1 : 0,
				listId: ++listCounter,
				index: 0
			};
			for (const child of el.children) {
				if (child.type === 'tag' && child.name.toLowerCase() === 'li') block(child, format);
				else inline([child], format);
			}
			flush();
			list = outer;
			resetTarget();
			return;
		}
		if (name === 'li') {
			if (!list) {
				// A stray <li>: treat it as an item of an unordered list.
				list = { ordered: false, level: 0, listId: ++listCounter, index: 0 };
			}
			const ctx = list;
			ctx.index += 1;
			const index = ctx.index;
			let first = true;
			pendingTarget = (runs) => {
				const item: Block = {
					kind: 'list-item',
					ordered: ctx.ordered,
					level: ctx.level,
					index,
					listId: ctx.listId,
					runs
				};
				if (!first) item.continuation = true;
				first = false;
				return item;
			};
			const target = pendingTarget;
			for (const child of el.children) {
				if (child.type === 'tag' && ['ul', 'ol'].includes(child.name.toLowerCase())) {
					flush();
					// A nested list right at the start still needs its parent's bullet line.
					if (first) first = false;
					block(child, format);
					list = ctx;
					pendingTarget = target;
				} else if (
					child.type === 'tag' &&
					BLOCK_TAGS.has(child.name.toLowerCase()) &&
					child.name.toLowerCase() !== 'li'
				) {
					// <p> or a heading inside <li>: its own line in the same item (a continuation).
					flush();
					const tag = child.name.toLowerCase();
					const heading = /^h[1-6]$/.test(tag);
					inline(child.children, heading ? { ...format, bold: true } : format);
					flush();
				} else {
					inline([child], format);
				}
			}
			flush();
			resetTarget();
			return;
		}
		if (
			name === 'h3' ||
			name === 'h4' ||
			name === 'h1' ||
			name === 'h2' ||
			name === 'h5' ||
			name === 'h6'
		) {
			const level: 3 | 4 = name === 'h4' || name === 'h5' || name === 'h6' ? 4 : 3;
			pendingTarget = (runs) => ({ kind: 'heading', level, runs });
			inline(el.children, format);
			flush();
			resetTarget();
			return;
		}
		if (name === 'blockquote') {
			const outer = quote;
			quote = true;
			resetTarget();
			inline(el.children, format);
			flush();
			quote = outer;
			resetTarget();
			return;
		}
		// p, div
		resetTarget();
		inline(el.children, format);
		flush();
	};

	function resetTarget() {
		pendingTarget = (runs) =>
			quote ? { kind: 'paragraph', runs, quote: true } : { kind: 'paragraph', runs };
	}

	inline(doc.children, {});
	flush();
	return blocks;
}

/** Plain text of runs (search snippets, tests, ICS descriptions). */
export function runsText(runs: Run[]): string {
	return runs.map((r) => r.text).join('');
}
