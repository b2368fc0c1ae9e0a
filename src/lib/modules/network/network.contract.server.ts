/**
 * The network block's side of the contract with the intentions block (`network.contract.ts`):
 * applying an approved development intention to the network of its target year, the current
 * network capacity of a service (for decrease checks) and the category options of a region.
 */
import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { services } from '#lib/modules/catalogue/index.ts';
import { networkCategories, networkEntries, networks, type NetworkUnit } from './network.schema.ts';
import {
	unitOfForm,
	type ApprovedIntentionChange,
	type ServiceFormCode
} from './network.contract.ts';
import {
	ENTITY,
	NEGATIVE_MESSAGE,
	categoryByCode,
	createNetworkRow,
	entryCapacities,
	evenShares,
	loadRegion,
	round2,
	writeCapacities,
	writeTerritories,
	type CategoryRow,
	type NetworkRow
} from './network.write.server.ts';
import './network.permissions.ts';

const FORMS: readonly ServiceFormCode[] = ['amb', 'pob', 'ter'];

/**
 * Apply an approved intention inside the caller's (decision) transaction: find or create the
 * draft network of the region and year (a new one copies the latest earlier network), find the
 * category by code, create the entry or add the capacity deltas to the existing entry of that
 * service, set the decision and the intention. The caller has authorized the decision.
 */
export async function applyApprovedIntention(
	tx: Db,
	actor: Actor,
	change: ApprovedIntentionChange
): Promise<{ entryId: string; networkId: string }> {
	if (!change.decisionRef?.trim()) {
		throw new ValidationError({ decisionRef: ['Uveďte usnesení nebo jiné rozhodnutí.'] });
	}
	if (!Number.isInteger(change.year) || change.year < 2000 || change.year > 2100) {
		throw new ValidationError({ year: ['Rok sítě musí být mezi 2000 a 2100.'] });
	}
	for (const c of change.capacity) {
		if (!FORMS.includes(c.form) || !Number.isFinite(c.delta)) {
			throw new ValidationError({ capacity: ['Neplatná forma nebo změna kapacity.'] });
		}
	}
	const region = await loadRegion(tx, change.regionAreaId);
	const category = await categoryByCode(tx, region.id, change.categoryCode, change.year);

	let service: { id: string; kindCode: string | null; orpCodes: string[] } | undefined;
	if (change.serviceId) {
		[service] = await tx
			.select({ id: services.id, kindCode: services.kindCode, orpCodes: services.orpCodes })
			.from(services)
			.where(eq(services.id, change.serviceId));
		if (!service) throw new ValidationError({ serviceId: ['Služba v katalogu neexistuje.'] });
	} else if (!change.plannedName?.trim()) {
		throw new ValidationError({ plannedName: ['Uveďte název nové (plánované) služby.'] });
	}

	let [network] = await tx
		.select()
		.from(networks)
		.where(and(eq(networks.regionAreaId, region.id), eq(networks.year, change.year)));
	if (!network) {
		network = (
			await createNetworkRow(tx, actor, {
				regionAreaId: region.id,
				regionName: region.name,
				year: change.year
			})
		).network;
	}

	const [existing] = change.serviceId
		? await tx
				.select()
				.from(networkEntries)
				.where(
					and(
						eq(networkEntries.networkId, network.id),
						eq(networkEntries.serviceId, change.serviceId)
					)
				)
		: await tx
				.select()
				.from(networkEntries)
				.where(
					and(
						eq(networkEntries.networkId, network.id),
						eq(networkEntries.intentionId, change.intentionId)
					)
				);

	const current = existing ? await entryCapacities(tx, existing.id) : new Map<string, number>();
	const next = new Map(current);
	for (const c of change.capacity) {
		const amount = round2((next.get(c.form) ?? 0) + c.delta);
		if (amount < 0) throw new ValidationError({ capacity: [NEGATIVE_MESSAGE] });
		next.set(c.form, amount);
	}

	const entryValues = {
		categoryId: category.id,
		decisionRef: change.decisionRef.trim(),
		intentionId: change.intentionId
	};
	let entryId: string;
	if (existing) {
		await auditedUpdate(tx, actor, networkEntries, ENTITY.entry, existing.id, entryValues, {
			areaId: region.id,
			action: 'intention'
		});
		entryId = existing.id;
	} else {
		const created = await auditedInsert(
			tx,
			actor,
			networkEntries,
			ENTITY.entry,
			{
				networkId: network.id,
				serviceId: change.serviceId,
				plannedName: change.serviceId ? null : (change.plannedName?.trim() ?? null),
				providerOrganisationId: change.providerOrganisationId ?? null,
				kindCode: service?.kindCode ?? change.kindCode,
				...entryValues
			},
			{ areaId: region.id }
		);
		entryId = created.id;
	}
	await writeCapacities(
		tx,
		actor,
		entryId,
		[...next.entries()].map(([form, amount]) => ({ form: form as ServiceFormCode, amount })),
		region.id
	);
	if (change.territory) {
		await writeTerritories(tx, actor, entryId, change.territory, region.id);
	} else if (!existing && service?.orpCodes.length) {
		await writeTerritories(tx, actor, entryId, evenShares(service.orpCodes, 'orp'), region.id);
	}
	return { entryId, networkId: network.id };
}

/**
 * The network of a region whose capacity counts for `year`: the network of that year (published,
 * or the draft when it is not published yet — the draft is the latest decided state, e.g. after an
 * approved intention), else the latest earlier network (the next year starts as the previous one).
 */
export async function effectiveNetwork(
	regionAreaId: string,
	year: number,
	target: Db = db()
): Promise<NetworkRow | null> {
	const [row] = await target
		.select()
		.from(networks)
		.where(and(eq(networks.regionAreaId, regionAreaId), lte(networks.year, year)))
		.orderBy(desc(networks.year))
		.limit(1);
	return row ?? null;
}

/** Current network capacity of a service per form (the intentions block checks decreases with it). */
export async function currentNetworkCapacity(
	serviceId: string,
	regionAreaId: string,
	year: number
): Promise<{ form: string; unit: NetworkUnit; amount: number }[]> {
	const network = await effectiveNetwork(regionAreaId, year);
	if (!network) return [];
	const [entry] = await db()
		.select({ id: networkEntries.id, isReservoir: networkCategories.isReservoir })
		.from(networkEntries)
		.innerJoin(networkCategories, eq(networkCategories.id, networkEntries.categoryId))
		.where(and(eq(networkEntries.networkId, network.id), eq(networkEntries.serviceId, serviceId)));
	if (!entry || entry.isReservoir) return [];
	const caps = await entryCapacities(db(), entry.id);
	return FORMS.filter((f) => caps.has(f)).map((form) => ({
		form,
		unit: unitOfForm(form),
		amount: caps.get(form) ?? 0
	}));
}

/** Categories of a region for option lists, in their order (with validity for filtering). */
export async function listNetworkCategories(regionAreaId: string): Promise<CategoryRow[]> {
	return db()
		.select()
		.from(networkCategories)
		.where(eq(networkCategories.regionAreaId, regionAreaId))
		.orderBy(asc(networkCategories.sortOrder), asc(networkCategories.name));
}
