/**
 * Internal REST views of the catalogue (`/api/v1/providers`, `/api/v1/services`): zod schemas
 * documented in OpenAPI (tag "Katalog") and presenters that pick the fields explicitly.
 */
import { z } from 'zod';
import { pageQuery } from '#lib/platform/http/pagination.ts';
import { SERVICE_KIND_CODES, serviceKindLabel } from './service-kinds.ts';

const timestamp = () => z.iso.datetime({ offset: true });
const sourceEnum = z.enum(['registry', 'manual']).meta({
	description: 'registry = z registru poskytovatelů MPSV; manual = návazná služba mimo registr.'
});

export const CatalogueIdParams = z.object({
	id: z.uuid().meta({ description: 'Identifikátor (UUID, totožný s id v HSDS).' })
});

export const ProviderListQuery = pageQuery.extend({
	q: z.string().trim().max(200).optional().meta({ description: 'Název (bez diakritiky) nebo IČO.' })
});

export const ServiceListQuery = pageQuery.extend({
	kind: z
		.enum(SERVICE_KIND_CODES as [string, ...string[]])
		.optional()
		.meta({
			description: 'Druh služby: číslo paragrafu zákona 108/2006 Sb. („49“, „60a“) nebo „cdz“.'
		}),
	kraj: z
		.string()
		.regex(/^\d{2}$/)
		.optional()
		.meta({ description: 'Kód kraje (RÚIAN, dvě číslice, např. 78).' }),
	orp: z
		.string()
		.regex(/^\d{4}$/)
		.optional()
		.meta({ description: 'Kód ORP (ČSÚ, čtyři číslice, např. 5103).' }),
	status: z
		.enum(['active', 'ended'])
		.default('active')
		.meta({ description: 'active (výchozí) nebo ended (ukončené).' }),
	source: sourceEnum.optional(),
	text: z
		.string()
		.trim()
		.max(200)
		.optional()
		.meta({ description: 'Hledaný text (název, poskytovatel, druh, místo; bez diakritiky).' })
});

const providerFields = {
	id: z.uuid(),
	ico: z.string().nullable().meta({ description: 'IČO (8 číslic).' }),
	name: z.string(),
	legalForm: z.string().nullable(),
	city: z.string().nullable(),
	source: sourceEnum
};

export const ProviderSummarySchema = z
	.object({
		...providerFields,
		serviceCount: z.number().int().meta({ description: 'Počet aktivních služeb.' })
	})
	.meta({ id: 'CatalogueProviderSummary', description: 'Poskytovatel v seznamu.' });

const serviceSummaryFields = {
	id: z.uuid(),
	name: z.string(),
	source: sourceEnum,
	nonRegistered: z.boolean().meta({ description: 'Návazná služba mimo registr.' }),
	registryId: z.string().nullable().meta({ description: 'Identifikátor služby v registru.' }),
	kindCode: z.string().nullable(),
	kindLabel: z
		.string()
		.meta({ description: 'Druh služby („§ 49 Domovy pro seniory“) nebo druh návazné služby.' }),
	providerId: z.uuid(),
	providerName: z.string(),
	status: z.enum(['active', 'ended']),
	orpCodes: z.array(z.string()),
	krajCodes: z.array(z.string()),
	lastVerifiedOn: z.iso
		.date()
		.nullable()
		.meta({ description: 'Kdy byly údaje naposledy ověřeny.' }),
	updatedAt: timestamp()
};

export const ServiceSummarySchema = z
	.object(serviceSummaryFields)
	.meta({ id: 'CatalogueServiceSummary', description: 'Služba v seznamu.' });

export const ProviderDetailSchema = z
	.object({
		...providerFields,
		street: z.string().nullable(),
		postcode: z.string().nullable(),
		email: z.string().nullable(),
		phone: z.string().nullable(),
		web: z.string().nullable(),
		services: z.array(ServiceSummarySchema)
	})
	.meta({ id: 'CatalogueProviderDetail', description: 'Poskytovatel a všechny jeho služby.' });

export const ServiceDetailSchema = z
	.object({
		...serviceSummaryFields,
		kindText: z.string().nullable(),
		description: z.string().nullable(),
		email: z.string().nullable(),
		phone: z.string().nullable(),
		web: z.string().nullable(),
		targetGroupCodes: z.array(z.string()),
		ageGroupCodes: z.array(z.string()),
		ageNote: z.string().nullable(),
		validFrom: z.iso.date().nullable(),
		validTo: z.iso.date().nullable(),
		forms: z.array(z.object({ form: z.string(), continuous: z.boolean() })),
		capacities: z.array(
			z.object({
				form: z.string(),
				unit: z.string().meta({ description: 'klient, kontakt, interv, luzka, hovor.' }),
				count: z.number(),
				note: z.string().nullable()
			})
		),
		facilities: z.array(
			z.object({
				id: z.uuid(),
				name: z.string().nullable(),
				street: z.string().nullable(),
				houseNumber: z.string().nullable(),
				orientationNumber: z.string().nullable(),
				postcode: z.string().nullable(),
				municipalityCode: z.string().nullable(),
				municipalityName: z.string().nullable(),
				orpCode: z.string().nullable(),
				krajCode: z.string().nullable(),
				addressPointCode: z.string().nullable().meta({ description: 'Kód adresního místa RÚIAN.' }),
				latitude: z.number().nullable(),
				longitude: z.number().nullable()
			})
		),
		version: z.number().int().meta({ description: 'Verze záznamu pro optimistické zamykání.' })
	})
	.meta({ id: 'CatalogueServiceDetail', description: 'Úplný detail služby.' });

export const ServiceEditSchema = z
	.object({
		id: z.uuid(),
		serviceId: z.uuid(),
		status: z.enum(['pending', 'approved', 'rejected']),
		changes: z.object({
			description: z.string().nullable().optional(),
			email: z.string().nullable().optional(),
			phone: z.string().nullable().optional(),
			web: z.string().nullable().optional()
		}),
		decisionNote: z.string().nullable(),
		createdAt: timestamp(),
		version: z.number().int()
	})
	.meta({
		id: 'CatalogueServiceEdit',
		description: 'Návrh úpravy popisu a kontaktů; zveřejní se až po schválení koordinátorem.'
	});

/** Body of POST /api/v1/services and of PATCH on a non-registered service (as the form). */
export const ManualServiceBody = z
	.object({
		ico: z.string().meta({ description: 'IČO poskytovatele (kontrolní číslice se ověřuje).' }),
		providerName: z
			.string()
			.optional()
			.meta({ description: 'Název poskytovatele, pokud s tímto IČO v katalogu ještě není.' }),
		name: z.string(),
		kindText: z.string().meta({ description: 'Druh návazné služby, např. „dluhové poradenství“.' }),
		description: z.string().optional(),
		email: z.string().optional(),
		phone: z.string().optional(),
		web: z.string().optional(),
		forms: z.array(z.enum(['amb', 'pob', 'ter'])).optional(),
		street: z.string().optional(),
		houseNumber: z.string().optional(),
		postcode: z.string().optional(),
		city: z.string(),
		territory: z.string().meta({ description: 'Území: „kraj:78“ nebo „orp:5103“.' })
	})
	.meta({ id: 'CatalogueManualServiceInput' });

export const ServicePatchBody = z
	.object({
		version: z
			.number()
			.int()
			.optional()
			.meta({ description: 'Verze (povinná u úpravy návazné služby koordinátorem).' }),
		ico: z.string().optional(),
		providerName: z.string().optional(),
		name: z.string().optional(),
		kindText: z.string().optional(),
		description: z.string().optional(),
		email: z.string().optional(),
		phone: z.string().optional(),
		web: z.string().optional(),
		forms: z.array(z.enum(['amb', 'pob', 'ter'])).optional(),
		street: z.string().optional(),
		houseNumber: z.string().optional(),
		postcode: z.string().optional(),
		city: z.string().optional(),
		territory: z.string().optional()
	})
	.meta({
		id: 'CatalogueServicePatch',
		description:
			'Koordinátor u návazné služby posílá všechna pole formuláře a verzi. Poskytovatel (a koordinátor u služby z registru) posílá jen description, email, phone, web — vznikne návrh úpravy (202).'
	});

type Row = Record<string, unknown>;
interface ServiceLike {
	id: string;
	name: string;
	source: 'registry' | 'manual';
	registryId: string | null;
	kindCode: string | null;
	kindText: string | null;
	providerId: string;
	status: 'active' | 'ended';
	orpCodes: string[];
	krajCodes: string[];
	lastVerifiedOn: string | null;
	updatedAt: Date;
}

export function presentApiServiceSummary(
	s: ServiceLike,
	providerName: string
): z.output<typeof ServiceSummarySchema> {
	return {
		id: s.id,
		name: s.name,
		source: s.source,
		nonRegistered: s.source === 'manual',
		registryId: s.registryId,
		kindCode: s.kindCode,
		kindLabel: s.kindCode ? serviceKindLabel(s.kindCode) : (s.kindText ?? ''),
		providerId: s.providerId,
		providerName,
		status: s.status,
		orpCodes: s.orpCodes,
		krajCodes: s.krajCodes,
		lastVerifiedOn: s.lastVerifiedOn,
		updatedAt: s.updatedAt.toISOString()
	};
}

interface ProviderLike {
	id: string;
	ico: string | null;
	name: string;
	legalForm: string | null;
	city: string | null;
	source: 'registry' | 'manual';
	street: string | null;
	postcode: string | null;
	email: string | null;
	phone: string | null;
	web: string | null;
}

export function presentApiProviderSummary(
	p: ProviderLike & { serviceCount: number }
): z.output<typeof ProviderSummarySchema> {
	return {
		id: p.id,
		ico: p.ico,
		name: p.name,
		legalForm: p.legalForm,
		city: p.city,
		source: p.source,
		serviceCount: p.serviceCount
	};
}

export function presentApiProviderDetail(
	p: ProviderLike,
	list: ServiceLike[]
): z.output<typeof ProviderDetailSchema> {
	return {
		id: p.id,
		ico: p.ico,
		name: p.name,
		legalForm: p.legalForm,
		city: p.city,
		source: p.source,
		street: p.street,
		postcode: p.postcode,
		email: p.email,
		phone: p.phone,
		web: p.web,
		services: list.map((s) => presentApiServiceSummary(s, p.name))
	};
}

export function presentApiServiceDetail(d: {
	service: ServiceLike &
		Row & {
			description: string | null;
			email: string | null;
			phone: string | null;
			web: string | null;
			targetGroupCodes: string[];
			ageGroupCodes: string[];
			ageNote: string | null;
			validFrom: string | null;
			validTo: string | null;
			version: number;
		};
	provider: { name: string };
	forms: { form: string; continuous: boolean }[];
	capacities: { form: string; unit: string; count: string; note: string | null }[];
	facilities: {
		id: string;
		name: string | null;
		street: string | null;
		houseNumber: string | null;
		orientationNumber: string | null;
		postcode: string | null;
		municipalityCode: string | null;
		municipalityName: string | null;
		orpCode: string | null;
		krajCode: string | null;
		addressPointCode: string | null;
		latitude: number | null;
		longitude: number | null;
	}[];
}): z.output<typeof ServiceDetailSchema> {
	const s = d.service;
	return {
		...presentApiServiceSummary(s, d.provider.name),
		kindText: s.kindText,
		description: s.description,
		email: s.email,
		phone: s.phone,
		web: s.web,
		targetGroupCodes: s.targetGroupCodes,
		ageGroupCodes: s.ageGroupCodes,
		ageNote: s.ageNote,
		validFrom: s.validFrom,
		validTo: s.validTo,
		forms: d.forms.map((f) => ({ form: f.form, continuous: f.continuous })),
		capacities: d.capacities.map((c) => ({
			form: c.form,
			unit: c.unit,
			count: Number(c.count),
			note: c.note
		})),
		facilities: d.facilities.map((f) => ({
			id: f.id,
			name: f.name,
			street: f.street,
			houseNumber: f.houseNumber,
			orientationNumber: f.orientationNumber,
			postcode: f.postcode,
			municipalityCode: f.municipalityCode,
			municipalityName: f.municipalityName,
			orpCode: f.orpCode,
			krajCode: f.krajCode,
			addressPointCode: f.addressPointCode,
			latitude: f.latitude,
			longitude: f.longitude
		})),
		version: s.version
	};
}

export function presentApiServiceEdit(e: {
	id: string;
	serviceId: string;
	status: 'pending' | 'approved' | 'rejected';
	changes: unknown;
	decisionNote: string | null;
	createdAt: Date;
	version: number;
}): z.output<typeof ServiceEditSchema> {
	const changes = (e.changes ?? {}) as Record<string, string | null>;
	return {
		id: e.id,
		serviceId: e.serviceId,
		status: e.status,
		changes: Object.fromEntries(
			(['description', 'email', 'phone', 'web'] as const)
				.filter((k) => k in changes)
				.map((k) => [k, changes[k]])
		),
		decisionNote: e.decisionNote,
		createdAt: e.createdAt.toISOString(),
		version: e.version
	};
}
