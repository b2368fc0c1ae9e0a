/**
 * Labels of registry codes (target groups, age groups, municipalities) from
 * `catalogue_code_list_items`, with a built-in fallback for the target groups whose codes are
 * known (domain-cz.md §2), and names of kraje and ORP from the organisation module's territory list.
 */
import { inArray, sql } from 'drizzle-orm';
import { db, queryRows } from '#lib/platform/db/client.server.ts';
import { territoryGroups } from '#lib/modules/organisation/index.ts';
import { codeListItems } from './catalogue.schema.ts';

export const TARGET_GROUP_LIST = 'CilovaSkupinaOsoby';
export const AGE_GROUP_LIST = 'VekovaSkupinaOsoby';

/** Known registry target groups (used until the code list is imported). */
const BUILT_IN: Record<string, Record<string, string>> = {
	[TARGET_GROUP_LIST]: {
		'CilovaSkupinaOsoby/24': 'senioři',
		'CilovaSkupinaOsoby/26': 'pečující osoby',
		'CilovaSkupinaOsoby/27': 'osoby s potřebou paliativní péče',
		'CilovaSkupinaOsoby/30': 'osoby žijící s demencí'
	}
};

export interface CodeLabels {
	label(list: string, code: string): string;
	/** Sort position from the code list (unknown codes last). */
	sort(list: string, code: string): number;
}

/** Labels of the given code lists in one query. */
export async function loadCodeLabels(lists: string[]): Promise<CodeLabels> {
	const rows = lists.length
		? await db()
				.select({
					list: codeListItems.list,
					code: codeListItems.code,
					label: codeListItems.label,
					sort: codeListItems.sort
				})
				.from(codeListItems)
				.where(inArray(codeListItems.list, lists))
		: [];
	const byKey = new Map(rows.map((r) => [`${r.list}|${r.code}`, r]));
	return {
		label: (list, code) =>
			byKey.get(`${list}|${code}`)?.label ?? BUILT_IN[list]?.[code] ?? fallbackLabel(code),
		sort: (list, code) => byKey.get(`${list}|${code}`)?.sort ?? Number.MAX_SAFE_INTEGER
	};
}

/** "CilovaSkupinaOsoby/31" → "skupina 31" when no label is known. */
function fallbackLabel(code: string): string {
	const tail = code.split('/').pop() ?? code;
	return `kód ${tail}`;
}

export interface TerritoryNames {
	kraj(code: string): string;
	orp(code: string): string;
	krajOptions: { value: string; label: string }[];
	/** ORP codes of a kraj (by the kraj's code). */
	orpOfKraj(code: string): string[];
	orpGroups: { label: string; options: { value: string; label: string }[] }[];
}

let territory: TerritoryNames | undefined;

/** Names of the 14 kraje and 206 ORP (static data), cached. */
export function territoryNames(): TerritoryNames {
	if (territory) return territory;
	const groups = territoryGroups();
	const kraje = new Map(groups.map((g) => [g.kraj.code, g.kraj.name]));
	const orp = new Map<string, string>();
	const orpGroups = groups.map((g) => ({
		label: g.kraj.name,
		options: g.options
			.filter((o) => o.value.startsWith('orp:') && o.value !== 'orp:praha')
			.map((o) => {
				const code = o.value.slice(4);
				const name = o.label.replace(/ \(\d+\)$/, '').replace(/^ORP /, '');
				orp.set(code, name);
				return { value: code, label: name };
			})
	}));
	territory = {
		kraj: (code) => kraje.get(code) ?? `kraj ${code}`,
		orp: (code) => orp.get(code) ?? `ORP ${code}`,
		krajOptions: groups.map((g) => ({ value: g.kraj.code, label: g.kraj.name })),
		orpOfKraj: (code) =>
			orpGroups[groups.findIndex((g) => g.kraj.code === code)]?.options.map((o) => o.value) ?? [],
		orpGroups
	};
	return territory;
}

/** Names of municipalities by code: from the code list 'Obec', else from facilities. */
export async function municipalityNames(codes: string[]): Promise<Map<string, string>> {
	if (!codes.length) return new Map();
	const rows = await queryRows<{ code: string; name: string }>(
		db(),
		sql`select code, min(name) as name from (
			select regexp_replace(c.code, '^.*/', '') as code, c.label as name, 0 as pri
			from catalogue_code_list_items c
			where c.list = 'Obec' and regexp_replace(c.code, '^.*/', '') in (${sql.join(
				codes.map((c) => sql`${c}`),
				sql`, `
			)})
			union all
			select f.municipality_code, f.municipality_name, 1
			from catalogue_facilities f
			where f.municipality_code in (${sql.join(
				codes.map((c) => sql`${c}`),
				sql`, `
			)}) and f.municipality_name is not null
		) x group by code`
	);
	return new Map(rows.map((r) => [r.code, r.name]));
}

/**
 * Legal forms by the ČSÚ code (the registry gives `FormaPravniSubjektivity/<code>`): the common
 * ones of social service providers. Unknown codes give null (the page leaves the form out).
 */
const LEGAL_FORMS: Record<string, string> = {
	'101': 'fyzická osoba podnikající',
	'112': 'společnost s ručením omezeným',
	'121': 'akciová společnost',
	'141': 'obecně prospěšná společnost',
	'161': 'ústav',
	'117': 'nadace',
	'118': 'nadační fond',
	'325': 'organizační složka státu',
	'331': 'příspěvková organizace',
	'352': 'správa železnic',
	'381': 'státní fond',
	'421': 'odštěpný závod zahraniční právnické osoby',
	'641': 'školská právnická osoba',
	'701': 'zájmové sdružení',
	'706': 'spolek',
	'721': 'církve a náboženské společnosti',
	'722': 'evidovaná církevní právnická osoba',
	'736': 'pobočný spolek',
	'751': 'zájmové sdružení právnických osob',
	'771': 'svazek obcí',
	'801': 'obec',
	'804': 'kraj',
	'805': 'regionální rada regionu soudržnosti'
};

/** "FormaPravniSubjektivity/331" → "příspěvková organizace"; plain text is kept as it is. */
export function legalFormLabel(value: string | null): string | null {
	if (!value) return null;
	const code = /^(?:[A-Za-z]+\/)?(\d{3})$/.exec(value.trim())?.[1];
	if (code) return LEGAL_FORMS[code] ?? null;
	return value.includes('/') ? null : value;
}
