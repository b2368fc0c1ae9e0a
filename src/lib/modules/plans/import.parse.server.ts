/**
 * Parse a filled plan template (XLSX, exceljs) into priorities → measures with costs, indicators
 * and activities, collecting every problem as a Czech row-level message
 * ("List Opatření, řádek 7: rok 2027 je mimo období plánu 2022–2024"). Nothing is written here:
 * the import service shows the result as a preview and writes it only after confirmation.
 */
import ExcelJS from 'exceljs';
import { SERVICE_KINDS } from '#lib/modules/catalogue/index.ts';
import {
	ACTIVITY_COLUMNS,
	CAPACITY_UNIT_LABELS,
	FUNDING_SOURCE_LABELS,
	INDICATOR_COLUMNS,
	MEASURE_COLUMNS,
	normalizeLabel,
	parseCapacityUnit,
	parseCostHeader,
	parseDirection,
	parseTargetHeader,
	PRIORITY_COLUMNS,
	SHEET_ACTIVITIES,
	SHEET_GUIDE,
	SHEET_INDICATORS,
	SHEET_MEASURES,
	SHEET_PRIORITIES,
	type ColumnDef
} from './import.columns.ts';
import type { CapacityUnit, CostLine, FundingSource, IndicatorDirection } from './plan.tree.ts';

/** Largest accepted upload (bytes). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Most data rows per sheet (a plan has tens, not thousands, of measures). */
export const IMPORT_MAX_ROWS = 2000;

export interface ImportContext {
	periodFrom: number;
	periodTo: number;
	targetGroups: { id: string; name: string }[];
	/** Bodies of the plan's area (working groups). */
	bodies: { id: string; name: string }[];
	/** Priorities already in the plan (measures may point to them). */
	existingPriorities: { id: string; number: string }[];
	existingMeasureNumbers: string[];
	/** Replace the whole structure: existing numbers do not collide. */
	replace?: boolean;
	/** Extra checks of the structure writers (zod schemas of plans-core); messages per column header. */
	checkPriority?: (p: ParsedPriority) => string[];
	checkMeasure?: (m: ParsedMeasure) => string[];
}

export interface ImportIssue {
	sheet: string | null;
	/** Excel row number (header = 1), null for sheet- or file-level problems. */
	row: number | null;
	/** Full Czech message with its location. */
	message: string;
}

export interface ParsedPriority {
	row: number;
	number: string;
	title: string;
	description: string | null;
	targetGroup: { id: string; name: string } | null;
	responsibleBody: { id: string; name: string } | null;
}

export interface ParsedIndicator {
	row: number;
	name: string;
	unit: string;
	baseline: number | null;
	baselineYear: number | null;
	direction: IndicatorDirection;
	targets: { year: number; target: number }[];
}

export interface ParsedActivity {
	row: number;
	number: string;
	title: string;
	description: string | null;
	responsibleText: string | null;
	dueYear: number | null;
}

export interface ParsedMeasure {
	row: number;
	number: string;
	priorityNumber: string;
	title: string;
	description: string | null;
	rationale: string | null;
	responsibleText: string | null;
	partners: string | null;
	startYear: number;
	endYear: number;
	serviceKinds: string[];
	targetGroups: { id: string; name: string }[];
	capacityChange: number | null;
	capacityUnit: CapacityUnit | null;
	capacityDecrease: boolean;
	costs: CostLine[];
	indicators: ParsedIndicator[];
	activities: ParsedActivity[];
}

export interface ImportResult {
	priorities: ParsedPriority[];
	measures: ParsedMeasure[];
	errors: ImportIssue[];
	warnings: ImportIssue[];
}

// ── cell values ──

type Cell = ExcelJS.Cell;

function rawValue(cell: Cell): unknown {
	const value = cell.value as unknown;
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		const v = value as Record<string, unknown>;
		if (Array.isArray(v.richText)) {
			return (v.richText as { text: string }[]).map((r) => r.text).join('');
		}
		if ('result' in v) return v.result;
		if ('formula' in v || 'sharedFormula' in v) return null;
		if ('text' in v) return v.text;
		if ('error' in v) return null;
	}
	return value;
}

export function cellText(cell: Cell): string {
	const value = rawValue(cell);
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return String(value.getFullYear());
	if (typeof value === 'number') return String(value);
	return String(value).replace(/\r\n?/g, '\n').trim();
}

/** Czech or plain number: 1234.5, "1 234,50", "−3". undefined = not a number, null = empty. */
export function parseNumber(value: unknown): number | null | undefined {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	const text = String(value)
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/\u2212/g, '-')
		.replace(/Kč$/i, '')
		.replace(',', '.');
	if (text === '') return null;
	if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return undefined;
	return Number(text);
}

const yearOk = (n: number) => Number.isInteger(n) && n >= 1990 && n <= 2100;

const splitList = (text: string) =>
	text
		.split(/[;\n]/)
		.map((s) => s.trim())
		.filter(Boolean);

/** "§ 49", "§49", "49", "Domovy pro seniory" → '49'. */
export function matchServiceKind(text: string): string | undefined {
	const cleaned = text.replace(/^§\s*/, '').trim().toLowerCase();
	const byCode = SERVICE_KINDS.find((k) => k.code.toLowerCase() === cleaned);
	if (byCode) return byCode.code;
	const byParagraph = SERVICE_KINDS.find((k) => k.paragraph?.toLowerCase() === cleaned);
	if (byParagraph) return byParagraph.code;
	const wanted = normalizeLabel(text.replace(/^§\s*\S+\s+/, ''));
	const byName =
		SERVICE_KINDS.find((k) => normalizeLabel(k.name) === normalizeLabel(text)) ??
		SERVICE_KINDS.find((k) => normalizeLabel(k.name) === wanted);
	return byName?.code;
}

const EXAMPLE_ROW = 'ukázkový řádek šablony – smažte ho nebo přepište vlastním obsahem.';
const isExample = (value: string) => /^ukázka\s*:/i.test(value);

const fmtPeriod = (ctx: ImportContext) => `${ctx.periodFrom}–${ctx.periodTo}`;

// ── sheets ──

interface SheetReader {
	name: string;
	sheet: ExcelJS.Worksheet;
	/** column key → column number */
	columns: Map<string, number>;
	/** other headers: column number → header text */
	extra: Map<number, string>;
	/** data rows (non-empty), with their Excel numbers */
	rows: ExcelJS.Row[];
	/** row numbers that contain merged cells */
	mergedRows: Map<number, string>;
}

class Collector {
	errors: ImportIssue[] = [];
	warnings: ImportIssue[] = [];
	error(sheet: string | null, row: number | null, text: string) {
		this.errors.push({ sheet, row, message: locate(sheet, row, text) });
	}
	warn(sheet: string | null, row: number | null, text: string) {
		this.warnings.push({ sheet, row, message: locate(sheet, row, text) });
	}
}

function locate(sheet: string | null, row: number | null, text: string): string {
	if (!sheet) return text;
	return row === null ? `List ${sheet}: ${text}` : `List ${sheet}, řádek ${row}: ${text}`;
}

function decodeRow(ref: string): number {
	const match = /(\d+)/.exec(ref);
	return match ? Number(match[1]) : 0;
}

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
	const wanted = normalizeLabel(name);
	return workbook.worksheets.find((ws) => normalizeLabel(ws.name) === wanted);
}

function readSheet(
	workbook: ExcelJS.Workbook,
	name: string,
	defs: ColumnDef[],
	out: Collector,
	isExtra: (header: string) => boolean
): SheetReader | undefined {
	const sheet = findSheet(workbook, name);
	if (!sheet) return undefined;
	const header = sheet.getRow(1);
	const columns = new Map<string, number>();
	const extra = new Map<number, string>();
	const byLabel = new Map(defs.map((d) => [normalizeLabel(d.header), d]));
	header.eachCell({ includeEmpty: false }, (cell, col) => {
		const text = cellText(cell);
		if (!text) return;
		const def = byLabel.get(normalizeLabel(text.replace(/\s*\*$/, '')));
		if (def) {
			if (columns.has(def.key)) {
				out.error(name, null, `sloupec „${def.header}“ je v záhlaví dvakrát.`);
			}
			columns.set(def.key, col);
		} else if (isExtra(text)) {
			extra.set(col, text);
		} else {
			out.warn(name, null, `sloupec „${text}“ šablona nezná, jeho obsah se nenačte.`);
		}
	});
	for (const def of defs) {
		if (def.required && !columns.has(def.key)) {
			out.error(name, null, `chybí povinný sloupec „${def.header}“ (záhlaví v 1. řádku).`);
		}
	}
	const mergedRows = new Map<number, string>();
	for (const range of sheet.model.merges ?? []) {
		const [from, to] = range.split(':');
		const top = decodeRow(from);
		const bottom = decodeRow(to ?? from);
		for (let r = Math.max(top, 2); r <= bottom; r++) {
			if (!mergedRows.has(r)) mergedRows.set(r, range);
		}
	}
	const rows: ExcelJS.Row[] = [];
	const last = Math.min(sheet.rowCount, IMPORT_MAX_ROWS + 1);
	if (sheet.rowCount > IMPORT_MAX_ROWS + 1) {
		out.error(name, null, `list má více než ${IMPORT_MAX_ROWS} řádků; rozdělte import.`);
	}
	for (let r = 2; r <= last; r++) {
		const row = sheet.getRow(r);
		let filled = false;
		row.eachCell({ includeEmpty: false }, (cell) => {
			if (cellText(cell) !== '') filled = true;
		});
		if (filled || mergedRows.has(r)) rows.push(row);
	}
	return { name, sheet, columns, extra, rows, mergedRows };
}

function text(reader: SheetReader, row: ExcelJS.Row, key: string): string {
	const col = reader.columns.get(key);
	return col ? cellText(row.getCell(col)) : '';
}

function optional(value: string): string | null {
	return value === '' ? null : value;
}

function header(defs: ColumnDef[], key: string): string {
	return defs.find((d) => d.key === key)?.header ?? key;
}

// ── main ──

/** Load the workbook; file-level problems come back as errors. */
export async function loadWorkbook(
	data: Uint8Array
): Promise<{ workbook?: ExcelJS.Workbook; error?: string }> {
	if (data.byteLength === 0) return { error: 'Soubor je prázdný.' };
	if (data.byteLength > IMPORT_MAX_BYTES) {
		return { error: `Soubor je příliš velký (nejvýše ${IMPORT_MAX_BYTES / 1024 / 1024} MB).` };
	}
	if (!(data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04)) {
		return {
			error:
				'Soubor není sešit XLSX. Uložte tabulku ve formátu Excel (.xlsx) – starší .xls, CSV ani ODS nejsou podporovány.'
		};
	}
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(
			data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer
		);
	} catch {
		return {
			error: 'Soubor se nepodařilo přečíst jako sešit XLSX (je poškozený nebo jiného typu).'
		};
	}
	return { workbook };
}

export async function parsePlanWorkbook(
	data: Uint8Array,
	ctx: ImportContext
): Promise<ImportResult> {
	const out = new Collector();
	const { workbook, error } = await loadWorkbook(data);
	if (!workbook) {
		out.error(null, null, error ?? 'Soubor nelze přečíst.');
		return { priorities: [], measures: [], errors: out.errors, warnings: out.warnings };
	}
	return parseLoadedWorkbook(workbook, ctx, out);
}

function parseLoadedWorkbook(
	workbook: ExcelJS.Workbook,
	ctx: ImportContext,
	out: Collector
): ImportResult {
	const empty = { priorities: [], measures: [] };
	const known = [SHEET_GUIDE, SHEET_PRIORITIES, SHEET_MEASURES, SHEET_INDICATORS, SHEET_ACTIVITIES];
	const knownNorm = known.map(normalizeLabel);
	for (const ws of workbook.worksheets) {
		if (!knownNorm.includes(normalizeLabel(ws.name))) {
			out.warn(null, null, `List „${ws.name}“ šablona nezná, jeho obsah se nenačte.`);
		}
	}
	if (!findSheet(workbook, SHEET_MEASURES) || !findSheet(workbook, SHEET_PRIORITIES)) {
		const missing = [SHEET_PRIORITIES, SHEET_MEASURES].filter((n) => !findSheet(workbook, n));
		out.error(
			null,
			null,
			`Sešit neobsahuje ${missing.length > 1 ? 'listy' : 'list'} ${missing.map((n) => `„${n}“`).join(' a ')}. ` +
				`Listy v souboru: ${workbook.worksheets.map((w) => `„${w.name}“`).join(', ') || 'žádné'}. Použijte šablonu plánu.`
		);
		return { ...empty, errors: out.errors, warnings: out.warnings };
	}

	const pSheet = readSheet(workbook, SHEET_PRIORITIES, PRIORITY_COLUMNS, out, () => false)!;
	const mSheet = readSheet(
		workbook,
		SHEET_MEASURES,
		MEASURE_COLUMNS,
		out,
		(h) => !!parseCostHeader(h)
	)!;
	const iSheet = readSheet(
		workbook,
		SHEET_INDICATORS,
		INDICATOR_COLUMNS,
		out,
		(h) => parseTargetHeader(h) !== undefined
	);
	const aSheet = readSheet(workbook, SHEET_ACTIVITIES, ACTIVITY_COLUMNS, out, () => false);
	if (out.errors.length) return { ...empty, errors: out.errors, warnings: out.warnings };

	for (const reader of [pSheet, mSheet, iSheet, aSheet]) {
		if (!reader) continue;
		for (const [row, range] of reader.mergedRows) {
			out.error(
				reader.name,
				row,
				`sloučené buňky (${range}) nejsou v datových řádcích povoleny; zrušte sloučení a vyplňte každou buňku.`
			);
		}
	}

	const tgByName = new Map(ctx.targetGroups.map((g) => [normalizeLabel(g.name), g]));
	const bodyByName = new Map(ctx.bodies.map((b) => [normalizeLabel(b.name), b]));
	const existingPriorityNumbers = new Set(
		ctx.replace ? [] : ctx.existingPriorities.map((p) => p.number)
	);
	const existingMeasureNumbers = new Set(ctx.replace ? [] : ctx.existingMeasureNumbers);
	const period = fmtPeriod(ctx);
	const inPeriod = (y: number) => y >= ctx.periodFrom && y <= ctx.periodTo;

	// Priorities
	const priorities: ParsedPriority[] = [];
	const priorityRows = new Map<string, number>();
	for (const row of pSheet.rows) {
		if (pSheet.mergedRows.has(row.number)) continue;
		const r = row.number;
		const errorsBefore = out.errors.length;
		const number = text(pSheet, row, 'number').replace(/\.$/, '');
		const title = text(pSheet, row, 'title');
		if (!number) out.error(SHEET_PRIORITIES, r, 'chybí číslo priority.');
		else if (!/^[0-9A-Za-z]+$/.test(number)) {
			out.error(
				SHEET_PRIORITIES,
				r,
				`číslo priority „${number}“ zadejte jako 1, 2, 3 (bez tečky uvnitř).`
			);
		}
		if (!title) out.error(SHEET_PRIORITIES, r, 'chybí název priority.');
		if (isExample(title)) out.error(SHEET_PRIORITIES, r, EXAMPLE_ROW);
		if (number && priorityRows.has(number)) {
			out.error(
				SHEET_PRIORITIES,
				r,
				`priorita číslo ${number} je v listu dvakrát (také řádek ${priorityRows.get(number)}).`
			);
		} else if (number && existingPriorityNumbers.has(number)) {
			out.error(
				SHEET_PRIORITIES,
				r,
				`priorita číslo ${number} už v plánu je; import nic nepřepisuje – použijte jiné číslo nebo ji vynechte a opatření k ní přiřaďte číslem.`
			);
		}
		if (number) priorityRows.set(number, r);
		const tgText = text(pSheet, row, 'targetGroup');
		const targetGroup = tgText ? (tgByName.get(normalizeLabel(tgText)) ?? null) : null;
		if (tgText && !targetGroup) {
			out.error(
				SHEET_PRIORITIES,
				r,
				`cílová skupina „${tgText}“ neexistuje; použijte: ${ctx.targetGroups.map((g) => g.name).join(', ')}.`
			);
		}
		const wgText = text(pSheet, row, 'workingGroup');
		const body = wgText ? (bodyByName.get(normalizeLabel(wgText)) ?? null) : null;
		if (wgText && !body) {
			out.error(SHEET_PRIORITIES, r, `pracovní skupina „${wgText}“ v území plánu neexistuje.`);
		}
		const parsed: ParsedPriority = {
			row: r,
			number,
			title,
			description: optional(text(pSheet, row, 'description')),
			targetGroup,
			responsibleBody: body
		};
		if (out.errors.length === errorsBefore && ctx.checkPriority) {
			for (const message of ctx.checkPriority(parsed)) out.error(SHEET_PRIORITIES, r, message);
		}
		priorities.push(parsed);
	}

	// Measures
	const costColumns: { col: number; header: string; year: number; source: FundingSource }[] = [];
	for (const [col, h] of mSheet.extra) {
		const parsed = parseCostHeader(h)!;
		if (!parsed.source) {
			out.error(
				SHEET_MEASURES,
				null,
				`sloupec „${h}“: neznámý zdroj financování; použijte „rok zdroj“ se zdrojem: ${Object.values(FUNDING_SOURCE_LABELS).join(', ')}.`
			);
			continue;
		}
		if (costColumns.some((c) => c.year === parsed.year && c.source === parsed.source)) {
			out.error(SHEET_MEASURES, null, `sloupec „${h}“ je v záhlaví dvakrát.`);
			continue;
		}
		costColumns.push({ col, header: h, year: parsed.year, source: parsed.source });
	}
	const knownPriorities = new Set([...priorityRows.keys(), ...existingPriorityNumbers]);
	const measures: ParsedMeasure[] = [];
	const measureRows = new Map<string, number>();
	for (const row of mSheet.rows) {
		if (mSheet.mergedRows.has(row.number)) continue;
		const r = row.number;
		const errorsBefore = out.errors.length;
		const err = (message: string) => out.error(SHEET_MEASURES, r, message);
		const number = text(mSheet, row, 'number').replace(/\.$/, '');
		const priorityNumber = text(mSheet, row, 'priority').replace(/\.$/, '');
		const title = text(mSheet, row, 'title');
		if (!number) err('chybí číslo opatření.');
		else if (!/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)+$/.test(number)) {
			err(`číslo opatření „${number}“ musí mít tvar číslo priority a pořadí, např. 2.3.`);
		}
		if (number && measureRows.has(number)) {
			err(`opatření číslo ${number} je v listu dvakrát (také řádek ${measureRows.get(number)}).`);
		} else if (number && existingMeasureNumbers.has(number)) {
			err(`opatření číslo ${number} už v plánu je; import nic nepřepisuje.`);
		}
		if (number) measureRows.set(number, r);
		if (!priorityNumber) err('chybí číslo priority.');
		else if (!knownPriorities.has(priorityNumber)) {
			err(`priorita číslo ${priorityNumber} není v listu Priority ani v plánu.`);
		}
		if (!title) err('chybí název opatření.');
		if (isExample(title)) err(EXAMPLE_ROW);

		const years: Record<'startYear' | 'endYear', number> = { startYear: 0, endYear: 0 };
		for (const key of ['startYear', 'endYear'] as const) {
			const label = header(MEASURE_COLUMNS, key);
			const raw = text(mSheet, row, key);
			const n = parseNumber(raw);
			if (n === null) err(`chybí „${label}“.`);
			else if (n === undefined || !yearOk(n)) err(`„${label}“: „${raw}“ není rok.`);
			else if (!inPeriod(n)) err(`rok ${n} je mimo období plánu ${period}.`);
			else years[key] = n;
		}
		if (years.startYear && years.endYear && years.startYear > years.endYear) {
			err(`„Od roku“ ${years.startYear} je později než „Do roku“ ${years.endYear}.`);
		}

		const serviceKinds: string[] = [];
		for (const item of splitList(text(mSheet, row, 'serviceKinds'))) {
			const code = matchServiceKind(item);
			if (!code) {
				err(
					`druh služby „${item}“ neznáme; použijte např. „§ 49“, „49“ nebo „Domovy pro seniory“.`
				);
			} else if (!serviceKinds.includes(code)) serviceKinds.push(code);
		}
		const targetGroups: { id: string; name: string }[] = [];
		for (const item of splitList(text(mSheet, row, 'targetGroups'))) {
			const group = tgByName.get(normalizeLabel(item));
			if (!group) err(`cílová skupina „${item}“ neexistuje.`);
			else if (!targetGroups.some((g) => g.id === group.id)) targetGroups.push(group);
		}

		const capRaw = text(mSheet, row, 'capacityChange');
		let capacityChange = parseNumber(capRaw);
		const unitRaw = text(mSheet, row, 'capacityUnit');
		const capacityUnit = unitRaw ? parseCapacityUnit(unitRaw) : undefined;
		const decText = text(mSheet, row, 'capacityDecrease');
		const decRaw = normalizeLabel(decText);
		let capacityDecrease = false;
		if (['ano', 'a', 'yes', '1', 'true'].includes(decRaw)) capacityDecrease = true;
		else if (!['', 'ne', 'n', 'no', '0', 'false'].includes(decRaw)) {
			err(`„Snížení“: napište „ano“ nebo „ne“, ne „${decText}“.`);
		}
		if (capacityChange === undefined) {
			err(`„Změna kapacity“: „${capRaw}“ není číslo.`);
			capacityChange = null;
		}
		if (unitRaw && !capacityUnit) {
			err(
				`neznámá jednotka kapacity „${unitRaw}“; použijte: ${Object.values(CAPACITY_UNIT_LABELS).join(', ')}.`
			);
		}
		if (capacityChange !== null && !unitRaw) err('ke změně kapacity doplňte jednotku.');
		if (capacityChange === null && unitRaw) err('jednotka je vyplněna, ale změna kapacity chybí.');
		if (capacityChange !== null && capacityChange < 0 && !capacityDecrease) {
			err(
				`záporná změna kapacity (${capRaw}) je povolena jen se „Snížení“ = „ano“; jinak uveďte kladné navýšení.`
			);
		}
		if (capacityChange !== null && capacityDecrease) capacityChange = -Math.abs(capacityChange);

		const costs: CostLine[] = [];
		for (const c of costColumns) {
			const raw = cellText(row.getCell(c.col));
			const amount = parseNumber(raw);
			if (amount === null) continue;
			if (amount === undefined) {
				err(`„${c.header}“: „${raw}“ není částka.`);
				continue;
			}
			if (amount < 0) {
				err(`„${c.header}“: náklady nemohou být záporné.`);
				continue;
			}
			if (!inPeriod(c.year)) {
				err(`rok ${c.year} je mimo období plánu ${period} (sloupec „${c.header}“).`);
				continue;
			}
			if (
				years.startYear &&
				years.endYear &&
				years.startYear <= years.endYear &&
				(c.year < years.startYear || c.year > years.endYear)
			) {
				const span =
					years.startYear === years.endYear
						? `rok opatření ${years.startYear}`
						: `roky opatření ${years.startYear}–${years.endYear}`;
				err(`náklady na rok ${c.year} jsou mimo ${span} (sloupec „${c.header}“).`);
				continue;
			}
			if (amount > 0) {
				costs.push({ year: c.year, source: c.source, amount: Math.round(amount * 100) / 100 });
			}
		}

		const parsed: ParsedMeasure = {
			row: r,
			number,
			priorityNumber,
			title,
			description: optional(text(mSheet, row, 'description')),
			rationale: optional(text(mSheet, row, 'rationale')),
			responsibleText: optional(text(mSheet, row, 'responsible')),
			partners: optional(text(mSheet, row, 'partners')),
			startYear: years.startYear,
			endYear: years.endYear,
			serviceKinds,
			targetGroups,
			capacityChange: capacityChange ?? null,
			capacityUnit: capacityUnit ?? null,
			capacityDecrease,
			costs,
			indicators: [],
			activities: []
		};
		if (out.errors.length === errorsBefore && ctx.checkMeasure) {
			for (const message of ctx.checkMeasure(parsed)) err(message);
		}
		measures.push(parsed);
	}
	const byNumber = new Map(measures.map((m) => [m.number, m]));

	// Indicators
	if (iSheet) {
		const targetColumns = [...iSheet.extra].map(([col, h]) => ({
			col,
			header: h,
			year: parseTargetHeader(h)!
		}));
		for (const row of iSheet.rows) {
			if (iSheet.mergedRows.has(row.number)) continue;
			const r = row.number;
			const err = (message: string) => out.error(SHEET_INDICATORS, r, message);
			const measureNumber = text(iSheet, row, 'measure').replace(/\.$/, '');
			const measure = byNumber.get(measureNumber);
			if (!measureNumber) err('chybí číslo opatření.');
			else if (!measure) err(`opatření číslo ${measureNumber} není v listu Opatření.`);
			const name = text(iSheet, row, 'name');
			const unit = text(iSheet, row, 'unit');
			if (!name) err('chybí název ukazatele.');
			if (isExample(name)) err(EXAMPLE_ROW);
			if (!unit) err('chybí jednotka ukazatele.');
			const baseRaw = text(iSheet, row, 'baseline');
			const baseline = parseNumber(baseRaw);
			if (baseline === undefined) err(`„Výchozí hodnota“: „${baseRaw}“ není číslo.`);
			const byRaw = text(iSheet, row, 'baselineYear');
			const baselineYear = parseNumber(byRaw);
			if (baselineYear === undefined || (baselineYear !== null && !yearOk(baselineYear))) {
				err(`„Rok výchozí hodnoty“: „${byRaw}“ není rok.`);
			}
			const dirRaw = text(iSheet, row, 'direction');
			const direction = dirRaw ? parseDirection(dirRaw) : 'increase';
			if (!direction) err(`„Směr“: „${dirRaw}“ neznáme; použijte růst, pokles nebo udržení.`);
			const targets: { year: number; target: number }[] = [];
			for (const c of targetColumns) {
				const raw = cellText(row.getCell(c.col));
				const value = parseNumber(raw);
				if (value === null) continue;
				if (value === undefined) err(`„${c.header}“: „${raw}“ není číslo.`);
				else if (!inPeriod(c.year)) {
					err(`rok ${c.year} je mimo období plánu ${period} (sloupec „${c.header}“).`);
				} else targets.push({ year: c.year, target: value });
			}
			measure?.indicators.push({
				row: r,
				name,
				unit,
				baseline: baseline ?? null,
				baselineYear: typeof baselineYear === 'number' ? baselineYear : null,
				direction: direction ?? 'increase',
				targets
			});
		}
	}

	// Activities
	if (aSheet) {
		for (const row of aSheet.rows) {
			if (aSheet.mergedRows.has(row.number)) continue;
			const r = row.number;
			const err = (message: string) => out.error(SHEET_ACTIVITIES, r, message);
			const measureNumber = text(aSheet, row, 'measure').replace(/\.$/, '');
			const measure = byNumber.get(measureNumber);
			if (!measureNumber) err('chybí číslo opatření.');
			else if (!measure) err(`opatření číslo ${measureNumber} není v listu Opatření.`);
			const title = text(aSheet, row, 'title');
			if (!title) err('chybí název aktivity.');
			if (isExample(title)) err(EXAMPLE_ROW);
			const dueRaw = text(aSheet, row, 'dueYear');
			const dueYear = parseNumber(dueRaw);
			if (dueYear === undefined || (dueYear !== null && !yearOk(dueYear))) {
				err(`„Termín (rok)“: „${dueRaw}“ není rok.`);
			} else if (dueYear !== null && !inPeriod(dueYear)) {
				err(`rok ${dueYear} je mimo období plánu ${period}.`);
			}
			let number = text(aSheet, row, 'number').replace(/\.$/, '');
			if (measure) {
				if (!number) number = `${measure.number}.${measure.activities.length + 1}`;
				if (measure.activities.some((a) => a.number === number)) {
					err(`aktivita číslo ${number} je u opatření ${measure.number} dvakrát.`);
				}
				measure.activities.push({
					row: r,
					number,
					title,
					description: optional(text(aSheet, row, 'description')),
					responsibleText: optional(text(aSheet, row, 'responsible')),
					dueYear: typeof dueYear === 'number' ? dueYear : null
				});
			}
		}
	}

	if (!priorities.length && !measures.length && !out.errors.length) {
		out.error(
			null,
			null,
			'Sešit neobsahuje žádné priority ani opatření. Vyplňte listy Priority a Opatření od 2. řádku.'
		);
	}
	const order = (a: ImportIssue, b: ImportIssue) =>
		known.indexOf(a.sheet ?? '') - known.indexOf(b.sheet ?? '') || (a.row ?? 0) - (b.row ?? 0);
	return {
		priorities,
		measures,
		errors: out.errors.sort(order),
		warnings: out.warnings
	};
}
