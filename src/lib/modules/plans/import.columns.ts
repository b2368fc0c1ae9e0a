/**
 * The documented XLSX template of a plan (docs/plan-import.md): sheet names, columns, Czech labels
 * of funding sources, capacity units and indicator directions, and tolerant header/value matching.
 * Client-safe (no I/O); used by the template generator, the parser and the action-plan exports.
 */
import type { CapacityUnit, FundingSource, IndicatorDirection } from './plan.tree.ts';

export const SHEET_GUIDE = 'Návod';
export const SHEET_PRIORITIES = 'Priority';
export const SHEET_MEASURES = 'Opatření';
export const SHEET_INDICATORS = 'Ukazatele';
export const SHEET_ACTIVITIES = 'Aktivity';

/** Funding sources as written in the cost column headers ("2025 státní rozpočet"). */
export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
	state_101a: 'státní rozpočet',
	region: 'kraj',
	municipalities: 'obce',
	eu_esf: 'EU/ESF',
	user_fees: 'úhrady uživatelů',
	health_insurance: 'zdravotní pojišťovny',
	other: 'jiné'
};

/** Longer names for documents ("Státní rozpočet (§ 101a)"). */
export const FUNDING_SOURCE_TITLES: Record<FundingSource, string> = {
	state_101a: 'Státní rozpočet (§ 101a)',
	region: 'Kraj',
	municipalities: 'Obce',
	eu_esf: 'EU / ESF+',
	user_fees: 'Úhrady uživatelů',
	health_insurance: 'Zdravotní pojišťovny',
	other: 'Jiné zdroje'
};

export const CAPACITY_UNIT_LABELS: Record<CapacityUnit, string> = {
	fte: 'úvazky',
	beds: 'lůžka',
	clients: 'klienti',
	interventions: 'intervence',
	contacts: 'kontakty'
};

/** Longer unit names for documents. */
export const CAPACITY_UNIT_TITLES: Record<CapacityUnit, string> = {
	fte: 'přepočtené úvazky v přímé péči',
	beds: 'lůžka',
	clients: 'klienti',
	interventions: 'intervence',
	contacts: 'kontakty'
};

export const DIRECTION_LABELS: Record<IndicatorDirection, string> = {
	increase: 'růst',
	decrease: 'pokles',
	maintain: 'udržení'
};

/** Lower case, no diacritics, single spaces: "Číslo  priority" → "cislo priority". */
export function normalizeLabel(value: string): string {
	return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const UNIT_ALIASES: Record<string, CapacityUnit> = {
	uvazky: 'fte',
	uvazek: 'fte',
	'prepoctene uvazky': 'fte',
	'prepoctene uvazky v prime peci': 'fte',
	fte: 'fte',
	luzka: 'beds',
	luzko: 'beds',
	klienti: 'clients',
	klient: 'clients',
	intervence: 'interventions',
	kontakty: 'contacts',
	kontakt: 'contacts'
};

export function parseCapacityUnit(value: string): CapacityUnit | undefined {
	return UNIT_ALIASES[normalizeLabel(value)];
}

const DIRECTION_ALIASES: Record<string, IndicatorDirection> = {
	rust: 'increase',
	zvyseni: 'increase',
	increase: 'increase',
	pokles: 'decrease',
	snizeni: 'decrease',
	decrease: 'decrease',
	udrzeni: 'maintain',
	'beze zmeny': 'maintain',
	maintain: 'maintain'
};

export function parseDirection(value: string): IndicatorDirection | undefined {
	return DIRECTION_ALIASES[normalizeLabel(value)];
}

export function parseFundingSource(value: string): FundingSource | undefined {
	const wanted = normalizeLabel(value);
	for (const [source, label] of Object.entries(FUNDING_SOURCE_LABELS)) {
		if (normalizeLabel(label) === wanted) return source as FundingSource;
	}
	const aliases: Record<string, FundingSource> = {
		'statni rozpocet (§ 101a)': 'state_101a',
		'§ 101a': 'state_101a',
		mpsv: 'state_101a',
		esf: 'eu_esf',
		eu: 'eu_esf',
		'esf+': 'eu_esf',
		obec: 'municipalities',
		uhrady: 'user_fees',
		'zdravotni pojistovna': 'health_insurance',
		'verejne zdravotni pojisteni': 'health_insurance'
	};
	return aliases[wanted];
}

export interface ColumnDef {
	/** Stable key used by the parser. */
	key: string;
	/** Header as written in the template. */
	header: string;
	required: boolean;
	/** One line for the instruction sheet and the documentation. */
	hint: string;
	width?: number;
}

export const PRIORITY_COLUMNS: ColumnDef[] = [
	{ key: 'number', header: 'Číslo', required: true, hint: 'Číslo priority, např. 1.', width: 8 },
	{ key: 'title', header: 'Název', required: true, hint: 'Název priority (cíle).', width: 50 },
	{ key: 'description', header: 'Popis', required: false, hint: 'Popis priority.', width: 50 },
	{
		key: 'targetGroup',
		header: 'Cílová skupina',
		required: false,
		hint: 'Jedna cílová skupina plánování; prázdné = průřezová priorita.',
		width: 30
	},
	{
		key: 'workingGroup',
		header: 'Pracovní skupina',
		required: false,
		hint: 'Název pracovní skupiny odpovědné za prioritu (skupina musí v území existovat).',
		width: 40
	}
];

export const MEASURE_COLUMNS: ColumnDef[] = [
	{ key: 'number', header: 'Číslo', required: true, hint: 'Číslo opatření, např. 2.3.', width: 8 },
	{
		key: 'priority',
		header: 'Číslo priority',
		required: true,
		hint: 'Číslo priority z listu Priority (nebo priority, která už v plánu je).',
		width: 10
	},
	{ key: 'title', header: 'Název', required: true, hint: 'Název opatření.', width: 45 },
	{ key: 'description', header: 'Popis', required: false, hint: 'Popis opatření.', width: 45 },
	{
		key: 'rationale',
		header: 'Zdůvodnění',
		required: false,
		hint: 'Zdůvodnění – zjištěná potřeba (analýza, podněty).',
		width: 40
	},
	{
		key: 'responsible',
		header: 'Odpovědná organizace/osoba',
		required: false,
		hint: 'Odpovědná organizace nebo osoba jako text.',
		width: 30
	},
	{ key: 'partners', header: 'Partneři', required: false, hint: 'Partneři (text).', width: 30 },
	{
		key: 'startYear',
		header: 'Od roku',
		required: true,
		hint: 'Rok zahájení, v období plánu.',
		width: 9
	},
	{
		key: 'endYear',
		header: 'Do roku',
		required: true,
		hint: 'Rok ukončení, v období plánu, ne dříve než „Od roku“.',
		width: 9
	},
	{
		key: 'serviceKinds',
		header: 'Druhy služeb',
		required: false,
		hint: 'Druhy sociálních služeb oddělené středníkem: „§ 49; § 40“, „49“ nebo „Domovy pro seniory“.',
		width: 25
	},
	{
		key: 'targetGroups',
		header: 'Cílové skupiny',
		required: false,
		hint: 'Cílové skupiny oddělené středníkem.',
		width: 30
	},
	{
		key: 'capacityChange',
		header: 'Změna kapacity',
		required: false,
		hint: 'Očekávaná změna kapacity (číslo, např. 30 nebo 1,5).',
		width: 10
	},
	{
		key: 'capacityUnit',
		header: 'Jednotka',
		required: false,
		hint: 'Jednotka kapacity: úvazky, lůžka, klienti, intervence, kontakty. Povinná se změnou kapacity.',
		width: 12
	},
	{
		key: 'capacityDecrease',
		header: 'Snížení',
		required: false,
		hint: '„ano“, jde-li o snížení kapacity (uloží se jako záporná změna), jinak „ne“ nebo prázdné.',
		width: 9
	}
];

export const INDICATOR_COLUMNS: ColumnDef[] = [
	{
		key: 'measure',
		header: 'Číslo opatření',
		required: true,
		hint: 'Číslo opatření z listu Opatření.',
		width: 10
	},
	{ key: 'name', header: 'Název', required: true, hint: 'Název ukazatele.', width: 45 },
	{
		key: 'unit',
		header: 'Jednotka',
		required: true,
		hint: 'Jednotka ukazatele (např. lůžka, klienti, osoby, akce).',
		width: 12
	},
	{
		key: 'baseline',
		header: 'Výchozí hodnota',
		required: false,
		hint: 'Výchozí hodnota (číslo).',
		width: 12
	},
	{
		key: 'baselineYear',
		header: 'Rok výchozí hodnoty',
		required: false,
		hint: 'Rok, ke kterému výchozí hodnota platí.',
		width: 12
	},
	{
		key: 'direction',
		header: 'Směr',
		required: false,
		hint: 'Žádoucí směr: růst, pokles, udržení (prázdné = růst).',
		width: 10
	}
];

export const ACTIVITY_COLUMNS: ColumnDef[] = [
	{
		key: 'measure',
		header: 'Číslo opatření',
		required: true,
		hint: 'Číslo opatření z listu Opatření.',
		width: 10
	},
	{
		key: 'number',
		header: 'Číslo',
		required: false,
		hint: 'Číslo aktivity, např. 2.3.1 (prázdné = doplní se pořadím).',
		width: 10
	},
	{ key: 'title', header: 'Název', required: true, hint: 'Název aktivity.', width: 45 },
	{ key: 'description', header: 'Popis', required: false, hint: 'Popis aktivity.', width: 45 },
	{
		key: 'responsible',
		header: 'Odpovědný',
		required: false,
		hint: 'Kdo aktivitu zajistí (text).',
		width: 30
	},
	{
		key: 'dueYear',
		header: 'Termín (rok)',
		required: false,
		hint: 'Rok, do kdy má být aktivita splněna (v období plánu).',
		width: 10
	}
];

/** "2025 státní rozpočet" */
export const costHeader = (year: number, source: FundingSource) =>
	`${year} ${FUNDING_SOURCE_LABELS[source]}`;

/** "Cíl 2025" */
export const targetHeader = (year: number) => `Cíl ${year}`;

/** "2025 státní rozpočet" → { year, source }, or undefined for other headers. */
export function parseCostHeader(
	header: string
): { year: number; source?: FundingSource } | undefined {
	const match = /^\s*(\d{4})\s+(.+)$/.exec(header);
	if (!match) return undefined;
	return { year: Number(match[1]), source: parseFundingSource(match[2]) };
}

/** "Cíl 2025" → 2025. */
export function parseTargetHeader(header: string): number | undefined {
	const match = /^cil\s+(\d{4})$/.exec(normalizeLabel(header));
	return match ? Number(match[1]) : undefined;
}

const UNIT_FORMS: Record<CapacityUnit, readonly [string, string, string, string]> = {
	fte: ['úvazek', 'úvazky', 'úvazků', 'úvazku'],
	beds: ['lůžko', 'lůžka', 'lůžek', 'lůžka'],
	clients: ['klient', 'klienti', 'klientů', 'klienta'],
	interventions: ['intervence', 'intervence', 'intervencí', 'intervence'],
	contacts: ['kontakt', 'kontakty', 'kontaktů', 'kontaktu']
};

const pluralRules = new Intl.PluralRules('cs');

/** The unit in the Czech form for the number: 1 lůžko, 3 lůžka, 30 lůžek, 1,5 úvazku. */
export function capacityUnitFor(n: number, unit: CapacityUnit): string {
	const forms = UNIT_FORMS[unit];
	const category = pluralRules.select(Math.abs(n));
	if (category === 'one') return forms[0];
	if (category === 'few') return forms[1];
	if (category === 'many') return forms[3];
	return forms[2];
}
