import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonLdScript, organisationType, serviceJsonLd } from './service.jsonld.ts';
import { serviceDetailView } from './service.presenter.ts';
import { sampleDetail } from './service.fixture.ts';

const PostalAddress = z.object({
	'@type': z.literal('PostalAddress'),
	streetAddress: z.string().optional(),
	addressLocality: z.string(),
	postalCode: z.string().optional(),
	addressRegion: z.string().optional(),
	addressCountry: z.literal('CZ')
});
const Place = z.object({
	'@type': z.literal('Place'),
	name: z.string().optional(),
	address: PostalAddress,
	geo: z
		.object({ '@type': z.literal('GeoCoordinates'), latitude: z.number(), longitude: z.number() })
		.optional()
});
const Organization = z.object({
	'@type': z.enum(['NGO', 'GovernmentOrganization', 'Organization']),
	name: z.string(),
	identifier: z
		.object({
			'@type': z.literal('PropertyValue'),
			propertyID: z.literal('CZ-ICO'),
			value: z.string().regex(/^\d{8}$/)
		})
		.optional()
});
const ServiceLd = z.object({
	'@context': z.literal('https://schema.org'),
	'@type': z.enum(['Service', 'GovernmentService']),
	'@id': z.string().endsWith('#service'),
	url: z.url(),
	name: z.string(),
	serviceType: z.string(),
	provider: Organization,
	areaServed: z.array(z.object({ '@type': z.literal('AdministrativeArea'), name: z.string() })),
	availableChannel: z.object({
		'@type': z.literal('ServiceChannel'),
		serviceLocation: z.union([Place, z.array(Place)]).optional()
	})
});

const URL_ = 'https://souhra.example/katalog/sluzby/3f2b8c1e-1111-4a4a-8b8b-000000000001';

describe('service JSON-LD', () => {
	it('has the schema.org shape: GovernmentService of a public provider with IČO, places and area served', () => {
		const ld = serviceJsonLd(serviceDetailView(sampleDetail(), new Date('2026-11-22')), URL_);
		const parsed = ServiceLd.parse(ld);
		expect(parsed['@type']).toBe('GovernmentService');
		expect(parsed.provider).toMatchObject({
			'@type': 'GovernmentOrganization',
			identifier: { propertyID: 'CZ-ICO', value: '00000027' }
		});
		expect(parsed.serviceType).toBe('Domovy pro seniory (§ 49)');
		const places = parsed.availableChannel.serviceLocation as z.infer<typeof Place>[];
		expect(places).toHaveLength(2); // the ended facility is left out
		expect(places[0]).toMatchObject({
			address: {
				streetAddress: 'Tanvaldská 1/12a',
				addressLocality: 'Liberec',
				postalCode: '46311'
			},
			geo: { latitude: 50.75, longitude: 15.09 }
		});
		expect(places[1].geo).toBeUndefined();
		expect(parsed.areaServed.map((a) => a.name)).toEqual([
			'Liberec',
			'ORP Liberec',
			'Liberecký kraj'
		]);
	});

	it('an NGO provider gives a Service', () => {
		const detail = sampleDetail();
		detail.provider.legalForm = 'Obecně prospěšná společnost';
		detail.provider.name = 'TyfloCentrum Liberec, o. p. s.';
		const ld = ServiceLd.parse(serviceJsonLd(serviceDetailView(detail), URL_));
		expect(ld['@type']).toBe('Service');
		expect(ld.provider['@type']).toBe('NGO');
		expect(organisationType(null, 'Statutární město Liberec')).toBe('GovernmentOrganization');
		expect(organisationType(null, 'Charita Valašské Meziříčí')).toBe('NGO');
		expect(organisationType('Společnost s ručením omezeným', 'Senior s.r.o.')).toBe('Organization');
	});

	it('is safe inside a script element', () => {
		const detail = sampleDetail({ description: 'Konec </script><script>alert(1)</script> & ' });
		const text = jsonLdScript(serviceJsonLd(serviceDetailView(detail), URL_));
		expect(text).not.toContain('</script');
		expect(text).not.toContain('<');
		expect(JSON.parse(text).description).toBe('Konec </script><script>alert(1)</script> & ');
	});
});
