/**
 * Tests only: insert catalogue rows directly (provider, service with forms, capacities and
 * facilities), with `searchText` built exactly as the importer builds it.
 */
import { eq } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import { capacities, facilities, providers, serviceForms, services } from './catalogue.schema.ts';
import { serviceSearchText } from './search-text.ts';
import { serviceKindLabel } from './service-kinds.ts';

export interface TestServiceInput {
	name: string;
	kindCode?: string | null;
	kindText?: string | null;
	provider?: { id?: string; name: string; ico?: string | null; legalForm?: string | null };
	source?: 'registry' | 'manual';
	registryId?: string | null;
	status?: 'active' | 'ended';
	description?: string | null;
	targetGroupCodes?: string[];
	ageGroupCodes?: string[];
	ageNote?: string | null;
	forms?: { form: string; continuous?: boolean; timeRanges?: unknown[] }[];
	capacities?: { form: string; unit: string; count: number; note?: string | null }[];
	facilities?: {
		name?: string | null;
		street?: string | null;
		houseNumber?: string | null;
		orientationNumber?: string | null;
		postcode?: string | null;
		municipalityCode?: string | null;
		municipalityName?: string | null;
		orpCode?: string | null;
		krajCode?: string | null;
		latitude?: number | null;
		longitude?: number | null;
		validTo?: string | null;
	}[];
	municipalityCodes?: string[];
	orpCodes?: string[];
	krajCodes?: string[];
	contacts?: unknown[];
	email?: string | null;
	phone?: string | null;
	web?: string | null;
	validFrom?: string | null;
	validTo?: string | null;
	lastVerifiedOn?: string | null;
	placeNames?: string[];
}

let icoCounter = 0;

/** Insert a provider (or reuse `provider.id`) and a service; returns both ids. */
export async function insertTestService(
	input: TestServiceInput
): Promise<{ id: string; providerId: string }> {
	const providerName = input.provider?.name ?? 'Poskytovatel, z. ú.';
	let providerId = input.provider?.id;
	if (!providerId) {
		const [provider] = await db()
			.insert(providers)
			.values({
				name: providerName,
				ico:
					input.provider?.ico === undefined ? String(10000000 + ++icoCounter) : input.provider.ico,
				legalForm: input.provider?.legalForm ?? 'zapsaný ústav',
				source: input.source ?? 'registry'
			})
			.returning({ id: providers.id });
		providerId = provider.id;
	} else {
		const [existing] = await db()
			.select({ name: providers.name })
			.from(providers)
			.where(eq(providers.id, providerId));
		if (!existing) throw new Error(`No provider ${providerId}`);
	}
	const facilityRows = input.facilities ?? [];
	const kindCode = input.kindCode === undefined ? '40' : input.kindCode;
	const [service] = await db()
		.insert(services)
		.values({
			providerId,
			source: input.source ?? 'registry',
			registryId:
				input.registryId === undefined
					? String(1000000 + Math.floor(Math.random() * 8999999))
					: input.registryId,
			name: input.name,
			kindCode,
			kindText: input.kindText ?? null,
			description: input.description ?? null,
			targetGroupCodes: input.targetGroupCodes ?? [],
			ageGroupCodes: input.ageGroupCodes ?? [],
			ageNote: input.ageNote ?? null,
			email: input.email ?? null,
			phone: input.phone ?? null,
			web: input.web ?? null,
			contacts: input.contacts ?? [],
			validFrom: input.validFrom ?? '2015-01-01',
			validTo: input.validTo ?? null,
			status: input.status ?? 'active',
			municipalityCodes: input.municipalityCodes ?? [
				...new Set(facilityRows.map((f) => f.municipalityCode).filter((c): c is string => !!c))
			],
			orpCodes: input.orpCodes ?? [
				...new Set(facilityRows.map((f) => f.orpCode).filter((c): c is string => !!c))
			],
			krajCodes: input.krajCodes ?? [
				...new Set(facilityRows.map((f) => f.krajCode).filter((c): c is string => !!c))
			],
			lastVerifiedOn: input.lastVerifiedOn ?? '2026-11-01',
			searchText: serviceSearchText({
				name: input.name,
				providerName,
				ico: input.provider?.ico,
				kindLabel: kindCode ? serviceKindLabel(kindCode) : input.kindText,
				registryId: input.registryId,
				placeNames: [...facilityRows.map((f) => f.municipalityName), ...(input.placeNames ?? [])]
			})
		})
		.returning({ id: services.id });
	if (input.forms?.length) {
		await db()
			.insert(serviceForms)
			.values(
				input.forms.map((f) => ({
					serviceId: service.id,
					form: f.form,
					continuous: f.continuous ?? false,
					timeRanges: f.timeRanges ?? []
				}))
			);
	}
	if (input.capacities?.length) {
		await db()
			.insert(capacities)
			.values(
				input.capacities.map((c) => ({
					serviceId: service.id,
					form: c.form,
					unit: c.unit,
					count: String(c.count),
					note: c.note ?? null
				}))
			);
	}
	if (facilityRows.length) {
		await db()
			.insert(facilities)
			.values(facilityRows.map((f, i) => ({ ...f, serviceId: service.id, sort: i })));
	}
	return { id: service.id, providerId };
}
