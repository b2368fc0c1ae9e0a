/**
 * The settlement table (vypořádání připomínek) as a Czech annex of the plan: DOCX (docx, A4
 * landscape, table č. / oddíl / připomínka / podal(a) / způsob vypořádání / odůvodnění with a
 * repeated header row) and XLSX (exceljs, one sheet with a frozen header and a summary sheet).
 * The author's name appears only with consent or for organisations.
 */
import ExcelJS from 'exceljs';
import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	HeadingLevel,
	Packer,
	PageNumber,
	PageOrientation,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import type { Actor } from '#lib/platform/access/actor.ts';
import { formatDate, formatDateTime } from '#lib/platform/i18n/format.ts';
import {
	getSettlement,
	type SettlementRow,
	type SettlementView
} from './consultation.service.server.ts';
import type { Channel, SettlementStatus } from './consultation.validation.ts';

export const SETTLEMENT_STATUS_CS: Record<SettlementStatus, string> = {
	accepted: 'akceptováno',
	partly_accepted: 'částečně akceptováno',
	rejected: 'neakceptováno',
	noted: 'vzato na vědomí'
};

export const CHANNEL_CS: Record<Channel, string> = {
	web: 'webový formulář',
	email: 'e-mail',
	paper: 'písemně (pošta, podatelna)',
	hearing: 'veřejné projednání'
};

export const ANNEX_TITLE = 'Příloha: Vypořádání připomínek';

const statusText = (r: SettlementRow) =>
	r.status ? SETTLEMENT_STATUS_CS[r.status] : 'nevypořádáno';

/** Justification plus who decided, where, and the measure the comment was worked into. */
export function justificationText(r: SettlementRow): string {
	return [
		r.justification ?? '',
		r.measureNumber ? `Zapracováno do opatření ${r.measureNumber}.` : '',
		r.decidedBy || r.decidedWhere
			? `Rozhodl(a): ${[r.decidedBy, r.decidedWhere].filter(Boolean).join(', ')}.`
			: ''
	]
		.filter(Boolean)
		.join('\n');
}

export function commentText(r: SettlementRow): string {
	return r.quote ? `„${r.quote}“\n${r.text}` : r.text;
}

function intro(view: SettlementView): string[] {
	const c = view.consultation;
	return [
		`${c.title} (${c.areaName})`,
		`Připomínkování probíhalo od ${formatDate(c.opensOn, 'cs')} do ${formatDate(c.closesOn, 'cs')}.` +
			(c.hearingAt
				? ` Veřejné projednání: ${formatDateTime(c.hearingAt, 'cs')}${c.hearingPlace ? `, ${c.hearingPlace}` : ''}.`
				: ''),
		`Počet připomínek: ${view.rows.length}. ` +
			view.stats.byStatus
				.filter((s) => s.count > 0)
				.map(
					(s) =>
						`${s.status === 'unsettled' ? 'nevypořádáno' : SETTLEMENT_STATUS_CS[s.status]}: ${s.count}`
				)
				.join(', ') +
			'.',
		view.published
			? `Vypořádání zveřejněno ${formatDate(c.settlementPublishedAt!, 'cs')}.`
			: 'PRACOVNÍ VERZE – vypořádání zatím nebylo zveřejněno.'
	];
}

export const settlementFileStem = (view: SettlementView) =>
	`vypořádání-připomínek-${view.consultation.closesOn.slice(0, 4)}`;

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const borders = { top: border, bottom: border, left: border, right: border };
const COLUMNS: { header: string; width: number }[] = [
	{ header: 'Č.', width: 5 },
	{ header: 'Oddíl', width: 14 },
	{ header: 'Připomínka', width: 31 },
	{ header: 'Podal/a', width: 12 },
	{ header: 'Způsob vypořádání', width: 11 },
	{ header: 'Odůvodnění', width: 27 }
];

function cell(text: string, width: number, header: boolean): TableCell {
	return new TableCell({
		borders,
		width: { size: width, type: WidthType.PERCENTAGE },
		margins: { top: 40, bottom: 40, left: 80, right: 80 },
		shading: header ? { fill: 'E7E6E6', color: 'auto', type: 'clear' } : undefined,
		children: text.split('\n').map(
			(line) =>
				new Paragraph({
					spacing: { after: 0 },
					children: [new TextRun({ text: line, bold: header, size: 18 })]
				})
		)
	});
}

export async function renderSettlementDocx(view: SettlementView): Promise<Buffer> {
	const table = new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [
			new TableRow({
				tableHeader: true,
				cantSplit: true,
				children: COLUMNS.map((c) => cell(c.header, c.width, true))
			}),
			...view.rows.map(
				(r) =>
					new TableRow({
						cantSplit: true,
						children: [
							String(r.number),
							r.section,
							commentText(r),
							r.author,
							statusText(r),
							justificationText(r)
						].map((t, i) => cell(t, COLUMNS[i].width, false))
					})
			)
		]
	});
	const doc = new Document({
		title: `Vypořádání připomínek – ${view.consultation.title}`,
		creator: 'Souhra',
		styles: {
			default: {
				document: { run: { font: 'Calibri', size: 20, language: { value: 'cs-CZ' } } },
				heading1: { run: { font: 'Calibri', size: 30, bold: true, color: '1F3864' } }
			}
		},
		sections: [
			{
				properties: {
					page: {
						size: { orientation: PageOrientation.LANDSCAPE },
						margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 }
					}
				},
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.CENTER,
								children: [
									new TextRun({
										children: ['Strana ', PageNumber.CURRENT, ' z ', PageNumber.TOTAL_PAGES],
										size: 16
									})
								]
							})
						]
					})
				},
				children: [
					new Paragraph({ heading: HeadingLevel.HEADING_1, text: ANNEX_TITLE }),
					...intro(view).map((t) => new Paragraph({ text: t, spacing: { after: 80 } })),
					table
				]
			}
		]
	});
	return Packer.toBuffer(doc);
}

export async function renderSettlementXlsx(view: SettlementView): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Souhra';
	wb.title = ANNEX_TITLE;
	const ws = wb.addWorksheet('Vypořádání', { views: [{ state: 'frozen', ySplit: 6 }] });
	ws.getCell('A1').value = ANNEX_TITLE;
	ws.getCell('A1').font = { bold: true, size: 14 };
	intro(view).forEach((t, i) => (ws.getCell(`A${i + 2}`).value = t));
	const header = [
		'Č.',
		'Oddíl',
		'Citovaný text',
		'Připomínka',
		'Podal/a',
		'Organizace',
		'Způsob podání',
		'Doručeno',
		'Způsob vypořádání',
		'Odůvodnění',
		'Rozhodl(a)',
		'Kde (jednání, usnesení)',
		'Zapracováno do opatření'
	];
	const headerRow = ws.getRow(6);
	headerRow.values = header;
	headerRow.font = { bold: true };
	headerRow.eachCell((c) => {
		c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
		c.alignment = { vertical: 'top', wrapText: true };
	});
	for (const r of view.rows) {
		const row = ws.addRow([
			r.number,
			r.section,
			r.quote ?? '',
			r.text,
			r.author,
			r.isOrganisation ? 'ano' : 'ne',
			CHANNEL_CS[r.channel],
			new Date(`${r.receivedOn}T00:00:00Z`),
			statusText(r),
			r.justification ?? '',
			r.decidedBy ?? '',
			r.decidedWhere ?? '',
			r.measureNumber ?? ''
		]);
		row.alignment = { vertical: 'top', wrapText: true };
		row.getCell(8).numFmt = 'd. m. yyyy';
	}
	[6, 24, 30, 50, 22, 11, 18, 12, 20, 50, 24, 30, 14].forEach(
		(w, i) => (ws.getColumn(i + 1).width = w)
	);
	ws.autoFilter = { from: { row: 6, column: 1 }, to: { row: 6, column: header.length } };
	const sum = wb.addWorksheet('Statistika');
	sum.addRow(['Podle způsobu vypořádání', 'Počet']).font = { bold: true };
	for (const s of view.stats.byStatus) {
		sum.addRow([
			s.status === 'unsettled' ? 'nevypořádáno' : SETTLEMENT_STATUS_CS[s.status],
			s.count
		]);
	}
	sum.addRow([]);
	sum.addRow(['Podle oddílu', 'Počet']).font = { bold: true };
	for (const s of view.stats.bySection) sum.addRow([s.label, s.count]);
	sum.addRow([]);
	sum.addRow(['Podle způsobu podání', 'Počet']).font = { bold: true };
	for (const s of view.stats.byChannel) sum.addRow([CHANNEL_CS[s.channel], s.count]);
	sum.getColumn(1).width = 50;
	return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The settlement file for a download (published, or the coordinator's working version). */
export async function getSettlementFile(
	actor: Actor,
	id: string,
	format: 'docx' | 'xlsx'
): Promise<{ data: Uint8Array; filename: string }> {
	const view = await getSettlement(actor, id);
	const data =
		format === 'docx' ? await renderSettlementDocx(view) : await renderSettlementXlsx(view);
	return { data: new Uint8Array(data), filename: `${settlementFileStem(view)}.${format}` };
}
