/**
 * Service and provider detail → view models for the public pages: capacities per form and unit
 * with Czech plurals (1 lůžko, 2 lůžka, 5 lůžek), time ranges, contacts, addresses, territory,
 * badges for non-registered and ended services. Pure and client-safe.
 */
import { formatDate, formatNumber, plural, pragueDay } from '#lib/platform/i18n/format.ts';
import type { PluralForms } from '#lib/platform/i18n/plural.ts';
import { foldText } from './search-text.ts';
import {
	CAPACITY_TYPE_LABELS,
	SERVICE_CATEGORY_LABELS,
	SERVICE_FORM_LABELS,
	SERVICE_FORMS,
	serviceKind,
	type CapacityType,
	type ServiceForm
} from './service-kinds.ts';

export interface TimeRange {
	day?: string | number | null;
	from?: string | null;
	to?: string | null;
	text?: string | null;
}
export interface Contact {
	type: 'email' | 'phone' | 'web' | 'fax' | string;
	value: string;
	note?: string | null;
}

export interface ProviderData {
	id: string;
	name: string;
	ico: string | null;
	legalForm: string | null;
	street: string | null;
	city: string | null;
	postcode: string | null;
	email: string | null;
	phone: string | null;
	web: string | null;
	source: 'registry' | 'manual';
}

export interface FacilityData {
	id: string;
	name: string | null;
	street: string | null;
	houseNumber: string | null;
	orientationNumber: string | null;
	addressNote: string | null;
	postcode: string | null;
	municipalityName: string | null;
	krajName: string | null;
	latitude: number | null;
	longitude: number | null;
	validTo: string | null;
}

export interface ServiceDetailData {
	service: {
		id: string;
		name: string;
		source: 'registry' | 'manual';
		registryId: string | null;
		kindCode: string | null;
		kindText: string | null;
		description: string | null;
		targetGroups: string[];
		ageGroups: string[];
		ageNote: string | null;
		email: string | null;
		phone: string | null;
		web: string | null;
		contacts: Contact[];
		validFrom: string | null;
		validTo: string | null;
		status: 'active' | 'ended';
		endedAt: string | null;
		lastVerifiedOn: string | null;
		updatedAt: string;
		territory: { kraje: string[]; orp: string[]; municipalities: string[] };
	};
	provider: ProviderData;
	forms: { form: string; continuous: boolean; timeRanges: TimeRange[] }[];
	capacities: { form: string; unit: string; count: number; note: string | null }[];
	facilities: FacilityData[];
}

export interface ProviderDetailData {
	provider: ProviderData;
	services: {
		id: string;
		name: string;
		kindCode: string | null;
		kindText: string | null;
		source: 'registry' | 'manual';
		registryId: string | null;
		status: 'active' | 'ended';
		forms: string[];
	}[];
}

const UNIT_FORMS: Record<CapacityType, PluralForms> = {
	luzka: ['lůžko', 'lůžka', 'lůžek', 'lůžka'],
	klient: ['klient', 'klienti', 'klientů', 'klienta'],
	kontakt: ['kontakt', 'kontakty', 'kontaktů', 'kontaktu'],
	interv: ['intervence', 'intervence', 'intervencí', 'intervence'],
	hovor: ['hovor', 'hovory', 'hovorů', 'hovoru']
};

/** "1 lůžko", "2 lůžka", "25 lůžek", "1,5 lůžka"; unknown units as "12 (jednotka)". */
export function capacityText(count: number, unit: string): string {
	const forms = UNIT_FORMS[unit as CapacityType];
	const n = formatNumber(count, 'cs');
	return forms ? `${n} ${plural(count, forms)}` : `${n} (${unit})`;
}

/** Name of a capacity unit ("lůžka"), for table headings. */
export const capacityUnitLabel = (unit: string): string =>
	CAPACITY_TYPE_LABELS[unit as CapacityType] ?? unit;

export const formLabelOf = (form: string): string =>
	SERVICE_FORM_LABELS[form as ServiceForm] ?? form;

const DAYS: Record<string, string> = {
	'1': 'Po',
	'2': 'Út',
	'3': 'St',
	'4': 'Čt',
	'5': 'Pá',
	'6': 'So',
	'7': 'Ne',
	po: 'Po',
	pondeli: 'Po',
	monday: 'Po',
	mo: 'Po',
	ut: 'Út',
	utery: 'Út',
	tuesday: 'Út',
	tu: 'Út',
	st: 'St',
	streda: 'St',
	wednesday: 'St',
	we: 'St',
	ct: 'Čt',
	ctvrtek: 'Čt',
	thursday: 'Čt',
	th: 'Čt',
	pa: 'Pá',
	patek: 'Pá',
	friday: 'Pá',
	fr: 'Pá',
	so: 'So',
	sobota: 'So',
	saturday: 'So',
	sa: 'So',
	ne: 'Ne',
	nedele: 'Ne',
	sunday: 'Ne',
	su: 'Ne'
};

function dayLabel(day: string | number): string {
	const key = foldText(String(day)).split('/').pop() ?? '';
	return DAYS[key] ?? String(day);
}

const hhmm = (t: string) =>
	t.replace(/^(\d{1,2}):(\d{2})(:\d{2})?$/, (_, h, m) => `${Number(h)}:${m}`);

/** "Po 8:00–16:00", or the free text of the range. */
export function timeRangeText(range: TimeRange): string {
	const parts: string[] = [];
	if (range.day !== undefined && range.day !== null && range.day !== '') {
		parts.push(dayLabel(range.day));
	}
	if (range.from || range.to) parts.push(`${hhmm(range.from ?? '')}–${hhmm(range.to ?? '')}`);
	if (range.text) parts.push(range.text);
	return parts.join(' ');
}

/** "Zhořelecká 1234/5", "č. p. 12" without a street. */
export function streetLine(f: {
	street: string | null;
	houseNumber: string | null;
	orientationNumber: string | null;
}): string | null {
	const number = [f.houseNumber, f.orientationNumber].filter(Boolean).join('/');
	if (f.street) return number ? `${f.street} ${number}` : f.street;
	return number ? `č. p. ${number}` : null;
}

/** "460 01" from "46001". */
export function formatPostcode(psc: string | null): string | null {
	if (!psc) return null;
	const digits = psc.replace(/\s+/g, '');
	return /^\d{5}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3)}` : psc;
}

export function addressLine(f: {
	street: string | null;
	houseNumber: string | null;
	orientationNumber: string | null;
	postcode: string | null;
	municipalityName: string | null;
}): string {
	return [streetLine(f), [formatPostcode(f.postcode), f.municipalityName].filter(Boolean).join(' ')]
		.filter(Boolean)
		.join(', ');
}

export interface ContactView {
	type: string;
	label: string;
	value: string;
	href: string | null;
	note: string | null;
}

const CONTACT_LABELS: Record<string, string> = {
	email: 'E-mail',
	phone: 'Telefon',
	web: 'Web',
	fax: 'Fax'
};

function contactHref(type: string, value: string): string | null {
	if (type === 'email') return `mailto:${value}`;
	if (type === 'phone') return `tel:${value.replace(/[^\d+]/g, '')}`;
	if (type === 'web') return /^https?:\/\//i.test(value) ? value : `https://${value}`;
	return null;
}

/** Service contacts (main fields first, then the registry list), without duplicates. */
export function contactsOf(s: {
	email: string | null;
	phone: string | null;
	web: string | null;
	contacts: Contact[];
}): ContactView[] {
	const all: Contact[] = [
		...(s.phone ? [{ type: 'phone', value: s.phone }] : []),
		...(s.email ? [{ type: 'email', value: s.email }] : []),
		...(s.web ? [{ type: 'web', value: s.web }] : []),
		...s.contacts.filter((c) => c && typeof c.value === 'string' && c.value.trim())
	];
	const seen = new Set<string>();
	const out: ContactView[] = [];
	for (const c of all) {
		const key = `${c.type}|${c.value.trim().toLowerCase()}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({
			type: c.type,
			label: CONTACT_LABELS[c.type] ?? c.type,
			value: c.value.trim(),
			href: contactHref(c.type, c.value.trim()),
			note: c.note ?? null
		});
	}
	const order = ['phone', 'email', 'web', 'fax'];
	return out.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
}

export interface FormView {
	code: string;
	label: string;
	continuous: boolean;
	times: string[];
	capacities: { text: string; unit: string; count: number; note: string | null }[];
}

/** Forms of provision, each with its capacities (per registration: never per facility). */
export function formsView(data: Pick<ServiceDetailData, 'forms' | 'capacities'>): FormView[] {
	const codes = [
		...new Set([...data.forms.map((f) => f.form), ...data.capacities.map((c) => c.form)])
	];
	const order = (f: string) => {
		const i = (SERVICE_FORMS as readonly string[]).indexOf(f);
		return i < 0 ? 99 : i;
	};
	return codes
		.sort((a, b) => order(a) - order(b))
		.map((code) => {
			const form = data.forms.find((f) => f.form === code);
			return {
				code,
				label: formLabelOf(code),
				continuous: form?.continuous ?? false,
				times: (form?.timeRanges ?? []).map(timeRangeText).filter(Boolean),
				capacities: data.capacities
					.filter((c) => c.form === code)
					.map((c) => ({
						text: capacityText(c.count, c.unit),
						unit: c.unit,
						count: c.count,
						note: c.note
					}))
			};
		});
}

const isoDate = (d: string | null) => (d ? formatDate(`${d.slice(0, 10)}T12:00:00Z`) : null);

export interface ServiceView {
	id: string;
	name: string;
	kindLabel: string;
	paragraph: string | null;
	categoryLabel: string | null;
	registered: boolean;
	ended: boolean;
	endedOn: string | null;
	registryId: string | null;
	description: string | null;
	validFrom: string | null;
	validTo: string | null;
	lastVerified: string | null;
	targetGroups: string[];
	ageGroups: string[];
	ageNote: string | null;
	territory: { kraje: string[]; orp: string[]; municipalities: string[] };
	contacts: ContactView[];
	forms: FormView[];
	provider: ProviderData & { address: string | null };
	facilities: (FacilityData & { address: string; ended: boolean })[];
	/** Facilities with coordinates, for the map. */
	markers: { id: string; label: string; address: string; lat: number; lng: number }[];
}

export function serviceDetailView(data: ServiceDetailData, today = new Date()): ServiceView {
	const s = data.service;
	const kind = s.kindCode ? serviceKind(s.kindCode) : undefined;
	const todayIso = pragueDay(today);
	const facilities = data.facilities.map((f) => ({
		...f,
		address: addressLine(f),
		ended: !!f.validTo && f.validTo.slice(0, 10) < todayIso
	}));
	return {
		id: s.id,
		name: s.name,
		kindLabel: kind ? kind.name : (s.kindText ?? s.kindCode ?? 'Návazná služba'),
		paragraph: kind?.paragraph ? `§ ${kind.paragraph}` : null,
		categoryLabel: kind ? SERVICE_CATEGORY_LABELS[kind.category] : null,
		registered: s.source === 'registry' && !!s.registryId,
		ended: s.status === 'ended',
		endedOn: s.endedAt ? formatDate(s.endedAt) : isoDate(s.validTo),
		registryId: s.registryId,
		description: s.description,
		validFrom: isoDate(s.validFrom),
		validTo: isoDate(s.validTo),
		lastVerified: isoDate(s.lastVerifiedOn),
		targetGroups: s.targetGroups,
		ageGroups: s.ageGroups,
		ageNote: s.ageNote,
		territory: s.territory,
		contacts: contactsOf(s),
		forms: formsView(data),
		provider: {
			...data.provider,
			address:
				[
					data.provider.street,
					[formatPostcode(data.provider.postcode), data.provider.city].filter(Boolean).join(' ')
				]
					.filter(Boolean)
					.join(', ') || null
		},
		facilities,
		markers: facilities
			.filter((f) => !f.ended && f.latitude !== null && f.longitude !== null)
			.map((f) => ({
				id: f.id,
				label: f.name ?? s.name,
				address: f.address,
				lat: f.latitude as number,
				lng: f.longitude as number
			}))
	};
}
