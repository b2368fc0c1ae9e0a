/**
 * Kinds of social services (druhy sociálních služeb, zákon 108/2006 Sb. §37–§70, §36 from Act
 * 38/2025 Sb., §52 kept as historical, and the registry-only "Centrum duševního zdraví"), forms of
 * provision and registry capacity units. Client-safe: plans, catalogue, network and their views use
 * these lists. The importer maps registry ids through a loaded code list first and falls back to
 * `openDataId` here.
 */
import data from './data/service-kinds.json' with { type: 'json' };

export type ServiceCategory =
	'socialni_poradenstvi' | 'socialni_pece' | 'socialni_prevence' | 'registry_only';
export type ServiceForm = 'amb' | 'pob' | 'ter';

export interface ServiceKind {
	/** Stable code used in the database: the § number ('49', '60a', '36') or 'cdz'. */
	code: string;
	paragraph: string | null;
	name: string;
	category: ServiceCategory;
	/** Forms allowed by law. */
	forms: ServiceForm[];
	/** `DruhSocialniSluzby/N` in MPSV open data, where known. */
	openDataId: string | null;
	openDataIdStatus: string | null;
	/** No longer a kind under current law (§52), still present in registry history. */
	historical: boolean;
}

export const SERVICE_KINDS: readonly ServiceKind[] = data.kinds as ServiceKind[];
export const SERVICE_KIND_CODES: readonly string[] = SERVICE_KINDS.map((k) => k.code);
export const SERVICE_FORMS: readonly ServiceForm[] = ['amb', 'pob', 'ter'];
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = [
	'socialni_poradenstvi',
	'socialni_pece',
	'socialni_prevence',
	'registry_only'
];
/** Registry capacity units (`TypKapacitySocialniSluzby/<code>`). */
export const CAPACITY_TYPES = ['klient', 'kontakt', 'interv', 'luzka', 'hovor'] as const;
export type CapacityType = (typeof CAPACITY_TYPES)[number];

const byCode = new Map(SERVICE_KINDS.map((k) => [k.code, k]));
const byOpenDataId = new Map(
	SERVICE_KINDS.filter((k) => k.openDataId).map((k) => [k.openDataId as string, k])
);

export function serviceKind(code: string): ServiceKind | undefined {
	return byCode.get(code);
}

export function serviceKindByOpenDataId(id: string): ServiceKind | undefined {
	return byOpenDataId.get(id);
}

/** "§ 49 Domovy pro seniory"; unknown codes are shown as they are. */
export function serviceKindLabel(code: string): string {
	const kind = byCode.get(code);
	if (!kind) return code;
	return kind.paragraph ? `§ ${kind.paragraph} ${kind.name}` : kind.name;
}

export const SERVICE_FORM_LABELS: Record<ServiceForm, string> = data.forms as Record<
	ServiceForm,
	string
>;

export const SERVICE_CATEGORY_LABELS: Record<ServiceCategory, string> = {
	socialni_poradenstvi: 'sociální poradenství',
	socialni_pece: 'služby sociální péče',
	socialni_prevence: 'služby sociální prevence',
	registry_only: 'jiné (pouze v registru)'
};

export const CAPACITY_TYPE_LABELS: Record<CapacityType, string> = {
	klient: 'klienti',
	kontakt: 'kontakty',
	interv: 'intervence',
	luzka: 'lůžka',
	hovor: 'hovory'
};
