/**
 * Exports of the staff list of suggestions with the current filters: CSV (UTF-8 with BOM, `;`,
 * streamed batch by batch) and XLSX (exceljs streaming WorkbookWriter). Staff only: the
 * submitter's contact is included for those who handle the suggestions.
 */
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { m } from '#lib/paraglide/messages.js';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';
import { iterateSuggestions, type StaffListRow } from './suggestion.service.server.ts';
import type { StaffListFilter } from './suggestion.validation.ts';
import { channelLabel, outcomeLabel, statusLabel, topicLabel } from './views/suggestions/labels.ts';
import './suggestion.permissions.ts';

export interface SuggestionExport {
	filename: string;
	contentType: string;
	body: ReadableStream<Uint8Array>;
}

type Filter = Partial<StaffListFilter> & { areaId?: string };

function headers(): string[] {
	return [
		m.part_sug_col_number(),
		m.part_sug_col_received(),
		m.part_sug_col_area(),
		m.part_sug_col_status(),
		m.part_sug_col_topic(),
		m.part_sug_col_target_group(),
		m.part_sug_col_channel(),
		m.part_sug_col_place(),
		m.part_sug_col_text(),
		m.part_sug_col_handled_by(),
		m.part_sug_col_due(),
		m.part_sug_col_outcome(),
		m.part_sug_col_answer(),
		m.part_sug_col_public(),
		m.part_sug_col_name(),
		m.part_sug_col_email(),
		m.part_sug_col_phone()
	];
}

function cells(r: StaffListRow): (string | null)[] {
	return [
		r.number,
		r.receivedOn,
		r.areaName,
		statusLabel(r.status),
		topicLabel(r.topic),
		r.targetGroupName,
		channelLabel(r.channel),
		r.place,
		r.text,
		r.handledBy,
		r.dueOn,
		outcomeLabel(r.outcome) || null,
		r.answer,
		r.isPublic ? m.part_sug_yes() : m.part_sug_no(),
		r.submitterName,
		r.submitterEmail,
		r.submitterPhone
	];
}

/** One CSV line: `;`-separated, quoted when needed, CRLF; formula-like cells are defused. */
export function csvLine(values: (string | number | null | undefined)[]): string {
	return (
		values
			.map((v) => {
				if (v === null || v === undefined) return '';
				let s = String(v);
				if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
				return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
			})
			.join(';') + '\r\n'
	);
}

const stem = () => `podnety-${pragueDay()}`;

/** The CSV export, streamed (authorized before the first byte). */
export async function suggestionsCsv(actor: Actor, filter: Filter): Promise<SuggestionExport> {
	authorize(actor, 'participation.suggestions.list');
	const batches = iterateSuggestions(actor, filter);
	const encoder = new TextEncoder();
	let started = false;
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			try {
				if (!started) {
					started = true;
					controller.enqueue(encoder.encode(`\uFEFF${csvLine(headers())}`));
					return;
				}
				const next = await batches.next();
				if (next.done) controller.close();
				else controller.enqueue(encoder.encode(next.value.map((r) => csvLine(cells(r))).join('')));
			} catch (error) {
				controller.error(error);
			}
		},
		async cancel() {
			await batches.return(undefined);
		}
	});
	return { filename: `${stem()}.csv`, contentType: 'text/csv; charset=utf-8', body };
}

/** The XLSX export, written by exceljs' streaming writer (authorized before the first byte). */
export async function suggestionsXlsx(actor: Actor, filter: Filter): Promise<SuggestionExport> {
	authorize(actor, 'participation.suggestions.list');
	const head = headers();
	const pass = new PassThrough();
	const write = async () => {
		const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
			stream: pass as never,
			useStyles: true,
			useSharedStrings: false
		});
		workbook.creator = 'Souhra';
		const sheet = workbook.addWorksheet(m.part_sug_export_sheet());
		sheet.columns = head.map((header, i) => ({
			header,
			width: i === 8 || i === 12 ? 60 : i === 2 || i === 9 ? 28 : 16
		}));
		sheet.getRow(1).font = { bold: true };
		sheet.getRow(1).commit();
		for await (const batch of iterateSuggestions(actor, filter)) {
			for (const r of batch) sheet.addRow(cells(r)).commit();
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
		filename: `${stem()}.xlsx`,
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		body: Readable.toWeb(pass) as unknown as ReadableStream<Uint8Array>
	};
}
