/**
 * The evaluation report as PDF (pdfmake, A4) with the same structure as the DOCX. Fonts are
 * pdfmake's bundled Roboto (virtual file system; Czech diacritics), never read from disk or URLs.
 */
import { createRequire } from 'node:module';
import type * as PdfMakeModule from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
	czDate,
	czMoney,
	czNumber,
	czPercent,
	STATUS_LABELS_CS,
	type EvaluationReport
} from './evaluation.document.ts';

type PdfMake = typeof PdfMakeModule & {
	virtualfs: {
		writeFileSync(name: string, content: Buffer): void;
		existsSync(name: string): boolean;
	};
};

const require = createRequire(import.meta.url);
let engine: PdfMake | undefined;

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
	instance.setUrlAccessPolicy(() => false);
	instance.setLocalAccessPolicy(() => false);
	engine = instance;
	return instance;
}

const head = (texts: string[]): TableCell[] =>
	texts.map((text) => ({ text, bold: true, fillColor: '#E7E6E6' }));
const right = (text: string): TableCell => ({ text, alignment: 'right' });

function grid(widths: (string | number)[], header: string[], body: TableCell[][]): Content {
	return {
		table: { headerRows: 1, widths, body: [head(header), ...body], dontBreakRows: true },
		layout: {
			hLineWidth: () => 0.5,
			vLineWidth: () => 0.5,
			hLineColor: () => '#808080',
			vLineColor: () => '#808080'
		},
		fontSize: 9,
		margin: [0, 0, 0, 10]
	};
}

const paragraphs = (text: string | null): Content[] =>
	(text ?? '')
		.split(/\n{2,}/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => ({ text: p, margin: [0, 0, 0, 6] }));

/** Build the PDF of the report. */
export async function renderEvaluationPdf(r: EvaluationReport): Promise<Buffer> {
	const title = `Hodnoticí zpráva za rok ${r.year}`;
	const f = r.figures;
	const content: Content[] = [
		{ text: `${r.areaName} · ${r.planTitle}`, style: 'header' },
		{ text: title, style: 'title' }
	];
	if (!r.closed) {
		content.push({
			text: 'NÁVRH – monitoring roku není uzavřen, údaje se mohou změnit.',
			bold: true,
			color: '#C00000',
			margin: [0, 0, 0, 8]
		});
	}
	content.push({ text: [{ text: 'Plán: ', bold: true }, `${r.planTitle} (${r.period})`] });
	if (r.approvedBy) {
		content.push({
			text: [
				{ text: 'Schválil: ', bold: true },
				`${r.approvedBy}${r.approvedOn ? `, ${czDate(r.approvedOn)}` : ''}`
			]
		});
	}
	if (r.closedAt) {
		content.push({ text: [{ text: 'Monitoring uzavřen: ', bold: true }, czDate(r.closedAt)] });
	}
	if (r.introduction) content.push({ text: 'Úvod', style: 'h1' }, ...paragraphs(r.introduction));
	content.push(
		{ text: 'Souhrnné údaje', style: 'h1' },
		grid(
			['*', 120],
			['Ukazatel', 'Hodnota'],
			[
				['Celkové plnění plánu', right(czPercent(f.progress))],
				['Opatření realizovaná v roce', right(String(f.activeCount))],
				...Object.entries(STATUS_LABELS_CS).map(([k, label]): TableCell[] => [
					`z toho ${label}`,
					right(String(f.counts[k as keyof typeof f.counts]))
				]),
				['Plánované náklady', right(czMoney(f.planned))],
				['Skutečné náklady', right(czMoney(f.actual))],
				['Rozdíl (skutečnost − plán)', right(czMoney(f.diff))]
			]
		),
		{ text: r.methodNote, italics: true, fontSize: 8, color: '#404040', margin: [0, 0, 0, 8] },
		{ text: 'Plnění podle priorit', style: 'h1' },
		grid(
			['*', 50, 50, 80, 80],
			['Priorita', 'Plnění', 'Opatření', 'Plán', 'Skutečnost'],
			r.priorities.map((p) => [
				`${p.number} ${p.title}`,
				right(czPercent(p.progress)),
				right(String(p.activeCount)),
				right(czMoney(p.planned)),
				right(czMoney(p.actual))
			])
		),
		{ text: 'Plnění opatření', style: 'h1' }
	);
	for (const p of r.priorities) {
		content.push({ text: `Priorita ${p.number}: ${p.title}`, style: 'h2' });
		if (!p.measures.length) {
			content.push({ text: 'Priorita nemá opatření.' });
			continue;
		}
		content.push(
			grid(
				[28, '*', 52, 34, 120, 90],
				['Číslo', 'Opatření', 'Stav', 'Plnění', 'Ukazatele', 'Komentář'],
				p.measures.map((m) => [
					m.number,
					`${m.title}${m.responsible ? `\nOdpovídá: ${m.responsible}` : ''}\nRoky: ${m.years}`,
					m.active ? STATUS_LABELS_CS[m.status] : 'mimo roky realizace',
					right(m.active ? czPercent(m.progress) : '–'),
					m.indicators
						.map((i) => {
							const v = (n: number | null) => (n === null ? '–' : `${czNumber(n)} ${i.unit}`);
							return `${i.name}: ${v(i.baseline)} → cíl ${v(i.target)} → skutečnost ${v(i.actual)}`;
						})
						.join('\n') || '–',
					m.comment ?? ''
				])
			)
		);
	}
	content.push(
		{ text: 'Financování', style: 'h1' },
		{ text: 'Podle zdrojů', style: 'h2' },
		grid(
			['*', 85, 85, 85],
			['Zdroj', 'Plán', 'Skutečnost', 'Rozdíl'],
			[
				...r.sources.map((s) => [
					s.label,
					right(czMoney(s.planned)),
					right(czMoney(s.actual)),
					right(czMoney(s.diff))
				]),
				[
					{ text: 'Celkem', bold: true },
					right(czMoney(f.planned)),
					right(czMoney(f.actual)),
					right(czMoney(f.diff))
				]
			]
		),
		{ text: 'Podle priorit', style: 'h2' },
		grid(
			['*', 85, 85, 85],
			['Priorita', 'Plán', 'Skutečnost', 'Rozdíl'],
			r.priorities.map((p) => [
				`${p.number} ${p.title}`,
				right(czMoney(p.planned)),
				right(czMoney(p.actual)),
				right(czMoney(Math.round((p.actual - p.planned) * 100) / 100))
			])
		)
	);
	if (r.summary) {
		content.push({ text: 'Shrnutí a doporučení', style: 'h1' }, ...paragraphs(r.summary));
	}

	const definition: TDocumentDefinitions = {
		pageSize: 'A4',
		pageMargins: [50, 50, 50, 50],
		info: { title, subject: r.planTitle, creator: 'Souhra', keywords: 'hodnoticí zpráva' },
		language: 'cs-CZ',
		defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
		styles: {
			header: { fontSize: 9, bold: true, color: '#404040', margin: [0, 0, 0, 12] },
			title: { fontSize: 18, bold: true, color: '#1F3864', margin: [0, 0, 0, 10] },
			h1: { fontSize: 14, bold: true, color: '#1F3864', margin: [0, 12, 0, 6] },
			h2: { fontSize: 12, bold: true, color: '#1F3864', margin: [0, 8, 0, 4] }
		},
		footer: (currentPage: number, pageCount: number) => ({
			text: `Strana ${currentPage} z ${pageCount}`,
			alignment: 'center',
			fontSize: 8,
			color: '#555555',
			margin: [0, 12, 0, 0]
		}),
		content
	};
	const buffer = await pdfmake().createPdf(definition).getBuffer();
	return Buffer.from(buffer);
}
