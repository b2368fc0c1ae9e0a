/**
 * XLSX export of one network in the layout regions publish (one row per service): ID služby,
 * poskytovatel, IČO, název služby, druh (§), forma, kapacita (úvazky / lůžka), územní dostupnost,
 * kategorie sítě, pověření, optimální dotace, reálná dotace, spolufinancování obcí. A service with
 * several forms has one row per form (financing on its first row, so the sums stay right).
 * Written by exceljs' streaming writer batch by batch; access is checked before the first byte.
 */
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Actor } from '#lib/platform/access/actor.ts';
import {
	networkEntryBatches,
	readableNetwork,
	territoryText,
	type EntryView
} from './network.service.server.ts';

export const XLSX_HEADERS = [
	'ID služby (identifikátor)',
	'Poskytovatel',
	'IČO',
	'Název služby',
	'Druh služby (§)',
	'Forma',
	'Kapacita – úvazky v přímé péči',
	'Kapacita – lůžka',
	'Územní dostupnost',
	'Kategorie sítě',
	'Pověření',
	'Optimální dotace (Kč)',
	'Reálná dotace (Kč)',
	'Spolufinancování obcí (Kč)'
];

const FORM_NAMES: Record<string, string> = { amb: 'ambulantní', pob: 'pobytová', ter: 'terénní' };

export function exportRows(e: EntryView): (string | number | null)[][] {
	const lines = e.capacity.length ? e.capacity : [null];
	return lines.map((c, i) => [
		e.registryId ?? (e.planned ? 'plánovaná' : ''),
		e.providerName ?? '',
		e.providerIco ?? '',
		e.name,
		e.kindLabel,
		c ? FORM_NAMES[c.form] : '',
		c && c.unit === 'fte' ? c.amount : null,
		c && c.unit === 'beds' ? c.amount : null,
		territoryText(e.territory),
		e.categoryName,
		e.mandateRef ?? '',
		i === 0 ? e.optimalSubsidy : null,
		i === 0 ? e.realSubsidy : null,
		i === 0 ? e.municipalCofinancing : null
	]);
}

export async function networkXlsx(
	actor: Actor,
	id: string
): Promise<{ filename: string; contentType: string; body: ReadableStream<Uint8Array> }> {
	const { network } = await readableNetwork(actor, id);
	const pass = new PassThrough();
	const write = async () => {
		const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
			stream: pass as never,
			useStyles: true,
			useSharedStrings: false
		});
		workbook.creator = 'Souhra';
		workbook.title = network.title;
		const sheet = workbook.addWorksheet(`Síť ${network.year}`, {
			views: [{ state: 'frozen', ySplit: 1 }]
		});
		sheet.columns = XLSX_HEADERS.map((header, i) => ({
			header,
			width: [14, 40, 11, 45, 40, 12, 14, 10, 40, 24, 26, 16, 16, 16][i]
		}));
		sheet.getRow(1).font = { bold: true };
		sheet.getRow(1).commit();
		for (const col of [12, 13, 14]) sheet.getColumn(col).numFmt = '#,##0.00';
		for await (const batch of networkEntryBatches(actor, id)) {
			for (const e of batch) for (const row of exportRows(e)) sheet.addRow(row).commit();
			if (pass.writableNeedDrain) await once(pass, 'drain');
		}
		sheet.commit();
		await workbook.commit();
	};
	write().then(
		() => pass.end(),
		(error: unknown) => pass.destroy(error as Error)
	);
	return {
		filename: `sit-socialnich-sluzeb-${network.year}.xlsx`,
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		body: Readable.toWeb(pass) as unknown as ReadableStream<Uint8Array>
	};
}
