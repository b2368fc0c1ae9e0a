/**
 * schema.org JSON-LD of a service detail page (standards.md §3): `Service`, or `GovernmentService`
 * when a public body provides it; provider as `NGO` / `GovernmentOrganization` / `Organization`
 * with the IČO as PropertyValue `CZ-ICO`; facilities as `Place` with `PostalAddress` (and `geo`);
 * `areaServed` from the territory. `jsonLdScript` serialises it safely for a `<script>` element.
 * Pure and client-safe.
 */
import { foldText } from './search-text.ts';
import type { ServiceView } from './service.presenter.ts';

const GOVERNMENT = [
	'prispevkova organizace',
	'organizacni slozka',
	'statni',
	'verejna instituce',
	'dobrovolny svazek obci'
];
/** Whole words only: "obec" must not match "obecně prospěšná společnost". */
const GOVERNMENT_WORDS = /(^| )(obec|mesto|mestys|kraj|mestska cast)( |$)/;
const NGO = [
	'spolek',
	'ustav',
	'obecne prospesna',
	'nadace',
	'nadacni fond',
	'cirkev',
	'cirkevni',
	'evidovana pravnicka osoba',
	'sdruzeni',
	'pobocny spolek',
	'charita',
	'diakonie'
];

/** NGO, GovernmentOrganization or Organization from the legal form (and the name as a hint). */
export function organisationType(
	legalForm: string | null,
	name: string
): 'NGO' | 'GovernmentOrganization' | 'Organization' {
	const form = foldText(legalForm ?? '');
	const folded = foldText(name);
	if (GOVERNMENT.some((w) => form.includes(w))) return 'GovernmentOrganization';
	if (NGO.some((w) => form.includes(w))) return 'NGO';
	if (GOVERNMENT_WORDS.test(form)) return 'GovernmentOrganization';
	if (
		/^(statutarni mesto|mesto|obec|mestys|kraj|mestska cast) /.test(folded) ||
		folded.endsWith(' kraj')
	) {
		return 'GovernmentOrganization';
	}
	if (/(, z\. ?u\.|, o\. ?p\. ?s\.|, z\. ?s\.|charita|diakonie)/.test(folded)) return 'NGO';
	return 'Organization';
}

type Json = Record<string, unknown>;

/** The JSON-LD object for a service page; `url` is the canonical page URL. */
export function serviceJsonLd(view: ServiceView, url: string): Json {
	const providerType = organisationType(view.provider.legalForm, view.provider.name);
	const provider: Json = {
		'@type': providerType,
		name: view.provider.name,
		...(view.provider.legalForm ? { legalName: view.provider.name } : {}),
		...(view.provider.ico
			? {
					identifier: {
						'@type': 'PropertyValue',
						propertyID: 'CZ-ICO',
						value: view.provider.ico
					}
				}
			: {}),
		...(view.provider.web ? { url: view.provider.web } : {}),
		...(view.provider.email ? { email: view.provider.email } : {}),
		...(view.provider.phone ? { telephone: view.provider.phone } : {})
	};
	const places: Json[] = view.facilities
		.filter((f) => !f.ended)
		.map((f) => ({
			'@type': 'Place',
			...(f.name ? { name: f.name } : {}),
			address: {
				'@type': 'PostalAddress',
				...(f.street || f.houseNumber
					? {
							streetAddress: [
								f.street ?? '',
								[f.houseNumber, f.orientationNumber].filter(Boolean).join('/')
							]
								.join(' ')
								.trim()
						}
					: {}),
				...(f.municipalityName ? { addressLocality: f.municipalityName } : {}),
				...(f.postcode ? { postalCode: f.postcode } : {}),
				...(f.krajName ? { addressRegion: f.krajName } : {}),
				addressCountry: 'CZ'
			},
			...(f.latitude !== null && f.longitude !== null
				? { geo: { '@type': 'GeoCoordinates', latitude: f.latitude, longitude: f.longitude } }
				: {})
		}));
	const areaServed = [
		...view.territory.municipalities,
		...view.territory.orp.map((o) => `ORP ${o}`),
		...view.territory.kraje
	].map((name) => ({ '@type': 'AdministrativeArea', name }));
	const phone = view.contacts.find((c) => c.type === 'phone');
	const email = view.contacts.find((c) => c.type === 'email');
	const web = view.contacts.find((c) => c.type === 'web');
	const channel: Json = {
		'@type': 'ServiceChannel',
		availableLanguage: ['cs'],
		...(phone || email
			? {
					servicePhone: {
						'@type': 'ContactPoint',
						...(phone ? { telephone: phone.value } : {}),
						...(email ? { email: email.value } : {})
					}
				}
			: {}),
		...(web?.href ? { serviceUrl: web.href } : {}),
		...(places.length ? { serviceLocation: places.length === 1 ? places[0] : places } : {})
	};
	return {
		'@context': 'https://schema.org',
		'@type': providerType === 'GovernmentOrganization' ? 'GovernmentService' : 'Service',
		'@id': `${url}#service`,
		url,
		identifier: view.registryId
			? [view.id, { '@type': 'PropertyValue', propertyID: 'CZ-RPSS', value: view.registryId }]
			: view.id,
		name: view.name,
		...(view.description ? { description: view.description } : {}),
		serviceType: view.paragraph ? `${view.kindLabel} (${view.paragraph})` : view.kindLabel,
		...(view.categoryLabel ? { category: view.categoryLabel } : {}),
		provider,
		...(areaServed.length ? { areaServed } : {}),
		...(view.targetGroups.length
			? {
					audience: view.targetGroups.map((g) => ({ '@type': 'PeopleAudience', audienceType: g }))
				}
			: {}),
		availableChannel: channel
	};
}

/** JSON for an inline `<script type="application/ld+json">`: `<`, `>`, `&` and line separators escaped. */
export function jsonLdScript(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
