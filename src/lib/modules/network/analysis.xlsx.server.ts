/**
 * The capacity analysis as XLSX (streamed with exceljs' WorkbookWriter): sheet "Mezery" (gap table
 * per kind with the group totals), "Obyvatelstvo" (population rows behind the figures), "Zájemci"
 * (demand records) and "Služby v síti" (network entries behind the network capacity).
 */
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { serviceKindLabel } from '#lib/modules/catalogue/index.ts';
import { AGE_BANDS } from './analysis.schema.ts';
import type { CapacityAnalysis } from './analysis.service.server.ts';

export const GAP_STATUS_CS: Record<string, string> = {
	deficit: 'nedostatek',
	ok: 'odpovídá',
	surplus: 'převis',
	no_norm: 'bez normativu',
	no_data: 'chybí obyvatelé'
};
export const UNIT_CS: Record<string, string> = { beds: 'lůžka', fte: 'úvazky v přímé péči' };
export const INDICATOR_CS: Record<string, string> = {
	unmet: 'neuspokojení zájemci',
	refused: 'odmítnutí žadatelé'
};
export const BAND_CS: Record<string, string> = {
	'0-14': '0–14',
	'15-64': '15–64',
	'65-79': '65–79',
	'80+': '80+'
};

const bold = { bold: true };

/** Write the workbook into a web stream (the caller returns it as the response body). */
export function analysisXlsxStream(analysis: CapacityAnalysis): ReadableStream<Uint8Array> {
	const out = new PassThrough();
	const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
	wb.creator = 'Souhra';
	void (async () => {
		const gaps = wb.addWorksheet('Mezery');
		gaps.columns = [
			{ header: 'Druh služby', width: 42 },
			{ header: 'Jednotka', width: 20 },
			{ header: 'Normativ na 1 000 obyv.', width: 14 },
			{ header: 'Věková skupina', width: 16 },
			{ header: 'Obyvatelé ve skupině', width: 14 },
			{ header: 'Neuspokojení zájemci', width: 14 },
			{ header: 'Odmítnutí žadatelé', width: 14 },
			{ header: 'Očekávaná kapacita', width: 14 },
			{ header: 'Kapacita v síti', width: 14 },
			{ header: 'Kapacita v registru', width: 24 },
			{ header: 'Mezera (očekávaná − síť)', width: 14 },
			{ header: 'Stav', width: 14 },
			{ header: 'Skupina zastupitelnosti', width: 30 },
			{ header: 'Mezera skupiny', width: 14 },
			{ header: 'Stav skupiny', width: 14 }
		];
		gaps.getRow(1).font = bold;
		gaps.getRow(1).commit();
		for (const r of analysis.result.rows) {
			gaps
				.addRow([
					serviceKindLabel(r.kindCode),
					UNIT_CS[r.unit],
					r.norm?.perThousand ?? null,
					r.norm ? r.norm.ageBands.map((b) => BAND_CS[b] ?? b).join(' + ') : null,
					r.population,
					r.unmet,
					r.refused,
					r.expected,
					r.network,
					Object.entries(r.registry)
						.map(([u, v]) => `${v} ${u}`)
						.join('; ') || null,
					r.gap,
					GAP_STATUS_CS[r.status],
					r.group?.name ?? null,
					r.group?.gap ?? null,
					r.group ? GAP_STATUS_CS[r.group.status] : null
				])
				.commit();
		}
		gaps.addRow([]).commit();
		gaps
			.addRow([
				`${analysis.area.name}, rok ${analysis.year}; obyvatelstvo k roku ${analysis.populationYear ?? '–'}`
			])
			.commit();
		await gaps.commit();

		const people = wb.addWorksheet('Obyvatelstvo');
		people.columns = [
			{ header: 'Kód obce', width: 10 },
			{ header: 'Obec', width: 30 },
			...AGE_BANDS.map((b) => ({ header: BAND_CS[b], width: 10 }))
		];
		people.getRow(1).font = bold;
		people.getRow(1).commit();
		for (const p of analysis.populationRows) {
			people.addRow([p.code, p.name, ...AGE_BANDS.map((b) => p.bands[b] ?? null)]).commit();
		}
		await people.commit();

		const demand = wb.addWorksheet('Zájemci');
		demand.columns = [
			{ header: 'Druh služby', width: 40 },
			{ header: 'Ukazatel', width: 22 },
			{ header: 'Počet', width: 8 },
			{ header: 'Území', width: 30 },
			{ header: 'Poskytovatel', width: 30 },
			{ header: 'Služba', width: 30 },
			{ header: 'Zdroj', width: 14 },
			{ header: 'Poznámka', width: 40 }
		];
		demand.getRow(1).font = bold;
		demand.getRow(1).commit();
		for (const d of analysis.demand) {
			demand
				.addRow([
					serviceKindLabel(d.kindCode),
					INDICATOR_CS[d.indicator],
					d.count,
					d.areaName,
					d.organisationName,
					d.serviceName,
					d.source === 'provider' ? 'poskytovatel' : 'koordinátor',
					d.note
				])
				.commit();
		}
		await demand.commit();

		const entries = wb.addWorksheet('Služby v síti');
		entries.columns = [
			{ header: 'Druh služby', width: 40 },
			{ header: 'Služba', width: 40 },
			{ header: 'Jednotka', width: 20 },
			{ header: 'Kapacita pro území', width: 14 },
			{ header: 'Podíl území %', width: 12 }
		];
		entries.getRow(1).font = bold;
		entries.getRow(1).commit();
		for (const r of analysis.result.rows) {
			for (const e of r.networkEntries) {
				entries
					.addRow([serviceKindLabel(r.kindCode), e.name, UNIT_CS[r.unit], e.amount, e.sharePercent])
					.commit();
			}
		}
		await entries.commit();
		await wb.commit();
	})().catch((error: unknown) => out.destroy(error as Error));
	return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}
