/**
 * Downloads of an annual action plan: XLSX (exceljs; sheets "Akční plán" and "Financování",
 * numbers as numbers with Czech formats, frozen header) and DOCX (house style of the plan DOCX:
 * title, approval, introduction, table of measures and activities with the year's cost and
 * capacity, cost summary by source).
 */
import ExcelJS from 'exceljs';
import { HeadingLevel, Packer, Paragraph, TextRun, type Table } from 'docx';
import type { Actor } from '#lib/platform/access/actor.ts';
import { CAPACITY_UNIT_LABELS, capacityUnitFor, FUNDING_SOURCE_TITLES } from './import.columns.ts';
import { getActionPlan, type ActionPlanView } from './actionplan.service.server.ts';
import {
	czIsoDate,
	czk,
	czNumber,
	dataTable,
	documentOf,
	labelled,
	textParagraphs
} from './plan.docx.server.ts';

const XLSX_MONEY = '#,##0.00 "Kč"';
const XLSX_NUMBER = '#,##0.##';

export const ACTION_PLAN_STATUS_LABELS = { draft: 'v přípravě', approved: 'schválený' } as const;

/** "akční-plán-2025" */
export const actionPlanFileStem = (view: ActionPlanView) => `akční-plán-${view.actionPlan.year}`;

function capacityOf(i: ActionPlanView['items'][number]): string {
	if (i.plannedCapacity === null) return '';
	const unit = i.capacityUnit ? ` ${capacityUnitFor(i.plannedCapacity, i.capacityUnit)}` : '';
	return `${czNumber(i.plannedCapacity)}${unit}`;
}

export async function renderActionPlanXlsx(view: ActionPlanView): Promise<Buffer> {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'Souhra';
	wb.title = view.actionPlan.title;
	const ap = view.actionPlan;
	const ws = wb.addWorksheet('Akční plán', { views: [{ state: 'frozen', ySplit: 5 }] });
	ws.getCell('A1').value = ap.title;
	ws.getCell('A1').font = { bold: true, size: 14 };
	ws.getCell('A2').value = `${view.plan.title} (${view.plan.areaName}), rok ${ap.year}`;
	ws.getCell('A3').value =
		ap.status === 'approved'
			? `Schváleno: ${ap.approvedByLabel ?? ''}${ap.approvedOn ? `, ${czIsoDate(ap.approvedOn)}` : ''}`
			: 'Stav: v přípravě (neschváleno)';
	const header = [
		'Pořadí',
		'Priorita',
		'Číslo',
		'Opatření / aktivita',
		'Odpovědnost',
		'Doba realizace',
		'Plánované náklady (Kč)',
		'Plánovaná kapacita',
		'Jednotka',
		'Poznámka'
	];
	ws.getRow(5).values = header;
	ws.getRow(5).font = { bold: true };
	ws.getRow(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
	ws.columns = [
		{ width: 8 },
		{ width: 30 },
		{ width: 9 },
		{ width: 50 },
		{ width: 30 },
		{ width: 12 },
		{ width: 18 },
		{ width: 12 },
		{ width: 12 },
		{ width: 30 }
	];
	let r = 6;
	for (const i of view.items) {
		ws.getRow(r).values = [
			i.sort,
			`${i.priorityNumber} ${i.priorityTitle}`,
			i.number,
			i.activityId ? `Aktivita: ${i.title}` : i.title,
			i.responsible ?? '',
			i.years,
			i.effectiveCost,
			i.plannedCapacity,
			i.capacityUnit ? CAPACITY_UNIT_LABELS[i.capacityUnit] : '',
			i.note ?? ''
		];
		ws.getCell(r, 7).numFmt = XLSX_MONEY;
		ws.getCell(r, 8).numFmt = XLSX_NUMBER;
		r++;
	}
	ws.getRow(r).values = ['', '', '', 'Celkem', '', '', view.totals.cost];
	ws.getRow(r).font = { bold: true };
	ws.getCell(r, 7).numFmt = XLSX_MONEY;
	ws.autoFilter = { from: { row: 5, column: 1 }, to: { row: Math.max(r - 1, 5), column: 10 } };

	const fin = wb.addWorksheet('Financování', { views: [{ state: 'frozen', ySplit: 1 }] });
	fin.columns = [
		{ header: 'Zdroj financování', width: 30 },
		{ header: `Rok ${ap.year} (Kč)`, width: 18 }
	];
	fin.getRow(1).font = { bold: true };
	for (const s of view.totals.bySource) {
		const row = fin.addRow([FUNDING_SOURCE_TITLES[s.source], s.amount]);
		row.getCell(2).numFmt = XLSX_MONEY;
	}
	const other = view.totals.cost - view.totals.bySource.reduce((s, x) => s + x.amount, 0);
	if (Math.abs(other) > 0.001) {
		const row = fin.addRow(['Upravené částky a aktivity (bez členění podle zdrojů)', other]);
		row.getCell(2).numFmt = XLSX_MONEY;
	}
	const total = fin.addRow(['Celkem', view.totals.cost]);
	total.font = { bold: true };
	total.getCell(2).numFmt = XLSX_MONEY;
	return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function renderActionPlanDocx(view: ActionPlanView): Promise<Buffer> {
	const ap = view.actionPlan;
	const children: (Paragraph | Table)[] = [
		new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(ap.title)] }),
		labelled('Plán', view.plan.title),
		labelled('Území', view.plan.areaName),
		labelled('Rok', String(ap.year)),
		labelled(
			'Stav',
			ap.status === 'approved'
				? `schválený – ${ap.approvedByLabel ?? ''}${ap.approvedOn ? `, ${czIsoDate(ap.approvedOn)}` : ''}`
				: 'v přípravě (neschválený návrh)'
		)
	];
	if (ap.introduction) {
		children.push(
			new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Úvod')] }),
			...textParagraphs(ap.introduction)
		);
	}
	children.push(
		new Paragraph({
			heading: HeadingLevel.HEADING_2,
			children: [new TextRun(`Opatření a aktivity na rok ${ap.year}`)]
		})
	);
	if (view.items.length) {
		children.push(
			dataTable(
				[
					{ header: 'Číslo', width: 9 },
					{ header: 'Opatření / aktivita', width: 35 },
					{ header: 'Odpovědnost', width: 20 },
					{ header: 'Náklady', width: 16, numeric: true },
					{ header: 'Kapacita', width: 10, numeric: true },
					{ header: 'Poznámka', width: 10 }
				],
				[
					...view.items.map((i) => [
						i.number,
						i.activityId ? `Aktivita: ${i.title}` : i.title,
						i.responsible ?? '',
						czk(i.effectiveCost),
						capacityOf(i),
						i.note ?? ''
					]),
					['', 'Celkem', '', czk(view.totals.cost), '', '']
				],
				{ boldLast: true }
			)
		);
	} else {
		children.push(
			new Paragraph({
				children: [new TextRun({ text: 'Nejsou vybrána žádná opatření.', italics: true })]
			})
		);
	}
	if (view.totals.bySource.length) {
		children.push(
			new Paragraph({
				heading: HeadingLevel.HEADING_2,
				children: [new TextRun('Financování podle zdrojů')]
			}),
			dataTable(
				[
					{ header: 'Zdroj financování', width: 60 },
					{ header: `Rok ${ap.year}`, width: 40, numeric: true }
				],
				view.totals.bySource.map((s) => [FUNDING_SOURCE_TITLES[s.source], czk(s.amount)])
			)
		);
	}
	return Packer.toBuffer(
		documentOf(
			{
				title: ap.title,
				subject: `${view.plan.title}, ${ap.year}`,
				keywords: 'akční plán; komunitní plánování; sociální služby'
			},
			children
		)
	);
}

/** The action plan as a file for the actor (read rules of `getActionPlan`). */
export async function getActionPlanFile(
	actor: Actor,
	planId: string,
	year: number,
	format: 'xlsx' | 'docx'
): Promise<{ data: Buffer; filename: string; contentType: string }> {
	const view = await getActionPlan(actor, planId, year);
	if (format === 'xlsx') {
		return {
			data: await renderActionPlanXlsx(view),
			filename: `${actionPlanFileStem(view)}.xlsx`,
			contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		};
	}
	return {
		data: await renderActionPlanDocx(view),
		filename: `${actionPlanFileStem(view)}.docx`,
		contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
	};
}
