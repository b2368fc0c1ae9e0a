/**
 * Minutes as PDF (pdfmake, A4) with the same structure as the DOCX. Fonts come from pdfmake's
 * bundled Roboto (virtual file system, covers Czech diacritics), so the output does not depend on
 * the fonts installed on the server; the local disk and URLs are never read.
 */
import { createRequire } from 'node:module';
import type * as PdfMakeModule from 'pdfmake';
import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { htmlToBlocks, type Block, type Run } from './html.ts';
import {
	czDate,
	czTime,
	eventDateText,
	signatureText,
	statusLabel,
	taskAssignmentText,
	votesText,
	type MinutesDocument,
	type MinutesItem
} from './minutes.document.ts';

type PdfMake = typeof PdfMakeModule & {
	virtualfs: {
		writeFileSync(name: string, content: Buffer): void;
		existsSync(name: string): boolean;
	};
};

const require = createRequire(import.meta.url);
let engine: PdfMake | undefined;

/** pdfmake with the bundled Roboto fonts registered once per process. */
function pdfmake(): PdfMake {
	if (engine) return engine;
	const instance = require('pdfmake') as PdfMake;
	const vfs = require('pdfmake/build/vfs_fonts.js') as Record<string, string>;
	for (const [name, base64] of Object.entries(vfs)) {
		if (!instance.virtualfs.existsSync(name)) {
			instance.virtualfs.writeFileSync(name, Buffer.from(base64, 'base64'));
		}
	}
	instance.setFonts({
		Roboto: {
			normal: 'Roboto-Regular.ttf',
			bold: 'Roboto-Medium.ttf',
			italics: 'Roboto-Italic.ttf',
			bolditalics: 'Roboto-MediumItalic.ttf'
		}
	});
	// Documents are built from data only: no images or fonts from URLs or the local disk.
	instance.setUrlAccessPolicy(() => false);
	instance.setLocalAccessPolicy(() => false);
	engine = instance;
	return instance;
}

/** Render a pdfmake document definition to a buffer (shared by the minutes and the attendance sheet). */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
	const buffer = await pdfmake().createPdf(definition).getBuffer();
	return Buffer.from(buffer);
}

/** "Strana 1 z 3", centred in the footer. */
export function pageFooter(currentPage: number, pageCount: number): Content {
	return {
		text: `Strana ${currentPage} z ${pageCount}`,
		alignment: 'center',
		fontSize: 8,
		color: '#555555',
		margin: [0, 12, 0, 0]
	};
}

const COLORS = { heading: '#1F3864', muted: '#404040', draft: '#C00000', rule: '#808080' };

function inline(runs: Run[]): ContentText['text'] {
	return runs.map((r) => {
		const piece: ContentText = { text: r.text };
		if (r.bold) piece.bold = true;
		if (r.italic) piece.italics = true;
		if (r.underline || r.href) piece.decoration = 'underline';
		if (r.href) {
			piece.link = r.href;
			piece.color = '#0563C1';
		}
		return piece;
	});
}

/** Roboto has no white bullet, so nested levels use a dash. */
const BULLETS = ['•', '–', '•'];

function blockContent(block: Block): Content {
	if (block.kind === 'heading') {
		return {
			text: inline(block.runs),
			style: block.level === 3 ? 'h3' : 'h4',
			headlineLevel: block.level
		};
	}
	if (block.kind === 'list-item') {
		const indent = 14 * block.level;
		const marker = block.continuation
			? ''
			: block.ordered
				? `${block.index}.`
				: BULLETS[block.level % BULLETS.length];
		return {
			columns: [
				{ width: 16, text: marker },
				{ width: '*', text: inline(block.runs) }
			],
			columnGap: 2,
			margin: [indent, 0, 0, 4]
		};
	}
	return {
		text: inline(block.runs),
		margin: block.quote ? [20, 0, 0, 6] : [0, 0, 0, 6],
		...(block.quote ? { italics: true, color: COLORS.muted } : {})
	};
}

/** A left-ruled block for resolutions and tasks, like the DOCX "Usnesení a úkoly" style. */
function ruled(stack: Content[]): Content {
	return {
		table: { widths: ['*'], body: [[{ stack }]] },
		layout: {
			hLineWidth: () => 0,
			vLineWidth: (i: number) => (i === 0 ? 2 : 0),
			vLineColor: () => COLORS.heading,
			paddingLeft: () => 8,
			paddingTop: () => 2,
			paddingBottom: () => 2
		},
		margin: [6, 4, 0, 6],
		unbreakable: true
	};
}

function itemContent(item: MinutesItem): Content[] {
	const out: Content[] = [
		{ text: `Ad ${item.position}) ${item.title}`, style: 'h2', headlineLevel: 2 }
	];
	if (item.reportedBy) {
		out.push({
			text: [
				{ text: 'Předkládá: ', bold: true },
				{ text: item.reportedBy, italics: true }
			],
			margin: [0, 0, 0, 6]
		});
	}
	out.push(...htmlToBlocks(item.html).map(blockContent));
	for (const r of item.resolutions) {
		out.push(
			ruled([
				{ text: [{ text: `Usnesení č. ${r.number}: `, bold: true }, r.text] },
				{ text: votesText(r), italics: true, margin: [0, 2, 0, 0] }
			])
		);
	}
	for (const t of item.tasks) {
		const status =
			t.status === 'done' ? ' (splněno)' : t.status === 'cancelled' ? ' (zrušeno)' : '';
		out.push(
			ruled([
				{ text: [{ text: 'Úkol: ', bold: true }, `${t.text}${status}`] },
				{ text: taskAssignmentText(t), bold: true, margin: [0, 2, 0, 0] }
			])
		);
	}
	return out;
}

const hasContent = (item: MinutesItem) =>
	!!item.html.trim() || !!item.reportedBy || item.resolutions.length > 0 || item.tasks.length > 0;

/** The document definition (exported for tests of the layout). */
export function minutesPdfDefinition(doc: MinutesDocument): TDocumentDefinitions {
	const marker = statusLabel(doc.status);
	const rows: [string, string][] = [];
	if (doc.place) rows.push(['Místo jednání:', doc.place]);
	rows.push(['Datum/čas:', `${czDate(doc.startsAt)}, v ${czTime(doc.startsAt)} hod.`]);
	rows.push(['Přítomni:', doc.present.join(', ') || '—']);
	if (doc.excused.length) rows.push(['Omluveni:', doc.excused.join(', ')]);
	if (doc.absent.length) rows.push(['Nepřítomni:', doc.absent.join(', ')]);
	if (doc.guests.length) {
		rows.push([
			'Hosté:',
			doc.guests.map((g) => (g.organisation ? `${g.name} (${g.organisation})` : g.name)).join(', ')
		]);
	}

	const content: Content[] = [
		{
			text: doc.headerLine.toLocaleUpperCase('cs-CZ'),
			style: 'header'
		},
		{
			canvas: [
				{ type: 'line', x1: 0, y1: 0, x2: 481, y2: 0, lineWidth: 0.7, lineColor: COLORS.rule }
			],
			margin: [0, 4, 0, 14]
		},
		{
			text: [doc.title, ...(marker ? [{ text: ` – ${marker}`, color: COLORS.draft }] : [])],
			style: 'h1'
		}
	];
	if (marker) {
		content.push({
			text: 'Návrh zápisu – dosud neschválený, neslouží jako oficiální záznam jednání.',
			italics: true,
			color: COLORS.draft,
			margin: [0, 0, 0, 8]
		});
	}
	content.push({
		table: {
			widths: [92, '*'],
			body: rows.map(([label, value]) => [{ text: label, bold: true }, { text: value }])
		},
		layout: {
			hLineWidth: () => 0,
			vLineWidth: () => 0,
			paddingLeft: () => 0,
			paddingTop: () => 1,
			paddingBottom: () => 3
		},
		margin: [0, 0, 0, 6]
	});

	if (doc.programme.length) {
		content.push({ text: 'Program jednání', style: 'h2', headlineLevel: 2 });
		content.push({
			ol: doc.programme.map((p) => p.title),
			margin: [4, 0, 0, 4]
		});
	}
	for (const item of doc.items.filter(hasContent)) content.push(...itemContent(item));

	if (doc.events.length) {
		content.push({ text: 'Akce', style: 'h2', headlineLevel: 2 });
		content.push({
			ul: doc.events.map(
				(e) => `dne ${eventDateText(e)} – ${e.title}${e.place ? `, ${e.place}` : ''}`
			),
			margin: [4, 0, 0, 4]
		});
	}

	const signature = signatureText(doc.signature);
	if (signature) content.push({ text: signature, margin: [0, 18, 0, 4] });
	if (doc.signature.approver) {
		const verb = doc.signature.approverVerb;
		content.push({
			text: `${verb.charAt(0).toUpperCase()}${verb.slice(1)}: ${doc.signature.approver}`
		});
	}

	if (doc.schedule.rows.length) {
		content.push({ text: doc.schedule.heading, style: 'h2', headlineLevel: 2 });
		content.push({
			table: {
				headerRows: 1,
				widths: [80, 50, '*'],
				dontBreakRows: true,
				body: [
					[
						{ text: 'Datum', style: 'th' },
						{ text: 'Hodina', style: 'th' },
						{ text: 'Místo setkání', style: 'th' }
					],
					...doc.schedule.rows.map((r) => [
						czDate(r.startsAt),
						czTime(r.startsAt),
						r.place ?? doc.place ?? ''
					])
				]
			},
			layout: {
				hLineColor: () => COLORS.rule,
				vLineColor: () => COLORS.rule,
				hLineWidth: () => 0.5,
				vLineWidth: () => 0.5,
				paddingTop: () => 3,
				paddingBottom: () => 3
			}
		});
	}
	if (doc.closingNote) {
		for (const p of doc.closingNote.split(/\r?\n+/).filter((x) => x.trim())) {
			content.push({ text: p.trim(), margin: [0, 10, 0, 0] });
		}
	}

	return {
		pageSize: 'A4',
		pageMargins: [70, 56, 56, 56],
		language: 'cs-CZ',
		displayTitle: true,
		info: {
			title: marker ? `${doc.title} (${marker})` : doc.title,
			author: doc.signature.author ?? 'Souhra',
			subject: `${doc.bodyName}, ${czDate(doc.startsAt)}`,
			keywords: 'zápis, komunitní plánování, sociální služby',
			creator: 'Souhra',
			producer: 'Souhra'
		},
		footer: pageFooter,
		content,
		defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
		styles: {
			header: { fontSize: 8.5, bold: true, color: COLORS.muted },
			h1: { fontSize: 16, bold: true, color: COLORS.heading, margin: [0, 0, 0, 12] },
			h2: { fontSize: 12, bold: true, color: COLORS.heading, margin: [0, 12, 0, 6] },
			h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
			h4: { fontSize: 10, bold: true, italics: true, margin: [0, 6, 0, 3] },
			th: { bold: true, fillColor: '#E7E6E6' }
		},
		// A heading never stays alone at the bottom of a page.
		pageBreakBefore: (node, nodes) =>
			!!node.headlineLevel && nodes.getFollowingNodesOnPage().length === 0
	};
}

/** Build the PDF of the minutes. */
export async function renderMinutesPdf(doc: MinutesDocument): Promise<Buffer> {
	return renderPdf(minutesPdfDefinition(doc));
}
