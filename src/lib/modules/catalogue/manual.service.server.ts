/**
 * Non-registered services (návazné služby) entered by coordinators: create, edit (optimistic
 * locking), "Potvrdit aktuálnost" for any service, and the coordinators' overview. Registry
 * services are never edited here — only through providers' approved edits.
 */
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import {
	auditedInsert,
	auditedUpdate,
	listHistory,
	type AuditEntry
} from '#lib/platform/audit/audit.server.ts';
import { users } from '#lib/platform/auth/auth.schema.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { ConflictError, NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { fields, parseInput } from '#lib/platform/http/validation.ts';
import { isUuid, territoryChoice, territoryGroups } from '#lib/modules/organisation/index.ts';
import { z } from 'zod';
import { facilities, providers, serviceEdits, serviceForms, services } from './catalogue.schema.ts';
import { serviceSearchText } from './search-text.ts';
import {
	EDIT_FIELDS,
	ManualServiceInput,
	ManualServiceUpdate,
	type ManualServiceData
} from './manual.validation.ts';
import './catalogue.permissions.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';

export const SERVICE_ENTITY = 'catalogue.service';
export const PROVIDER_ENTITY = 'catalogue.provider';
export const FACILITY_ENTITY = 'catalogue.facility';

export type CatalogueService = typeof services.$inferSelect;
export type CatalogueProvider = typeof providers.$inferSelect;
type Facility = typeof facilities.$inferSelect;

const NOT_FOUND = 'Služba nebyla nalezena.';

function territoryOf(data: ManualServiceData) {
	const choice = territoryChoice(data.territory);
	if (!choice) {
		throw new ValidationError({ territory: ['Vyberte kraj nebo obvod ORP ze seznamu.'] });
	}
	const krajCode = choice.kind === 'kraj' ? choice.code : (choice.kraj?.code ?? null);
	const orpCode = choice.kind === 'orp' ? choice.code : null;
	return { choice, krajCode, orpCode };
}

/** The provider with this IČO, or a new manual provider (its name is then required). */
async function providerFor(
	tx: Db,
	actor: Actor,
	data: ManualServiceData
): Promise<CatalogueProvider> {
	const [existing] = await tx.select().from(providers).where(eq(providers.ico, data.ico));
	if (existing) return existing;
	if (!data.providerName) {
		throw new ValidationError({
			providerName: [`Poskytovatel s IČO ${data.ico} v katalogu není — zadejte jeho název.`]
		});
	}
	return auditedInsert(tx, actor, providers, PROVIDER_ENTITY, {
		ico: data.ico,
		name: data.providerName,
		city: data.city,
		source: 'manual'
	});
}

function serviceValues(data: ManualServiceData, provider: CatalogueProvider) {
	const { choice, krajCode, orpCode } = territoryOf(data);
	const contacts = [
		...(data.email ? [{ type: 'email', value: data.email }] : []),
		...(data.phone ? [{ type: 'phone', value: data.phone }] : []),
		...(data.web ? [{ type: 'web', value: data.web }] : [])
	];
	return {
		providerId: provider.id,
		source: 'manual' as const,
		name: data.name,
		kindCode: null,
		kindText: data.kindText,
		description: data.description,
		email: data.email,
		phone: data.phone,
		web: data.web,
		contacts,
		orpCodes: orpCode ? [orpCode] : [],
		krajCodes: krajCode ? [krajCode] : [],
		searchText: serviceSearchText({
			name: data.name,
			providerName: provider.name,
			ico: provider.ico,
			kindLabel: data.kindText,
			placeNames: [data.city, choice.name, choice.kraj?.name]
		})
	};
}

function facilityValues(data: ManualServiceData) {
	const { krajCode, orpCode } = territoryOf(data);
	return {
		street: data.street,
		houseNumber: data.houseNumber,
		postcode: data.postcode,
		municipalityName: data.city,
		orpCode,
		krajCode,
		sort: 0
	};
}

async function replaceForms(tx: Db, serviceId: string, forms: string[]): Promise<void> {
	await tx.delete(serviceForms).where(eq(serviceForms.serviceId, serviceId));
	if (forms.length) {
		await tx.insert(serviceForms).values(forms.map((form) => ({ serviceId, form })));
	}
}

/** Add a non-registered service (coordinator). */
export async function createManualService(actor: Actor, input: unknown): Promise<CatalogueService> {
	authorize(actor, 'catalogue.manage');
	const data = parseInput(ManualServiceInput, input);
	return db().transaction(async (tx) => {
		const provider = await providerFor(tx, actor, data);
		const service = await auditedInsert(tx, actor, services, SERVICE_ENTITY, {
			...serviceValues(data, provider),
			status: 'active',
			lastVerifiedOn: pragueDay()
		});
		await auditedInsert(tx, actor, facilities, FACILITY_ENTITY, {
			...facilityValues(data),
			serviceId: service.id
		});
		await replaceForms(tx, service.id, data.forms);
		return service;
	});
}

async function lockedService(tx: Db, id: string): Promise<CatalogueService> {
	if (!isUuid(id)) throw new NotFoundError(NOT_FOUND);
	const [row] = await tx.select().from(services).where(eq(services.id, id));
	if (!row) throw new NotFoundError(NOT_FOUND);
	return row;
}

/** Edit a non-registered service (coordinator); a stale `version` is a 409 conflict. */
export async function updateManualService(
	actor: Actor,
	id: string,
	input: unknown
): Promise<CatalogueService> {
	authorize(actor, 'catalogue.manage');
	const { version, ...data } = parseInput(ManualServiceUpdate, input);
	return db().transaction(async (tx) => {
		const current = await lockedService(tx, id);
		if (current.source !== 'manual') {
			throw new ValidationError(
				{},
				'Službu z registru poskytovatelů nelze upravit přímo; změny popisu a kontaktů navrhuje poskytovatel.'
			);
		}
		if (current.version !== version) throw new ConflictError(undefined, current);
		const provider = await providerFor(tx, actor, data);
		const service = await auditedUpdate(
			tx,
			actor,
			services,
			SERVICE_ENTITY,
			id,
			serviceValues(data, provider),
			{ expectedVersion: version }
		);
		const [facility] = await tx
			.select()
			.from(facilities)
			.where(eq(facilities.serviceId, id))
			.orderBy(asc(facilities.sort), asc(facilities.id))
			.limit(1);
		if (facility) {
			await auditedUpdate(
				tx,
				actor,
				facilities,
				FACILITY_ENTITY,
				facility.id,
				facilityValues(data)
			);
		} else {
			await auditedInsert(tx, actor, facilities, FACILITY_ENTITY, {
				...facilityValues(data),
				serviceId: id
			});
		}
		await replaceForms(tx, id, data.forms);
		return service;
	});
}

/** "Potvrdit aktuálnost": the coordinator checked the record today (any service). */
export async function confirmServiceVerified(
	actor: Actor,
	id: string,
	input: unknown
): Promise<CatalogueService> {
	authorize(actor, 'catalogue.manage');
	const { version } = parseInput(z.object({ version: fields.version() }), input);
	return db().transaction(async (tx) => {
		await lockedService(tx, id);
		return auditedUpdate(
			tx,
			actor,
			services,
			SERVICE_ENTITY,
			id,
			{ lastVerifiedOn: pragueDay() },
			{ expectedVersion: version, action: 'verify' }
		);
	});
}

export interface ManagedService {
	service: CatalogueService;
	provider: CatalogueProvider;
	facility: Facility | null;
	forms: string[];
	pendingEdits: number;
	history: AuditEntry[];
}

/** A service for the coordinator's page: provider, first facility, forms, pending edits, history. */
export async function getManagedService(actor: Actor, id: string): Promise<ManagedService> {
	authorize(actor, 'catalogue.manage');
	if (!isUuid(id)) throw new NotFoundError(NOT_FOUND);
	const [row] = await db()
		.select({ service: services, provider: providers })
		.from(services)
		.innerJoin(providers, eq(providers.id, services.providerId))
		.where(eq(services.id, id));
	if (!row) throw new NotFoundError(NOT_FOUND);
	const [facilityRows, formRows, [{ n }], history] = await Promise.all([
		db()
			.select()
			.from(facilities)
			.where(eq(facilities.serviceId, id))
			.orderBy(asc(facilities.sort), asc(facilities.id))
			.limit(1),
		db()
			.select({ form: serviceForms.form })
			.from(serviceForms)
			.where(eq(serviceForms.serviceId, id)),
		db()
			.select({ n: count() })
			.from(serviceEdits)
			.where(and(eq(serviceEdits.serviceId, id), eq(serviceEdits.status, 'pending'))),
		listHistory(SERVICE_ENTITY, id)
	]);
	return {
		...row,
		facility: facilityRows[0] ?? null,
		forms: formRows.map((f) => f.form).sort(),
		pendingEdits: n,
		history
	};
}

export interface AdminOverview {
	pendingEdits: {
		id: string;
		serviceId: string;
		serviceName: string;
		providerName: string;
		proposedByName: string | null;
		createdAt: Date;
		fields: string[];
	}[];
	manualServices: {
		id: string;
		name: string;
		kindText: string | null;
		providerName: string;
		status: 'active' | 'ended';
		lastVerifiedOn: string | null;
	}[];
	manualTotal: number;
	page: number;
	pageSize: number;
	registryTotal: number;
}

/** The coordinators' overview: pending provider edits (oldest first) and manual services (paged). */
export async function getCatalogueAdminOverview(
	actor: Actor,
	query: { page?: number } = {}
): Promise<AdminOverview> {
	authorize(actor, 'catalogue.manage');
	const pageSize = 25;
	const page = Math.max(1, Math.floor(query.page ?? 1) || 1);
	const [edits, manual, [{ n: manualTotal }], [{ n: registryTotal }]] = await Promise.all([
		db()
			.select({
				id: serviceEdits.id,
				serviceId: serviceEdits.serviceId,
				serviceName: services.name,
				providerName: providers.name,
				proposedByName: users.name,
				createdAt: serviceEdits.createdAt,
				changes: serviceEdits.changes
			})
			.from(serviceEdits)
			.innerJoin(services, eq(services.id, serviceEdits.serviceId))
			.innerJoin(providers, eq(providers.id, services.providerId))
			.leftJoin(users, eq(users.id, serviceEdits.proposedById))
			.where(eq(serviceEdits.status, 'pending'))
			.orderBy(asc(serviceEdits.createdAt), asc(serviceEdits.id))
			.limit(200),
		db()
			.select({
				id: services.id,
				name: services.name,
				kindText: services.kindText,
				providerName: providers.name,
				status: services.status,
				lastVerifiedOn: services.lastVerifiedOn
			})
			.from(services)
			.innerJoin(providers, eq(providers.id, services.providerId))
			.where(eq(services.source, 'manual'))
			.orderBy(sql`lower(unaccent(${services.name}))`, asc(services.id))
			.limit(pageSize)
			.offset((page - 1) * pageSize),
		db().select({ n: count() }).from(services).where(eq(services.source, 'manual')),
		db().select({ n: count() }).from(services).where(eq(services.source, 'registry'))
	]);
	return {
		pendingEdits: edits.map(({ changes, ...e }) => ({
			...e,
			fields: EDIT_FIELDS.filter((f) => f in ((changes ?? {}) as Record<string, unknown>))
		})),
		manualServices: manual,
		manualTotal,
		page,
		pageSize,
		registryTotal
	};
}

/** Options of the territory select: each kraj, then its ORP districts. */
export function territoryOptions(): { value: string; label: string }[] {
	return territoryGroups().flatMap((g) =>
		g.options.map((o) => ({
			value: o.value,
			label: o.value.startsWith('kraj:')
				? o.label
				: `${territoryChoice(o.value)?.name ?? o.label} (${g.kraj.name})`
		}))
	);
}
