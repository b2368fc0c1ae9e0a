/**
 * Catalogue rows → HSDS 3.0 JSON objects of the Czech profile (docs/hsds-profile.md). Only the
 * fields HSDS defines (plus nothing else), formats the schemas check (uuid, uri, email, date-time),
 * and every required field filled. Used by the HSDS API and the datapackage.
 */
import { territoryChoice } from '#lib/modules/organisation/index.ts';
import {
	SERVICE_FORM_LABELS,
	serviceKind,
	serviceKindLabel,
	type ServiceForm
} from './service-kinds.ts';
import { hsdsIds, type HsdsTaxonomyKey } from './hsds.ids.server.ts';
import type { ProfileTerm, ProviderRow, ServiceBundle, FacilityRow } from './hsds.data.server.ts';

type Json = Record<string, unknown>;

export const HSDS_VERSION = '3.0';
/** Canonical address of the profile document (the repository file; the API root links to it). */
export const HSDS_PROFILE_URL = 'https://github.com/souhra/souhra/blob/main/docs/hsds-profile.md';

export const TAXONOMIES: Record<
	HsdsTaxonomyKey,
	{ name: string; description: string; uri?: string; version?: string }
> = {
	kinds: {
		name: 'Druhy sociálních služeb (zákon 108/2006 Sb.)',
		description:
			'Druhy sociálních služeb podle §§ 37–70 zákona č. 108/2006 Sb., o sociálních službách, včetně § 36 a druhů vedených jen v registru.',
		uri: 'https://www.zakonyprolidi.cz/cs/2006-108',
		version: '2025'
	},
	forms: {
		name: 'Formy poskytování',
		description:
			'Formy poskytování sociálních služeb podle § 33 zákona 108/2006 Sb.: pobytová, ambulantní, terénní.',
		uri: 'https://www.zakonyprolidi.cz/cs/2006-108'
	},
	'target-groups': {
		name: 'Cílové skupiny (registr MPSV)',
		description:
			'Cílové skupiny osob z číselníku registru poskytovatelů sociálních služeb (CilovaSkupinaOsoby).',
		uri: 'https://data.mpsv.cz/web/data/vizualizace-registr-poskytovatelu-socialnich-sluzeb'
	},
	registry: {
		name: 'Údaje registru poskytovatelů sociálních služeb',
		description:
			'Identifikátor služby v registru MPSV, označení návazných služeb mimo registr a jednotky registrované kapacity.'
	}
};

/** A value for an HSDS `uri` field: a full http(s) URL, or undefined. */
export function asUri(value: string | null | undefined): string | undefined {
	const v = value?.trim();
	if (!v) return undefined;
	const candidate = /^https?:\/\//i.test(v) ? v : `https://${v}`;
	try {
		const url = new URL(candidate);
		if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.')) return undefined;
		return url.toString();
	} catch {
		return undefined;
	}
}

/** The `email` format of the HSDS schemas (as ajv-formats checks it): no label may end with a hyphen. */
const EMAIL =
	/^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** A value for an HSDS `email` field, or undefined. */
export function asEmail(value: string | null | undefined): string | undefined {
	const v = value?.trim();
	return v && EMAIL.test(v) ? v : undefined;
}

/** Drop undefined values (HSDS omits unknown fields rather than sending null). */
function clean<T extends Json>(object: T): T {
	return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

export function presentTaxonomy(key: HsdsTaxonomyKey): Json {
	const t = TAXONOMIES[key];
	return clean({
		id: hsdsIds.taxonomy(key),
		name: t.name,
		description: t.description,
		uri: t.uri,
		version: t.version
	});
}

export function presentTerm(term: ProfileTerm, withTaxonomy = true): Json {
	return clean({
		id: term.id,
		code: term.code,
		name: term.name,
		description: term.description,
		taxonomy: TAXONOMIES[term.taxonomy].name,
		taxonomy_id: hsdsIds.taxonomy(term.taxonomy),
		language: 'cs',
		taxonomy_detail: withTaxonomy ? presentTaxonomy(term.taxonomy) : undefined
	});
}

function attribute(
	linkId: string,
	linkEntity: string,
	term: ProfileTerm,
	linkType: string,
	value?: string
): Json {
	return clean({
		id: hsdsIds.attribute(linkId, term.id, linkType),
		link_id: linkId,
		link_entity: linkEntity,
		link_type: linkType,
		taxonomy_term_id: term.id,
		value,
		taxonomy_term: presentTerm(term, false)
	});
}

/** Term objects by taxonomy and code, for attributes. */
export type TermIndex = Map<string, ProfileTerm>;
export function termIndex(terms: ProfileTerm[]): TermIndex {
	return new Map(terms.map((t) => [`${t.taxonomy}:${t.code}`, t]));
}

function termOf(
	index: TermIndex,
	taxonomy: HsdsTaxonomyKey,
	code: string,
	fallbackName: string
): ProfileTerm {
	return (
		index.get(`${taxonomy}:${code}`) ?? {
			id: hsdsIds.term(taxonomy, code),
			taxonomy,
			code,
			name: fallbackName,
			description: fallbackName
		}
	);
}

/** Attributes of a service: kind, forms, target groups, registry identifier, capacities. */
export function serviceAttributes(bundle: ServiceBundle, index: TermIndex): Json[] {
	const s = bundle.service;
	const out: Json[] = [];
	if (s.kindCode) {
		out.push(
			attribute(
				s.id,
				'service',
				termOf(index, 'kinds', s.kindCode, serviceKindLabel(s.kindCode)),
				'service_kind'
			)
		);
	}
	if (s.source === 'manual') {
		out.push(
			attribute(
				s.id,
				'service',
				termOf(index, 'registry', 'navazna-sluzba', 'Návazná služba'),
				'non_registered',
				s.kindText ?? undefined
			)
		);
	}
	for (const f of bundle.forms) {
		const label = SERVICE_FORM_LABELS[f.form as ServiceForm] ?? f.form;
		out.push(attribute(s.id, 'service', termOf(index, 'forms', f.form, label), 'service_form'));
	}
	for (const code of s.targetGroupCodes) {
		out.push(
			attribute(s.id, 'service', termOf(index, 'target-groups', code, code), 'target_group')
		);
	}
	if (s.registryId) {
		out.push(
			attribute(
				s.id,
				'service',
				termOf(index, 'registry', 'identifikator', 'Identifikátor sociální služby'),
				'registry_identifier',
				s.registryId
			)
		);
	}
	for (const c of bundle.capacities) {
		out.push(
			attribute(
				s.id,
				'service',
				termOf(index, 'registry', `kapacita-${c.unit}`, `Kapacita: ${c.unit}`),
				`capacity:${c.form}`,
				String(Number(c.count))
			)
		);
	}
	return out;
}

/** Phone numbers of a service: its contacts of type phone, else the phone column. */
export function servicePhones(bundle: ServiceBundle): Json[] {
	const s = bundle.service;
	const fromContacts = (Array.isArray(s.contacts) ? (s.contacts as Json[]) : [])
		.filter((c) => c.type === 'phone' && typeof c.value === 'string' && c.value.trim())
		.map((c) => ({
			number: String(c.value).trim(),
			note: typeof c.note === 'string' ? c.note : undefined
		}));
	const list = fromContacts.length
		? fromContacts
		: s.phone
			? [{ number: s.phone, note: undefined }]
			: [];
	const seen = new Set<string>();
	return list
		.filter((p) => (seen.has(p.number) ? false : (seen.add(p.number), true)))
		.map((p, i) =>
			clean({
				id: hsdsIds.phone(s.id, i),
				service_id: s.id,
				number: p.number,
				type: 'voice',
				description: p.note
			})
		);
}

const DAY_CODES: Record<string, string> = {
	mo: 'MO',
	po: 'MO',
	pondeli: 'MO',
	pondělí: 'MO',
	'1': 'MO',
	tu: 'TU',
	ut: 'TU',
	út: 'TU',
	utery: 'TU',
	úterý: 'TU',
	'2': 'TU',
	we: 'WE',
	st: 'WE',
	streda: 'WE',
	středa: 'WE',
	'3': 'WE',
	th: 'TH',
	ct: 'TH',
	čt: 'TH',
	ctvrtek: 'TH',
	čtvrtek: 'TH',
	'4': 'TH',
	fr: 'FR',
	pa: 'FR',
	pá: 'FR',
	patek: 'FR',
	pátek: 'FR',
	'5': 'FR',
	sa: 'SA',
	so: 'SA',
	sobota: 'SA',
	'6': 'SA',
	su: 'SU',
	ne: 'SU',
	nedele: 'SU',
	neděle: 'SU',
	'7': 'SU',
	'0': 'SU'
};
const DAY_NAMES: Record<string, string> = {
	MO: 'pondělí',
	TU: 'úterý',
	WE: 'středa',
	TH: 'čtvrtek',
	FR: 'pátek',
	SA: 'sobota',
	SU: 'neděle'
};
const HHMM = /^([01]?\d|2[0-3]):([0-5]\d)/;

/** Opening times per form: continuous provision as 00:00–23:59 every day, else the registry's ranges. */
export function serviceSchedules(bundle: ServiceBundle): Json[] {
	const s = bundle.service;
	const out: Json[] = [];
	for (const f of bundle.forms) {
		const label = SERVICE_FORM_LABELS[f.form as ServiceForm] ?? f.form;
		if (f.continuous) {
			out.push({
				id: hsdsIds.schedule(s.id, f.form, 0),
				service_id: s.id,
				freq: 'WEEKLY',
				byday: 'MO,TU,WE,TH,FR,SA,SU',
				opens_at: '00:00',
				closes_at: '23:59',
				description: `${label}: nepřetržitý provoz (čas Europe/Prague)`
			});
			continue;
		}
		const ranges = Array.isArray(f.timeRanges) ? (f.timeRanges as Json[]) : [];
		ranges.forEach((r, i) => {
			// Registry form: { denVTydnu: { id: 'DenVTydnu/1' }, casOd, casDo, poznamka }; also { day, from, to, text }.
			const dayRef = r.denVTydnu as { id?: unknown } | string | undefined;
			const rawDay =
				typeof dayRef === 'object' && dayRef !== null
					? String(dayRef.id ?? '')
							.split('/')
							.pop()
					: (dayRef ?? r.day);
			const dayKey = String(rawDay ?? '')
				.trim()
				.toLowerCase()
				.replace(/\.$/, '');
			const day = DAY_CODES[dayKey];
			const fromText = r.casOd ?? r.from;
			const toText = r.casDo ?? r.to;
			const from = typeof fromText === 'string' ? HHMM.exec(fromText.trim()) : null;
			const to = typeof toText === 'string' ? HHMM.exec(toText.trim()) : null;
			const note = r.poznamka ?? r.text;
			const text = typeof note === 'string' ? note.trim() : '';
			const pad = (m: RegExpExecArray) => `${m[1].padStart(2, '0')}:${m[2]}`;
			const times = from && to ? `${pad(from)}–${pad(to)}` : '';
			const description = [
				label,
				[day ? DAY_NAMES[day] : '', times, text].filter(Boolean).join(' ')
			]
				.filter(Boolean)
				.join(': ');
			out.push(
				clean({
					id: hsdsIds.schedule(s.id, f.form, i + 1),
					service_id: s.id,
					freq: day ? 'WEEKLY' : undefined,
					byday: day,
					opens_at: from && day ? pad(from) : undefined,
					closes_at: to && day ? pad(to) : undefined,
					description
				})
			);
		});
	}
	return out;
}

/** Territory served: ORP and kraj codes, `uri` with the ČSÚ code. */
export function serviceAreas(bundle: ServiceBundle): Json[] {
	const s = bundle.service;
	const areas: Json[] = [];
	for (const code of s.orpCodes) {
		const choice = territoryChoice(`orp:${code}`);
		areas.push({
			id: hsdsIds.serviceArea(s.id, `orp:${code}`),
			service_id: s.id,
			name: choice?.name ?? `ORP ${code}`,
			description: 'Správní obvod obce s rozšířenou působností (ORP), kód ČSÚ v uri.',
			uri: `urn:cz:orp:${code}`
		});
	}
	for (const code of s.krajCodes) {
		const choice = territoryChoice(`kraj:${code}`);
		areas.push({
			id: hsdsIds.serviceArea(s.id, `kraj:${code}`),
			service_id: s.id,
			name: choice?.name ?? `Kraj ${code}`,
			description: 'Kraj (VÚSC), kód RÚIAN v uri.',
			uri: `urn:cz:kraj:${code}`
		});
	}
	return areas;
}

export function facilityAddress(f: FacilityRow): Json {
	const number = [f.houseNumber, f.orientationNumber].filter(Boolean).join('/');
	const line = [f.street, number].filter(Boolean).join(' ');
	const kraj = f.krajCode ? territoryChoice(`kraj:${f.krajCode}`)?.name : undefined;
	const orp = f.orpCode ? territoryChoice(`orp:${f.orpCode}`)?.name : undefined;
	return clean({
		id: hsdsIds.address(f.id),
		location_id: f.id,
		address_1: line || f.municipalityName || f.addressNote || '',
		address_2: f.addressNote && line ? f.addressNote : undefined,
		city: f.municipalityName ?? '',
		region: orp,
		state_province: kraj ?? '',
		postal_code: f.postcode ?? '',
		country: 'CZ',
		address_type: 'physical'
	});
}

/** A facility as an HSDS location; `full` adds the address array. */
export function presentLocation(f: FacilityRow, providerId: string, full: boolean): Json {
	return clean({
		id: f.id,
		location_type: 'physical',
		organization_id: providerId,
		name: f.name ?? f.municipalityName ?? undefined,
		latitude: f.latitude ?? undefined,
		longitude: f.longitude ?? undefined,
		external_identifier: f.addressPointCode ?? undefined,
		external_identifier_type: f.addressPointCode ? 'RUIAN-AM' : undefined,
		addresses: full ? [facilityAddress(f)] : undefined
	});
}

export function presentServiceAtLocation(
	f: FacilityRow,
	bundle: ServiceBundle,
	full: boolean
): Json {
	return clean({
		id: hsdsIds.serviceAtLocation(f.id),
		service_id: bundle.service.id,
		location_id: f.id,
		description: f.name ? `${bundle.service.name} – ${f.name}` : bundle.service.name,
		location: presentLocation(f, bundle.provider.id, full)
	});
}

function organizationDescription(p: ProviderRow): string {
	const parts = ['Poskytovatel sociálních služeb'];
	if (p.legalForm) parts.push(p.legalForm);
	if (p.city) parts.push(p.city);
	return parts.join(', ') + '.';
}

export function organizationIdentifiers(p: ProviderRow): Json[] {
	return p.ico
		? [
				{
					id: hsdsIds.organizationIdentifier(p.id),
					organization_id: p.id,
					identifier_scheme: 'CZ-ICO',
					identifier_type: 'IČO',
					identifier: p.ico
				}
			]
		: [];
}

/** An organization; `full` adds identifiers and phones (the detail). */
export function presentOrganization(p: ProviderRow, full: boolean): Json {
	return clean({
		id: p.id,
		name: p.name,
		description: organizationDescription(p),
		email: asEmail(p.email),
		website: asUri(p.web),
		legal_status: p.legalForm ?? undefined,
		organization_identifiers: full ? organizationIdentifiers(p) : undefined,
		phones: full
			? p.phone
				? [{ id: hsdsIds.phone(p.id, 0), organization_id: p.id, number: p.phone, type: 'voice' }]
				: []
			: undefined
	});
}

function lastModified(bundle: ServiceBundle): string {
	return bundle.service.updatedAt.toISOString();
}

/** A service: the list item (one-to-one fields) or the fully nested detail. */
export function presentService(bundle: ServiceBundle, index: TermIndex, full: boolean): Json {
	const s = bundle.service;
	const kind = s.kindCode ? serviceKind(s.kindCode) : undefined;
	const base = clean({
		id: s.id,
		organization_id: s.providerId,
		name: s.name,
		alternate_name: kind ? serviceKindLabel(kind.code) : (s.kindText ?? undefined),
		description: s.description ?? '',
		url: asUri(s.web),
		email: asEmail(s.email),
		status: s.status === 'active' ? 'active' : 'inactive',
		eligibility_description: s.ageNote ?? undefined,
		assured_date: s.lastVerifiedOn ?? undefined,
		last_modified: lastModified(bundle),
		organization: presentOrganization(bundle.provider, false)
	});
	if (!full) return base;
	return {
		...base,
		organization: presentOrganization(bundle.provider, true),
		phones: servicePhones(bundle),
		schedules: serviceSchedules(bundle),
		service_areas: serviceAreas(bundle),
		service_at_locations: bundle.facilities.map((f) => presentServiceAtLocation(f, bundle, true)),
		attributes: serviceAttributes(bundle, index)
	};
}

/** The HSDS paging envelope. */
export function hsdsPage<T>(contents: T[], total: number, page: number, perPage: number): Json {
	const totalPages = Math.max(1, Math.ceil(total / perPage));
	return {
		total_items: total,
		total_pages: totalPages,
		page_number: page,
		size: contents.length,
		first_page: page === 1,
		last_page: page >= totalPages,
		empty: contents.length === 0,
		contents
	};
}
