/**
 * Read side of one service and one provider for the public catalogue: the service with its
 * provider, forms, capacities (per registration, form and unit), facilities and the labels of its
 * codes and territory — in a constant number of queries. Presented by `service.presenter.ts`.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { NotFoundError } from '#lib/platform/http/errors.ts';
import { isUuid } from '#lib/modules/organisation/index.ts';
import { capacities, facilities, providers, serviceForms, services } from './catalogue.schema.ts';
import {
	AGE_GROUP_LIST,
	loadCodeLabels,
	legalFormLabel,
	municipalityNames,
	TARGET_GROUP_LIST,
	territoryNames
} from './search.codes.server.ts';
import type { ServiceDetailData, ProviderDetailData } from './service.presenter.ts';
import './catalogue.permissions.ts';

const NOT_FOUND = 'Služba v katalogu neexistuje. Mohla být odstraněna, nebo je adresa chybná.';
const PROVIDER_NOT_FOUND = 'Poskytovatel v katalogu neexistuje.';

/** Everything the service detail page shows (public; ended services too, marked). */
export async function getServiceDetail(actor: Actor, id: string): Promise<ServiceDetailData> {
	authorize(actor, 'catalogue.public.read');
	if (!isUuid(id)) throw new NotFoundError(NOT_FOUND);
	const [row] = await db()
		.select({ service: services, provider: providers })
		.from(services)
		.innerJoin(providers, eq(providers.id, services.providerId))
		.where(eq(services.id, id));
	if (!row) throw new NotFoundError(NOT_FOUND);
	const [forms, caps, places, labels, names] = await Promise.all([
		db().select().from(serviceForms).where(eq(serviceForms.serviceId, id)),
		db().select().from(capacities).where(eq(capacities.serviceId, id)),
		db()
			.select()
			.from(facilities)
			.where(eq(facilities.serviceId, id))
			.orderBy(asc(facilities.sort), asc(facilities.id)),
		loadCodeLabels([TARGET_GROUP_LIST, AGE_GROUP_LIST]),
		municipalityNames(row.service.municipalityCodes)
	]);
	const territory = territoryNames();
	const s = row.service;
	return {
		service: {
			id: s.id,
			name: s.name,
			source: s.source,
			registryId: s.registryId,
			kindCode: s.kindCode,
			kindText: s.kindText,
			description: s.description,
			targetGroups: s.targetGroupCodes.map((c) => labels.label(TARGET_GROUP_LIST, c)),
			ageGroups: [...s.ageGroupCodes]
				.sort((a, b) => labels.sort(AGE_GROUP_LIST, a) - labels.sort(AGE_GROUP_LIST, b))
				.map((c) => labels.label(AGE_GROUP_LIST, c)),
			ageNote: s.ageNote,
			email: s.email,
			phone: s.phone,
			web: s.web,
			contacts: Array.isArray(s.contacts)
				? (s.contacts as ServiceDetailData['service']['contacts'])
				: [],
			validFrom: s.validFrom,
			validTo: s.validTo,
			status: s.status,
			endedAt: s.endedAt ? s.endedAt.toISOString() : null,
			lastVerifiedOn: s.lastVerifiedOn,
			updatedAt: s.updatedAt.toISOString(),
			territory: {
				kraje: s.krajCodes.map((c) => territory.kraj(c)),
				orp: s.orpCodes.map((c) => territory.orp(c)),
				municipalities: s.municipalityCodes.map((c) => names.get(c) ?? c)
			}
		},
		provider: {
			id: row.provider.id,
			name: row.provider.name,
			ico: row.provider.ico,
			legalForm: legalFormLabel(row.provider.legalForm),
			street: row.provider.street,
			city: row.provider.city,
			postcode: row.provider.postcode,
			email: row.provider.email,
			phone: row.provider.phone,
			web: row.provider.web,
			source: row.provider.source
		},
		forms: forms.map((f) => ({
			form: f.form,
			continuous: f.continuous,
			timeRanges: Array.isArray(f.timeRanges)
				? (f.timeRanges as ServiceDetailData['forms'][number]['timeRanges'])
				: []
		})),
		capacities: caps.map((c) => ({
			form: c.form,
			unit: c.unit,
			count: Number(c.count),
			note: c.note
		})),
		facilities: places.map((f) => ({
			id: f.id,
			name: f.name,
			street: f.street,
			houseNumber: f.houseNumber,
			orientationNumber: f.orientationNumber,
			addressNote: f.addressNote,
			postcode: f.postcode,
			municipalityName: f.municipalityName,
			krajName: f.krajCode ? territory.kraj(f.krajCode) : null,
			latitude: f.latitude,
			longitude: f.longitude,
			validTo: f.validTo
		}))
	};
}

/** A provider with its services (active first, then by name in Czech order). */
export async function getProviderDetail(actor: Actor, id: string): Promise<ProviderDetailData> {
	authorize(actor, 'catalogue.public.read');
	if (!isUuid(id)) throw new NotFoundError(PROVIDER_NOT_FOUND);
	const [provider] = await db().select().from(providers).where(eq(providers.id, id));
	if (!provider) throw new NotFoundError(PROVIDER_NOT_FOUND);
	const list = await db()
		.select({
			id: services.id,
			name: services.name,
			kindCode: services.kindCode,
			kindText: services.kindText,
			source: services.source,
			registryId: services.registryId,
			status: services.status
		})
		.from(services)
		.where(eq(services.providerId, id))
		.orderBy(
			sql`(${services.status} = 'ended')`,
			sql`public.catalogue_sort_key(${services.name}) collate "C"`,
			asc(services.id)
		)
		.limit(1000);
	const ids = list.map((s) => s.id);
	const formRows = ids.length
		? await db()
				.select({ serviceId: serviceForms.serviceId, form: serviceForms.form })
				.from(serviceForms)
				.where(and(inArray(serviceForms.serviceId, ids)))
		: [];
	const formsOf = new Map<string, string[]>();
	for (const f of formRows) formsOf.set(f.serviceId, [...(formsOf.get(f.serviceId) ?? []), f.form]);
	return {
		provider: {
			id: provider.id,
			name: provider.name,
			ico: provider.ico,
			legalForm: legalFormLabel(provider.legalForm),
			street: provider.street,
			city: provider.city,
			postcode: provider.postcode,
			email: provider.email,
			phone: provider.phone,
			web: provider.web,
			source: provider.source
		},
		services: list.map((s) => ({ ...s, forms: formsOf.get(s.id) ?? [] }))
	};
}
