/** Tests only: a service detail as `getServiceDetail` returns it (public provider, 3 facilities). */
import type { ServiceDetailData } from './service.presenter.ts';

export function sampleDetail(
	overrides: Partial<ServiceDetailData['service']> = {}
): ServiceDetailData {
	return {
		service: {
			id: '3f2b8c1e-1111-4a4a-8b8b-000000000001',
			name: 'Domov pro seniory Vratislavice',
			source: 'registry',
			registryId: '1234567',
			kindCode: '49',
			kindText: null,
			description: 'Celoroční pobyt a péče.',
			targetGroups: ['senioři'],
			ageGroups: ['mladší senioři (65–80 let)', 'starší senioři (nad 80 let)'],
			ageNote: 'od 65 let',
			email: 'domov@example.cz',
			phone: '+420 485 000 000',
			web: 'www.domov.example.cz',
			contacts: [
				{ type: 'email', value: 'domov@example.cz' },
				{ type: 'phone', value: '+420 777 000 111', note: 'sociální pracovnice' }
			],
			validFrom: '2007-01-01',
			validTo: null,
			status: 'active',
			endedAt: null,
			lastVerifiedOn: '2026-11-01',
			updatedAt: '2026-11-01T10:00:00.000Z',
			territory: { kraje: ['Liberecký kraj'], orp: ['Liberec'], municipalities: ['Liberec'] },
			...overrides
		},
		provider: {
			id: '3f2b8c1e-1111-4a4a-8b8b-000000000002',
			name: 'Domov pro seniory Vratislavice, příspěvková organizace',
			ico: '00000027',
			legalForm: 'Příspěvková organizace',
			street: 'Tanvaldská 1',
			city: 'Liberec',
			postcode: '46311',
			email: null,
			phone: null,
			web: 'https://domov.example.cz',
			source: 'registry'
		},
		forms: [{ form: 'pob', continuous: true, timeRanges: [] }],
		capacities: [
			{ form: 'pob', unit: 'luzka', count: 1, note: null },
			{ form: 'pob', unit: 'klient', count: 5, note: 'z toho 2 na odlehčení' }
		],
		facilities: [
			{
				id: 'f1',
				name: 'Domov Vratislavice',
				street: 'Tanvaldská',
				houseNumber: '1',
				orientationNumber: '12a',
				addressNote: null,
				postcode: '46311',
				municipalityName: 'Liberec',
				krajName: 'Liberecký kraj',
				latitude: 50.75,
				longitude: 15.09,
				validTo: null
			},
			{
				id: 'f2',
				name: 'Odloučené pracoviště',
				street: null,
				houseNumber: '77',
				orientationNumber: null,
				addressNote: 'vchod ze dvora',
				postcode: null,
				municipalityName: 'Stráž nad Nisou',
				krajName: 'Liberecký kraj',
				latitude: null,
				longitude: null,
				validTo: null
			},
			{
				id: 'f3',
				name: 'Zrušené místo',
				street: 'Stará',
				houseNumber: '3',
				orientationNumber: null,
				addressNote: null,
				postcode: '46001',
				municipalityName: 'Liberec',
				krajName: 'Liberecký kraj',
				latitude: 50.7,
				longitude: 15.0,
				validTo: '2020-12-31'
			}
		]
	};
}
