/**
 * Parser of the ČSÚ-style population CSV (client-safe, pure): columns `kód obce; název; rok;
 * věková skupina; počet`, separated by semicolons (or commas), UTF-8 with or without BOM. Every
 * problem is reported in Czech with its line; the caller writes nothing unless the whole file is valid.
 */
import { AGE_BANDS, type AgeBand } from './analysis.schema.ts';

export interface PopulationRow {
	line: number;
	municipalityCode: string;
	municipalityName: string;
	year: number;
	ageBand: AgeBand;
	count: number;
}

export interface ParsedPopulation {
	rows: PopulationRow[];
	errors: string[];
}

export const POPULATION_COLUMNS = ['kód obce', 'název', 'rok', 'věková skupina', 'počet'];
export const POPULATION_MAX_ROWS = 50_000;

const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();

/** "65–79", "65 - 79", "65-79 let", "80+", "80 a více" → the stored band; anything else → null. */
export function normaliseAgeBand(raw: string): AgeBand | null {
	const s = fold(raw)
		.replace(/[\u2012-\u2015]/g, '-')
		.replace(/\s*-\s*/g, '-')
		.replace(/ let$/, '')
		.replace(/^(\d+) a vic[e]?$/, '$1+')
		.replace(/^(\d+) ?\+$/, '$1+');
	return (AGE_BANDS as readonly string[]).includes(s) ? (s as AgeBand) : null;
}

function splitLine(line: string, separator: string): string[] {
	const out: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (quoted) {
			if (c === '"' && line[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === separator) {
			out.push(cell.trim());
			cell = '';
		} else cell += c;
	}
	out.push(cell.trim());
	return out;
}

export function parsePopulationCsv(text: string): ParsedPopulation {
	const errors: string[] = [];
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const headerIndex = lines.findIndex((l) => l.trim() !== '');
	if (headerIndex < 0) return { rows: [], errors: ['Soubor je prázdný.'] };
	const header = lines[headerIndex];
	const separator = header.includes(';') ? ';' : ',';
	const columns = splitLine(header, separator).map(fold);
	const expected = POPULATION_COLUMNS.map(fold);
	const position = expected.map((c) => columns.indexOf(c));
	if (position.some((p) => p < 0)) {
		const missing = POPULATION_COLUMNS.filter((_, i) => position[i] < 0);
		return {
			rows: [],
			errors: [
				`Soubor nemá očekávané sloupce (chybí: ${missing.join(', ')}). První řádek musí obsahovat: ${POPULATION_COLUMNS.join('; ')}.`
			]
		};
	}
	const rows: PopulationRow[] = [];
	const seen = new Map<string, number>();
	for (let i = headerIndex + 1; i < lines.length; i++) {
		if (lines[i].trim() === '') continue;
		const line = i + 1;
		if (rows.length >= POPULATION_MAX_ROWS) {
			errors.push(`Soubor má víc než ${POPULATION_MAX_ROWS} řádků; rozdělte jej.`);
			break;
		}
		const cells = splitLine(lines[i], separator);
		const [code, name, yearText, bandText, countText] = position.map((p) => cells[p] ?? '');
		const problems: string[] = [];
		if (!/^\d{6}$/.test(code)) problems.push('kód obce musí mít 6 číslic');
		if (!name) problems.push('chybí název obce');
		const year = Number(yearText);
		if (!/^\d{4}$/.test(yearText) || year < 1990 || year > 2100) {
			problems.push('rok musí být čtyřmístné číslo (1990–2100)');
		}
		const ageBand = normaliseAgeBand(bandText);
		if (!ageBand) {
			problems.push(`neznámá věková skupina „${bandText}“ (povolené: 0–14, 15–64, 65–79, 80+)`);
		}
		const countClean = countText.replace(/[\s\u00a0]/g, '');
		const count = Number(countClean);
		if (!/^-?\d+$/.test(countClean)) problems.push('počet musí být celé číslo');
		else if (count < 0) problems.push('počet nesmí být záporný');
		if (problems.length) {
			errors.push(`Řádek ${line}: ${problems.join('; ')}.`);
			continue;
		}
		const key = `${code}|${year}|${ageBand}`;
		const previous = seen.get(key);
		if (previous) {
			errors.push(
				`Řádek ${line}: obec ${code}, rok ${year} a skupina ${ageBand} už jsou na řádku ${previous}.`
			);
			continue;
		}
		seen.set(key, line);
		rows.push({
			line,
			municipalityCode: code,
			municipalityName: name,
			year,
			ageBand: ageBand!,
			count
		});
	}
	if (!rows.length && !errors.length) errors.push('Soubor neobsahuje žádné řádky s údaji.');
	return { rows, errors };
}
