/**
 * Tests only: a small catalogue written straight into the tables (the registry importer is
 * another area): providers, registry services with forms, capacities and facilities, one ended
 * service and the target-group code list.
 */
import { db } from '#lib/platform/db/client.server.ts';
import {
	capacities,
	codeListItems,
	facilities,
	providers,
	serviceForms,
	services
} from './catalogue.schema.ts';
import { serviceSearchText } from './search-text.ts';
import { serviceKindLabel } from './service-kinds.ts';

export interface CatalogueFixture {
	providerA: string;
	providerB: string;
	/** Provider without an active service (not published). */
	providerEnded: string;
	/** Active: §49 at two facilities (pob, continuous) with capacity; target group 24. */
	homeId: string;
	/** Active: §37 ambulant with ranges, provider B. */
	adviceId: string;
	/** Ended (never published). */
	endedId: string;
	facilityIds: string[];
}

let counter = 0;

/** IČO with a valid check digit built from a 7-digit stem. */
export function testIco(stem: number): string {
	const digits = String(stem).padStart(7, '0').slice(-7);
	let sum = 0;
	for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
	const r = sum % 11;
	return digits + String(r === 0 ? 1 : r === 1 ? 0 : 11 - r);
}

export async function createCatalogueFixture(
	options: { organisationId?: string | null } = {}
): Promise<CatalogueFixture> {
	const n = ++counter;
	const base = 1000000 + n * 1000 + Math.floor(Math.random() * 900);
	const tx = db();
	await tx
		.insert(codeListItems)
		.values([
			{ list: 'CilovaSkupinaOsoby', code: 'CilovaSkupinaOsoby/24', label: 'senioři', sort: 1 },
			{
				list: 'CilovaSkupinaOsoby',
				code: 'CilovaSkupinaOsoby/9',
				label: 'osoby se zdravotním postižením',
				sort: 2
			}
		])
		.onConflictDoNothing();
	const [a, b, c] = await tx
		.insert(providers)
		.values([
			{
				ico: testIco(base),
				name: `Domov Pohoda ${n}, příspěvková organizace`,
				legalForm: 'příspěvková organizace',
				city: 'Liberec',
				email: 'info@pohoda.example',
				phone: '+420 485 000 111',
				web: 'www.pohoda.example',
				organisationId: options.organisationId ?? null
			},
			{ ico: testIco(base + 1), name: `Poradna Most ${n}, z. ú.`, city: 'Ostrava', web: 'nic' },
			{ ico: testIco(base + 2), name: `Zaniklý spolek ${n}` }
		])
		.returning({ id: providers.id });
	const home = {
		providerId: a.id,
		registryId: String(base * 10).slice(0, 7),
		name: `Domov pro seniory Pohoda ${n}`,
		kindCode: '49',
		description: 'Pobytová služba pro seniory; „uvozovky“, čárky, a nový\nřádek.',
		targetGroupCodes: ['CilovaSkupinaOsoby/24'],
		email: 'domov@pohoda.example',
		phone: '485 000 222',
		web: 'https://pohoda.example/domov',
		contacts: [
			{ type: 'phone', value: '485 000 222', note: 'recepce' },
			{ type: 'email', value: 'domov@pohoda.example' }
		],
		orpCodes: ['5103'],
		krajCodes: ['78'],
		lastVerifiedOn: '2026-10-01'
	};
	const advice = {
		providerId: b.id,
		registryId: String(base * 10 + 1).slice(-7),
		name: `Občanská poradna Most ${n}`,
		kindCode: '37',
		description: null,
		email: 'poradna@most-.example',
		orpCodes: ['8110'],
		krajCodes: ['80']
	};
	const ended = {
		providerId: c.id,
		registryId: String(base * 10 + 2).slice(-7),
		name: `Ukončená služba ${n}`,
		kindCode: '40',
		status: 'ended' as const,
		endedAt: new Date()
	};
	const rows = await tx
		.insert(services)
		.values(
			[home, advice, ended].map((s) => ({
				...s,
				searchText: serviceSearchText({
					name: s.name,
					kindLabel: serviceKindLabel(s.kindCode),
					registryId: s.registryId,
					placeNames: ['Liberec']
				})
			}))
		)
		.returning({ id: services.id });
	const [homeId, adviceId, endedId] = rows.map((r) => r.id);
	await tx.insert(serviceForms).values([
		{ serviceId: homeId, form: 'pob', continuous: true },
		{
			serviceId: adviceId,
			form: 'amb',
			timeRanges: [
				{ day: 'pondělí', from: '8:00', to: '12:00' },
				{ denVTydnu: { id: 'DenVTydnu/1' }, casOd: '13:00', casDo: '17:00', poznamka: null },
				{ text: 'po domluvě' }
			]
		}
	]);
	await tx.insert(capacities).values([
		{ serviceId: homeId, form: 'pob', unit: 'luzka', count: '40' },
		{ serviceId: adviceId, form: 'amb', unit: 'klient', count: '3.5' }
	]);
	const facilityRows = await tx
		.insert(facilities)
		.values([
			{
				serviceId: homeId,
				name: 'Domov Pohoda – budova A',
				street: 'Lipová',
				houseNumber: '12',
				orientationNumber: '3',
				postcode: '46001',
				addressPointCode: '12345678',
				municipalityCode: '563889',
				municipalityName: 'Liberec',
				orpCode: '5103',
				krajCode: '78',
				latitude: 50.77,
				longitude: 15.05,
				sort: 0
			},
			{
				serviceId: homeId,
				name: null,
				municipalityName: 'Vratislavice nad Nisou',
				krajCode: null,
				sort: 1
			},
			{
				serviceId: adviceId,
				street: 'Hlavní',
				houseNumber: '1',
				municipalityName: 'Ostrava',
				postcode: '70200',
				krajCode: '80'
			},
			{ serviceId: endedId, municipalityName: 'Praha' }
		])
		.returning({ id: facilities.id });
	return {
		providerA: a.id,
		providerB: b.id,
		providerEnded: c.id,
		homeId,
		adviceId,
		endedId,
		facilityIds: facilityRows.map((f) => f.id)
	};
}
