/**
 * Registry code lists (číselníky MPSV) for the registry import and the fixture generator: the
 * MPSV file names and shape (`{ "polozky": [{ "id": "CilovaSkupinaOsoby/24", "kod", "nazev":
 * { "cs": … } }] }`), the built-in lists used when no file is given (data/registry-code-lists.json,
 * data/municipalities.json — see data/README.md for what is real and what is synthetic) and the
 * look-ups the importer resolves registry ids with. Client-safe (no database).
 */
import builtin from './data/registry-code-lists.json' with { type: 'json' };
import territory from './data/municipalities.json' with { type: 'json' };
import { SERVICE_KINDS, serviceKindByOpenDataId, type ServiceKind } from './service-kinds.ts';
import { foldText } from './search-text.ts';

/** Lists the catalogue keeps in `catalogue_code_list_items.list`. */
export const CODE_LISTS = [
	'DruhSocialniSluzby',
	'CilovaSkupinaOsoby',
	'VekovaSkupinaOsoby',
	'FormaSocialniSluzby',
	'TypKapacitySocialniSluzby',
	'Kraj',
	'Okres',
	'Obec'
] as const;
export type CodeListName = (typeof CODE_LISTS)[number];

/** MPSV open-data file name (without `.json`) → list. */
export const CODE_LIST_FILES: Record<string, CodeListName> = {
	'druhy-socialni-sluzby': 'DruhSocialniSluzby',
	'cilove-skupiny-osoby': 'CilovaSkupinaOsoby',
	'vekove-skupiny-osoby': 'VekovaSkupinaOsoby',
	'formy-soc-sluzby': 'FormaSocialniSluzby',
	'typy-kapacity-socialni-sluzby': 'TypKapacitySocialniSluzby',
	kraje: 'Kraj',
	okresy: 'Okres',
	obce: 'Obec'
};

export interface CodeListItem {
	list: CodeListName;
	/** Full registry id, e.g. "CilovaSkupinaOsoby/24". */
	code: string;
	label: string;
	sort: number;
	/** For Obec: { kod, orp?, okres?, kraj? }; for Kraj: { kod?, kodNuts3? }; for kinds: { kind }. */
	attributes: Record<string, string | number | null>;
}

export interface BuiltinKraj {
	code: string;
	nuts: string;
	name: string;
	population: number;
}
export interface BuiltinOrp {
	code: string | null;
	name: string;
	kraj: string;
	seat: string;
	weight: number;
}
export interface BuiltinObec {
	code: string;
	name: string;
	orp: string | null;
	kraj: string;
	okres: string;
	psc: string;
	codeStatus: 'verified' | 'known' | 'synthetic';
	/** Approximate centre (demo areas and regional capitals only). */
	lat?: number;
	lon?: number;
}

export const BUILTIN_KRAJE: readonly BuiltinKraj[] = territory.kraje;
export const BUILTIN_ORP: readonly BuiltinOrp[] = territory.orp as BuiltinOrp[];
export const BUILTIN_OBCE: readonly BuiltinObec[] = territory.obce as BuiltinObec[];

/** The suffix of a registry id: "Obec/563889" → "563889". */
export function idSuffix(id: string): string {
	const slash = id.lastIndexOf('/');
	return slash >= 0 ? id.slice(slash + 1) : id;
}

function text(value: unknown): string | null {
	if (typeof value === 'string') return value.trim() || null;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (value && typeof value === 'object') {
		const cs = (value as Record<string, unknown>).cs;
		if (typeof cs === 'string') return cs.trim() || null;
	}
	return null;
}

/** The id of a nested reference `{ id: "Okres/3402" }` (or a plain string). */
export function refId(value: unknown): string | null {
	if (typeof value === 'string') return value || null;
	if (value && typeof value === 'object') return text((value as Record<string, unknown>).id);
	return null;
}

/**
 * One item of an MPSV code-list file. Unknown shapes give null. Obce may carry their ORP as
 * `kodOrp`, `orpKod` or `orp: { kod | id }` (the MPSV file has no ORP; the fixture writes `kodOrp`).
 */
export function parseCodeListItem(
	list: CodeListName,
	raw: unknown,
	sort: number
): CodeListItem | null {
	if (!raw || typeof raw !== 'object') return null;
	const item = raw as Record<string, unknown>;
	const code = text(item.id);
	const label = text(item.nazev) ?? text(item.name);
	if (!code || !label) return null;
	const attributes: CodeListItem['attributes'] = {};
	const kod = text(item.kod);
	if (kod) attributes.kod = kod;
	if (list === 'Kraj') {
		const nuts = text(item.kodNuts3);
		if (nuts) attributes.kodNuts3 = nuts;
	}
	if (list === 'Okres') {
		const lau = text(item.kodLau);
		if (lau) attributes.kodLau = lau;
	}
	if (list === 'Obec') {
		const orpRef = item.orp as Record<string, unknown> | undefined;
		const orp =
			text(item.kodOrp) ??
			text(item.orpKod) ??
			(orpRef && typeof orpRef === 'object'
				? (text(orpRef.kod) ?? (text(orpRef.id) ? idSuffix(text(orpRef.id) as string) : null))
				: null);
		if (orp) attributes.orp = orp;
		const okres = refId(item.okres);
		if (okres) attributes.okres = idSuffix(okres);
		const kraj = refId(item.kraj);
		if (kraj) attributes.kraj = idSuffix(kraj);
	}
	return { list, code, label, sort, attributes };
}

/** Items of one MPSV code-list document (`{ polozky: [...] }`); throws on another structure. */
export function parseCodeListDocument(list: CodeListName, doc: unknown): CodeListItem[] {
	const items =
		doc && typeof doc === 'object' ? (doc as Record<string, unknown>).polozky : undefined;
	if (!Array.isArray(items)) {
		throw new Error(`Číselník ${list} nemá pole „polozky“.`);
	}
	const out: CodeListItem[] = [];
	items.forEach((raw, i) => {
		const parsed = parseCodeListItem(list, raw, i);
		if (parsed) out.push(parsed);
	});
	return out;
}

/** Built-in items of every list (used when no file was ever loaded). */
export function builtinCodeListItems(): CodeListItem[] {
	const out: CodeListItem[] = [];
	SERVICE_KINDS.forEach((kind, i) => {
		if (!kind.openDataId) return;
		out.push({
			list: 'DruhSocialniSluzby',
			code: kind.openDataId,
			label: kind.name.toLowerCase(),
			sort: i,
			attributes: { kind: kind.code }
		});
	});
	for (const list of [
		'CilovaSkupinaOsoby',
		'VekovaSkupinaOsoby',
		'FormaSocialniSluzby',
		'TypKapacitySocialniSluzby'
	] as const) {
		builtin[list].forEach((item, i) =>
			out.push({ list, code: item.code, label: item.label, sort: i, attributes: {} })
		);
	}
	BUILTIN_KRAJE.forEach((k, i) =>
		out.push({
			list: 'Kraj',
			code: `Kraj/${k.code}`,
			label: k.name,
			sort: i,
			attributes: { kod: k.code, kodNuts3: k.nuts }
		})
	);
	BUILTIN_OBCE.forEach((o, i) =>
		out.push({
			list: 'Obec',
			code: `Obec/${o.code}`,
			label: o.name,
			sort: i,
			attributes: { kod: o.code, orp: o.orp, okres: o.okres, kraj: o.kraj }
		})
	);
	return out;
}

export interface MunicipalityInfo {
	code: string;
	name: string;
	orp: string | null;
	kraj: string | null;
	/** Approximate centre of the municipality from the built-in list (the registry has no coordinates). */
	lat: number | null;
	lon: number | null;
}

/** What the importer resolves registry ids with: a loaded list first, the built-in list second. */
export class RegistryLookups {
	private kinds = new Map<string, ServiceKind>();
	private labels = new Map<string, string>();
	private known = new Map<CodeListName, Set<string>>();
	private obce = new Map<string, MunicipalityInfo>();
	private krajByRef = new Map<string, string>();
	private krajNames = new Map<string, string>();
	private orpNames = new Map<string, string>();
	private centres = new Map<string, { lat: number; lon: number }>();

	constructor(items: readonly CodeListItem[]) {
		const byName = new Map(SERVICE_KINDS.map((k) => [foldText(k.name), k]));
		for (const o of BUILTIN_ORP) if (o.code) this.orpNames.set(o.code, o.name);
		for (const k of BUILTIN_KRAJE) this.krajNames.set(k.code, k.name);
		for (const o of BUILTIN_OBCE) {
			if (o.lat !== undefined && o.lon !== undefined) {
				this.centres.set(o.code, { lat: o.lat, lon: o.lon });
			}
		}
		// Built-in first, loaded items override (same code).
		for (const item of [...builtinCodeListItems(), ...items]) {
			let set = this.known.get(item.list);
			if (!set) this.known.set(item.list, (set = new Set()));
			set.add(item.code);
			this.labels.set(item.code, item.label);
			if (item.list === 'DruhSocialniSluzby') {
				const kind =
					byName.get(foldText(item.label).replace(/^§\s*\d+\w?\s*/, '')) ??
					(typeof item.attributes.kind === 'string'
						? SERVICE_KINDS.find((k) => k.code === item.attributes.kind)
						: undefined);
				if (kind) this.kinds.set(item.code, kind);
			} else if (item.list === 'Kraj') {
				const code = String(item.attributes.kod ?? idSuffix(item.code));
				this.krajByRef.set(item.code, code);
				this.krajNames.set(code, item.label);
			} else if (item.list === 'Obec') {
				const code = String(item.attributes.kod ?? idSuffix(item.code));
				const previous = this.obce.get(item.code);
				this.obce.set(item.code, {
					code,
					name: item.label,
					orp: (item.attributes.orp as string | null | undefined) ?? previous?.orp ?? null,
					kraj: (item.attributes.kraj as string | null | undefined) ?? previous?.kraj ?? null,
					lat: this.centres.get(code)?.lat ?? null,
					lon: this.centres.get(code)?.lon ?? null
				});
			}
		}
	}

	/** Kind of a registry id: through the loaded code list (by name), then `serviceKindByOpenDataId`. */
	kind(registryId: string): ServiceKind | undefined {
		return this.kinds.get(registryId) ?? serviceKindByOpenDataId(registryId);
	}

	isKnown(list: CodeListName, code: string): boolean {
		return this.known.get(list)?.has(code) ?? false;
	}

	label(code: string): string | undefined {
		return this.labels.get(code);
	}

	/** Municipality of an `Obec/…` id (ORP derived from the code list or the built-in list). */
	municipality(registryId: string): MunicipalityInfo {
		return (
			this.obce.get(registryId) ?? {
				code: idSuffix(registryId),
				name: '',
				orp: null,
				kraj: null,
				lat: null,
				lon: null
			}
		);
	}

	krajCode(registryId: string): string {
		return this.krajByRef.get(registryId) ?? idSuffix(registryId);
	}

	krajName(code: string): string | undefined {
		return this.krajNames.get(code);
	}

	orpName(code: string): string | undefined {
		return this.orpNames.get(code);
	}
}
