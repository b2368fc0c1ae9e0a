/**
 * Transaction-level writes of the network block, shared by the management services, the contract
 * for the intentions block (`applyApprovedIntention`) and the demo seeder. Callers authorize
 * `network.manage` on the region first and run these inside `db().transaction`. Every row is
 * audited: capacities and territory are child rows, recorded as one `capacity` / `territory`
 * audit entry of their network entry (so the entry's history shows them).
 */
import { and, asc, desc, eq, lt } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { auditedInsert, recordAudit } from '#lib/platform/audit/audit.server.ts';
import type { Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { areas } from '#lib/modules/organisation/index.ts';
import {
	networkCategories,
	networkEntries,
	networkEntryCapacities,
	networkEntryTerritories,
	networks
} from './network.schema.ts';
import { unitOfForm, type ServiceFormCode } from './network.contract.ts';

export const ENTITY = {
	category: 'network.category',
	network: 'network.network',
	entry: 'network.entry'
} as const;

export type NetworkRow = typeof networks.$inferSelect;
export type CategoryRow = typeof networkCategories.$inferSelect;
export type EntryRow = typeof networkEntries.$inferSelect;

export interface CapacityLine {
	form: ServiceFormCode;
	amount: number;
}
export interface TerritoryLine {
	level: 'orp' | 'obec';
	code: string;
	sharePercent: number;
}

export const SHARES_MESSAGE = 'Podíly kapacity na území musí dát dohromady 100 %.';
export const NEGATIVE_MESSAGE = 'Snížení kapacity je větší než současná kapacita služby v síti.';

/** "Liberecký kraj" → "Libereckého kraje" (title of a network: "Síť sociálních služeb Libereckého kraje"). */
export function regionGenitive(name: string): string {
	if (name === 'Hlavní město Praha') return 'hlavního města Prahy';
	if (name === 'Kraj Vysočina') return 'Kraje Vysočina';
	const m = /^(.*)ý kraj$/.exec(name);
	return m ? `${m[1]}ého kraje` : name;
}

export function networkTitle(regionName: string, year: number): string {
	return `Síť sociálních služeb ${regionGenitive(regionName)} na rok ${year}`;
}

/** Round to 2 decimals as the numeric columns store them. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;
export const num = (v: string | number | null | undefined): number =>
	v === null || v === undefined || v === '' ? 0 : Number(v);

/** Czech errors for territory shares: each 0–100, no duplicates, sum exactly 100 (when any). */
export function territoryErrors(lines: TerritoryLine[]): string[] {
	if (lines.length === 0) return [];
	const errors: string[] = [];
	const seen = new Set<string>();
	for (const l of lines) {
		const key = `${l.level}:${l.code}`;
		if (seen.has(key)) errors.push(`Území ${l.code} je uvedeno dvakrát.`);
		seen.add(key);
		if (!(l.sharePercent > 0 && l.sharePercent <= 100)) {
			errors.push(`Podíl území ${l.code} musí být větší než 0 a nejvýše 100 %.`);
		}
	}
	const sum = round2(lines.reduce((s, l) => s + l.sharePercent, 0));
	if (Math.abs(sum - 100) > 0.001) {
		errors.push(`${SHARES_MESSAGE} Nyní je součet ${String(sum).replace('.', ',')} %.`);
	}
	return errors;
}

/** Split 100 % evenly across codes (two decimals; the last takes the remainder). */
export function evenShares(codes: string[], level: 'orp' | 'obec'): TerritoryLine[] {
	if (codes.length === 0) return [];
	const each = Math.floor(10000 / codes.length) / 100;
	return codes.map((code, i) => ({
		level,
		code,
		sharePercent: i === codes.length - 1 ? round2(100 - each * (codes.length - 1)) : each
	}));
}

export async function loadRegion(tx: Db, regionAreaId: string) {
	const [region] = await tx.select().from(areas).where(eq(areas.id, regionAreaId));
	if (!region) throw new NotFoundError('Kraj nebyl nalezen.');
	if (region.kind !== 'kraj') {
		throw new ValidationError({ regionAreaId: ['Síť služeb se vede jen pro kraj.'] });
	}
	return region;
}

/** The category with `code` in the region; Czech errors when missing or not valid in `year`. */
export async function categoryByCode(
	tx: Db,
	regionAreaId: string,
	code: string,
	year: number,
	field = 'categoryCode'
): Promise<CategoryRow> {
	const [category] = await tx
		.select()
		.from(networkCategories)
		.where(and(eq(networkCategories.regionAreaId, regionAreaId), eq(networkCategories.code, code)));
	if (!category) {
		throw new ValidationError({ [field]: [`Kategorie sítě „${code}“ v tomto kraji neexistuje.`] });
	}
	assertCategoryValid(category, year, field);
	return category;
}

export function categoryValidIn(category: CategoryRow, year: number): boolean {
	return (
		(category.validFromYear === null || category.validFromYear <= year) &&
		(category.validToYear === null || category.validToYear >= year)
	);
}

export function assertCategoryValid(category: CategoryRow, year: number, field = 'categoryId') {
	if (!categoryValidIn(category, year)) {
		const range = `${category.validFromYear ?? '…'}–${category.validToYear ?? '…'}`;
		throw new ValidationError({
			[field]: [`Kategorie „${category.name}“ platí jen v letech ${range}, ne v roce ${year}.`]
		});
	}
}

/** Capacities of an entry by form. */
export async function entryCapacities(tx: Db, entryId: string): Promise<Map<string, number>> {
	const rows = await tx
		.select()
		.from(networkEntryCapacities)
		.where(eq(networkEntryCapacities.entryId, entryId));
	return new Map(rows.map((r) => [r.form, num(r.amount)]));
}

export async function entryTerritories(tx: Db, entryId: string): Promise<TerritoryLine[]> {
	const rows = await tx
		.select()
		.from(networkEntryTerritories)
		.where(eq(networkEntryTerritories.entryId, entryId))
		.orderBy(asc(networkEntryTerritories.level), asc(networkEntryTerritories.code));
	return rows.map((r) => ({
		level: r.level as 'orp' | 'obec',
		code: r.code,
		sharePercent: num(r.sharePercent)
	}));
}

const capacityJson = (m: Map<string, number>) =>
	Object.fromEntries([...m.entries()].sort(([a], [b]) => a.localeCompare(b)));

/** Replace an entry's capacities (zero lines dropped) and audit the change. */
export async function writeCapacities(
	tx: Db,
	actor: Actor,
	entryId: string,
	lines: CapacityLine[],
	areaId: string | null
): Promise<void> {
	const before = await entryCapacities(tx, entryId);
	for (const l of lines) {
		if (l.amount < 0) throw new ValidationError({ capacity: [NEGATIVE_MESSAGE] });
	}
	const after = new Map(lines.filter((l) => l.amount > 0).map((l) => [l.form, round2(l.amount)]));
	if (JSON.stringify(capacityJson(before)) === JSON.stringify(capacityJson(after))) return;
	await tx.delete(networkEntryCapacities).where(eq(networkEntryCapacities.entryId, entryId));
	if (after.size) {
		await tx.insert(networkEntryCapacities).values(
			[...after.entries()].map(([form, amount]) => ({
				entryId,
				form,
				unit: unitOfForm(form as ServiceFormCode),
				amount: amount.toFixed(2)
			}))
		);
	}
	await recordAudit(tx, actor, {
		entityType: ENTITY.entry,
		entityId: entryId,
		action: 'capacity',
		before: { capacity: capacityJson(before) },
		after: { capacity: capacityJson(after) },
		areaId
	});
}

/** Replace an entry's territory (validated: shares sum to 100) and audit the change. */
export async function writeTerritories(
	tx: Db,
	actor: Actor,
	entryId: string,
	lines: TerritoryLine[],
	areaId: string | null
): Promise<void> {
	const errors = territoryErrors(lines);
	if (errors.length) throw new ValidationError({ territory: errors });
	const before = await entryTerritories(tx, entryId);
	const key = (ls: TerritoryLine[]) =>
		JSON.stringify(
			[...ls]
				.map((l) => `${l.level}:${l.code}:${round2(l.sharePercent)}`)
				.sort((a, b) => a.localeCompare(b))
		);
	if (key(before) === key(lines)) return;
	await tx.delete(networkEntryTerritories).where(eq(networkEntryTerritories.entryId, entryId));
	if (lines.length) {
		await tx.insert(networkEntryTerritories).values(
			lines.map((l) => ({
				entryId,
				level: l.level,
				code: l.code,
				sharePercent: round2(l.sharePercent).toFixed(2)
			}))
		);
	}
	await recordAudit(tx, actor, {
		entityType: ENTITY.entry,
		entityId: entryId,
		action: 'territory',
		before: { territory: before },
		after: { territory: lines },
		areaId
	});
}

/** The latest network of the region before `year` (any status), or null. */
export async function previousNetwork(
	tx: Db,
	regionAreaId: string,
	year: number
): Promise<NetworkRow | null> {
	const [row] = await tx
		.select()
		.from(networks)
		.where(and(eq(networks.regionAreaId, regionAreaId), lt(networks.year, year)))
		.orderBy(desc(networks.year))
		.limit(1);
	return row ?? null;
}

/** Copy all entries (with capacities and territory) of one network into another, audited. */
export async function copyEntries(
	tx: Db,
	actor: Actor,
	fromNetworkId: string,
	toNetworkId: string,
	areaId: string
): Promise<number> {
	const entries = await tx
		.select()
		.from(networkEntries)
		.where(eq(networkEntries.networkId, fromNetworkId));
	for (const e of entries) {
		const created = await auditedInsert(
			tx,
			actor,
			networkEntries,
			ENTITY.entry,
			{
				networkId: toNetworkId,
				serviceId: e.serviceId,
				plannedName: e.plannedName,
				providerOrganisationId: e.providerOrganisationId,
				kindCode: e.kindCode,
				categoryId: e.categoryId,
				mandateRef: e.mandateRef,
				optimalSubsidy: e.optimalSubsidy,
				realSubsidy: e.realSubsidy,
				municipalCofinancing: e.municipalCofinancing,
				decisionRef: e.decisionRef,
				intentionId: e.intentionId,
				note: e.note
			},
			{ areaId }
		);
		const caps = await entryCapacities(tx, e.id);
		await writeCapacities(
			tx,
			actor,
			created.id,
			[...caps.entries()].map(([form, amount]) => ({ form: form as ServiceFormCode, amount })),
			areaId
		);
		await writeTerritories(tx, actor, created.id, await entryTerritories(tx, e.id), areaId);
	}
	return entries.length;
}

/**
 * Create the draft network of a region for a year, copying the entries of the latest earlier
 * network (the next year's network starts as the previous one).
 */
export async function createNetworkRow(
	tx: Db,
	actor: Actor,
	input: {
		regionAreaId: string;
		regionName: string;
		year: number;
		title?: string | null;
		feedbackDeadline?: string | null;
		note?: string | null;
		copyPrevious?: boolean;
	}
): Promise<{ network: NetworkRow; copied: number; copiedFromYear: number | null }> {
	const [existing] = await tx
		.select({ id: networks.id })
		.from(networks)
		.where(and(eq(networks.regionAreaId, input.regionAreaId), eq(networks.year, input.year)));
	if (existing) {
		throw new ValidationError({ year: [`Síť tohoto kraje na rok ${input.year} už existuje.`] });
	}
	const network = await auditedInsert(
		tx,
		actor,
		networks,
		ENTITY.network,
		{
			regionAreaId: input.regionAreaId,
			year: input.year,
			title: input.title || networkTitle(input.regionName, input.year),
			status: 'draft',
			feedbackDeadline: input.feedbackDeadline ?? null,
			note: input.note ?? null
		},
		{ areaId: input.regionAreaId }
	);
	let copied = 0;
	let copiedFromYear: number | null = null;
	if (input.copyPrevious !== false) {
		const previous = await previousNetwork(tx, input.regionAreaId, input.year);
		if (previous) {
			copied = await copyEntries(tx, actor, previous.id, network.id, input.regionAreaId);
			copiedFromYear = previous.year;
		}
	}
	return { network, copied, copiedFromYear };
}
