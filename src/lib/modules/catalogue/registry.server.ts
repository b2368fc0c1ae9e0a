/**
 * One item of the MPSV registry file `rpss.json` (root `{ "polozky": [ … ] }`, one item per
 * registered service; structure in shared/reference/domain-cz.md §3.2) turned into what the
 * catalogue stores. Pure: the importer streams items through `normaliseItem` and writes batches.
 *
 * Never carried over: `poskytovatel.statutarniOrgany` (names of people), the heads of facilities
 * (`zarizeni[].vedouci`) and anything not read by a named key below. E-mail addresses are kept
 * exactly as the registry publishes them as contacts of the service or provider (also the
 * firstname.lastname@ ones: they are the published contact, not a person record) and are never
 * linked to a person's name.
 */
import { createHash } from 'node:crypto';
import { isValidIco, normalizeIco } from '#lib/modules/organisation/index.ts';
import { serviceKindLabel, type CapacityType, type ServiceForm } from './service-kinds.ts';
import { idSuffix, refId, type RegistryLookups } from './codelist.ts';
import { serviceSearchText } from './search-text.ts';

/** Bump when the mapping changes: every item then counts as changed on the next import. */
export const REGISTRY_MAPPING_VERSION = 1;

type Json = Record<string, unknown>;

export interface RegistryContact {
	type: 'email' | 'phone' | 'web' | 'fax';
	value: string;
	note: string | null;
}

export interface NormalisedFacility {
	name: string | null;
	street: string | null;
	houseNumber: string | null;
	orientationNumber: string | null;
	addressNote: string | null;
	postcode: string | null;
	addressPointCode: string | null;
	municipalityCode: string | null;
	municipalityName: string | null;
	municipalityPartCode: string | null;
	districtCode: string | null;
	orpCode: string | null;
	krajCode: string | null;
	/** Approximate centre of the municipality (built-in list), never a geocoded address. */
	latitude: number | null;
	longitude: number | null;
	validFrom: string | null;
	validTo: string | null;
	sort: number;
}

export interface NormalisedProvider {
	ico: string;
	name: string;
	legalForm: string | null;
	street: string | null;
	city: string | null;
	postcode: string | null;
	municipalityCode: string | null;
	email: string | null;
	phone: string | null;
	web: string | null;
}

export interface NormalisedService {
	registryId: string;
	registryPortalId: string | null;
	name: string;
	kindCode: string;
	kindRegistryId: string;
	targetGroupCodes: string[];
	ageGroupCodes: string[];
	ageNote: string | null;
	email: string | null;
	phone: string | null;
	web: string | null;
	contacts: RegistryContact[];
	validFrom: string | null;
	validTo: string | null;
	status: 'active' | 'ended';
	municipalityCodes: string[];
	orpCodes: string[];
	krajCodes: string[];
	searchText: string;
	registryHash: string;
	provider: NormalisedProvider;
	forms: { form: ServiceForm; continuous: boolean; timeRanges: unknown[] }[];
	capacities: { form: ServiceForm; unit: CapacityType; count: string; note: string | null }[];
	facilities: NormalisedFacility[];
}

export interface ImportProblem {
	/** 0-based index of the item in `polozky` (null for problems of the whole file). */
	position: number | null;
	registryId?: string | null;
	message: string;
	/** skipped = the item was not imported; warning = imported, but something was not understood. */
	severity: 'skipped' | 'warning';
}

export type NormaliseResult =
	| { ok: true; service: NormalisedService; warnings: ImportProblem[] }
	| { ok: false; registryId: string | null; problem: ImportProblem };

const FORMS: readonly string[] = ['amb', 'pob', 'ter'];
const UNITS: readonly string[] = ['klient', 'kontakt', 'interv', 'luzka', 'hovor'];

function str(value: unknown): string | null {
	if (typeof value === 'string') return value.trim() || null;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return null;
}

function arr(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

function obj(value: unknown): Json | null {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
}

/** ISO date (first 10 characters of "2007-01-01" / "2007-01-01T00:00:00"), or null. */
function isoDate(value: unknown): string | null {
	const s = str(value);
	if (!s) return null;
	const d = s.slice(0, 10);
	return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}

/** Hash of the item as written in the file (key order kept by the streaming parser). */
export function registryHash(raw: unknown): string {
	return createHash('sha256')
		.update(`v${REGISTRY_MAPPING_VERSION}:`)
		.update(JSON.stringify(raw))
		.digest('base64url');
}

function contacts(item: Json): RegistryContact[] {
	const out: RegistryContact[] = [];
	const read = (key: string, field: string, type: RegistryContact['type']) => {
		for (const c of arr(item[key])) {
			const o = obj(c);
			const value = o ? str(o[field]) : str(c);
			if (value) out.push({ type, value, note: o ? str(o.poznamka) : null });
		}
	};
	read('emaily', 'email', 'email');
	read('telefony', 'telefon', 'phone');
	read('weby', 'web', 'web');
	read('faxy', 'fax', 'fax');
	return out;
}

const first = (list: RegistryContact[], type: RegistryContact['type']) =>
	list.find((c) => c.type === type)?.value ?? null;

function skip(position: number, registryId: string | null, message: string): NormaliseResult {
	return { ok: false, registryId, problem: { position, registryId, message, severity: 'skipped' } };
}

/** Map one registry item; a problem (with its position) when it cannot be imported. */
export function normaliseItem(
	raw: unknown,
	position: number,
	lookups: RegistryLookups,
	today: string
): NormaliseResult {
	const item = obj(raw);
	if (!item) return skip(position, null, 'Položka není objekt.');
	const registryId = str(item.identifikator);
	if (!registryId || !/^\d{7}$/.test(registryId)) {
		return skip(
			position,
			registryId,
			registryId
				? `Identifikátor služby „${registryId}“ nemá 7 číslic.`
				: 'Služba nemá identifikátor.'
		);
	}
	const kindRegistryId = refId(item.druhSocialniSluzby);
	if (!kindRegistryId) return skip(position, registryId, 'Služba nemá uvedený druh.');
	const kind = lookups.kind(kindRegistryId);
	if (!kind) return skip(position, registryId, `Neznámý druh služby „${kindRegistryId}“.`);

	const p = obj(item.poskytovatel);
	const providerName = p ? str(p.nazev) : null;
	const rawIco = p ? str(p.ico) : null;
	if (!p || !providerName) return skip(position, registryId, 'Služba nemá poskytovatele.');
	if (!rawIco || !isValidIco(rawIco)) {
		return skip(position, registryId, `Neplatné IČO poskytovatele „${rawIco ?? ''}“.`);
	}
	const ico = normalizeIco(rawIco);

	const warnings: ImportProblem[] = [];
	const codes = (
		list: unknown[],
		key: string,
		codeList: 'CilovaSkupinaOsoby' | 'VekovaSkupinaOsoby'
	) => {
		const out: string[] = [];
		for (const entry of list) {
			const code = refId(obj(entry)?.[key]);
			if (!code) continue;
			if (!lookups.isKnown(codeList, code)) {
				warnings.push({
					position,
					registryId,
					message: `Neznámý kód číselníku „${code}“ (uložen bez názvu).`,
					severity: 'warning'
				});
			}
			if (!out.includes(code)) out.push(code);
		}
		return out;
	};
	const targetGroupCodes = codes(arr(item.ciloveSkupiny), 'cilovaSkupina', 'CilovaSkupinaOsoby');
	const ageGroupCodes = codes(arr(item.vekoveSkupiny), 'vekovaSkupina', 'VekovaSkupinaOsoby');

	const forms: NormalisedService['forms'] = [];
	const capacities: NormalisedService['capacities'] = [];
	for (const f of arr(item.formy)) {
		const fo = obj(f);
		const formId = fo ? refId(fo.forma) : null;
		const form = formId ? idSuffix(formId) : null;
		if (!form || !FORMS.includes(form)) {
			return skip(position, registryId, `Neznámá forma poskytování „${formId ?? ''}“.`);
		}
		if (forms.some((x) => x.form === form)) continue;
		forms.push({
			form: form as ServiceForm,
			continuous: fo?.nepretrzitePoskytovani === true,
			timeRanges: arr(fo?.casoveRozsahy)
		});
		for (const c of arr(fo?.kapacity)) {
			const co = obj(c);
			const typeId = co ? refId(co.typ) : null;
			const unit = typeId ? idSuffix(typeId) : null;
			if (!unit || !UNITS.includes(unit)) {
				return skip(position, registryId, `Neznámý typ kapacity „${typeId ?? ''}“.`);
			}
			const count = Number(co?.pocet);
			if (!Number.isFinite(count) || count < 0) continue;
			capacities.push({
				form: form as ServiceForm,
				unit: unit as CapacityType,
				count: String(count),
				note: str(co?.popis)
			});
		}
	}

	const facilities: NormalisedFacility[] = [];
	arr(item.zarizeni).forEach((z, i) => {
		const zo = obj(z);
		if (!zo) return;
		const a = obj(zo.adresa) ?? {};
		const obecId = refId(a.obec);
		const municipality = obecId ? lookups.municipality(obecId) : null;
		const krajId = refId(a.kraj);
		facilities.push({
			name: str(zo.nazev),
			street: str(obj(a.ulice)?.nazev),
			houseNumber: str(a.cisloDomovni),
			orientationNumber: str(a.cisloOrientacni),
			addressNote: str(a.dodatekAdresy),
			postcode: str(a.psc),
			addressPointCode: str(a.kodAdresnihoMista),
			municipalityCode: municipality?.code ?? null,
			municipalityName: municipality?.name || null,
			municipalityPartCode: refId(a.castObce) ? idSuffix(refId(a.castObce) as string) : null,
			districtCode: refId(a.okres) ? idSuffix(refId(a.okres) as string) : null,
			orpCode: municipality?.orp ?? null,
			krajCode: krajId ? lookups.krajCode(krajId) : (municipality?.kraj ?? null),
			latitude: municipality?.lat ?? null,
			longitude: municipality?.lon ?? null,
			validFrom: isoDate(zo.poskytujeOd),
			validTo: isoDate(zo.poskytujeDo),
			sort: i
		});
	});

	const validFrom = isoDate(item.datumPoskytovaniOd);
	const validTo = isoDate(item.datumPoskytovaniDo);
	const status: NormalisedService['status'] = validTo && validTo < today ? 'ended' : 'active';
	// Territory: facilities still in use (all of them when the service itself has ended).
	const current = facilities.filter((f) => status === 'ended' || !f.validTo || f.validTo >= today);
	const uniq = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];
	const extraKraje = arr(item.rozsirenePusobnostiVKraji)
		.map((r) => refId(obj(r)?.kraj) ?? refId(r))
		.filter((v): v is string => !!v)
		.map((id) => lookups.krajCode(id));
	const municipalityCodes = uniq(current.map((f) => f.municipalityCode));
	const orpCodes = uniq(current.map((f) => f.orpCode));
	const krajCodes = uniq([...current.map((f) => f.krajCode), ...extraKraje]);

	const serviceContacts = contacts(item);
	const providerContacts = contacts(p);
	const pa = obj(p.adresa) ?? {};
	const providerObec = refId(pa.obec);
	const provider: NormalisedProvider = {
		ico,
		name: providerName,
		legalForm: refId(p.pravniForma),
		street: [str(obj(pa.ulice)?.nazev), str(pa.cisloDomovni)].filter(Boolean).join(' ') || null,
		city: providerObec ? lookups.municipality(providerObec).name || null : null,
		postcode: str(pa.psc),
		municipalityCode: providerObec ? lookups.municipality(providerObec).code : null,
		email: first(providerContacts, 'email'),
		phone: first(providerContacts, 'phone'),
		web: first(providerContacts, 'web')
	};

	const name =
		current.find((f) => f.name)?.name ??
		facilities.find((f) => f.name)?.name ??
		`${kind.name} – ${providerName}`;
	const placeNames = [
		...current.map((f) => f.municipalityName),
		...orpCodes.map((c) => lookups.orpName(c)),
		...krajCodes.map((c) => lookups.krajName(c))
	];
	const searchText = serviceSearchText({
		name,
		providerName,
		ico,
		kindLabel: serviceKindLabel(kind.code),
		registryId,
		placeNames,
		targetGroupLabels: targetGroupCodes.map((c) => lookups.label(c)).filter((l): l is string => !!l)
	});

	return {
		ok: true,
		warnings,
		service: {
			registryId,
			registryPortalId: str(item.portalId) ?? str(item.id),
			name,
			kindCode: kind.code,
			kindRegistryId,
			targetGroupCodes,
			ageGroupCodes,
			ageNote: str(item.doplnujiciInformaceVekoveSkupiny),
			email: first(serviceContacts, 'email') ?? provider.email,
			phone: first(serviceContacts, 'phone') ?? provider.phone,
			web: first(serviceContacts, 'web') ?? provider.web,
			contacts: serviceContacts,
			validFrom,
			validTo,
			status,
			municipalityCodes,
			orpCodes,
			krajCodes,
			searchText,
			registryHash: registryHash(raw),
			provider,
			forms,
			capacities,
			facilities
		}
	};
}
