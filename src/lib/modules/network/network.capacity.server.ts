/**
 * Network capacity per kind for a territory and year (the analysis block's supply figure).
 *
 * Which network counts: per region, the network of the year — published, or still a draft when
 * it is not published yet (the draft is the latest decided state, e.g. after approved intentions);
 * when the region has no network for that year, its latest earlier network. Entries in a reservoir
 * category (zásobník) add no capacity.
 *
 * Territory: for a kraj area, all entries of its network; for an ORP, mikroregion, SO POÚ or obec
 * area, the entries whose territory of availability covers it, weighted by the territory share:
 * - a municipality (`obec`) line counts fully when the municipality belongs to the area (an ORP
 *   area: the municipality lies in that ORP by the catalogue's municipality list; other areas:
 *   the area's member municipalities);
 * - an ORP line counts fully for that ORP area; for a smaller area it counts by the fraction of
 *   the ORP's known municipalities that belong to the area (no population weights are stored).
 */
import { and, eq, inArray, lte } from 'drizzle-orm';
import { db } from '#lib/platform/db/client.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { areaLineage, areaMunicipalities, areas } from '#lib/modules/organisation/index.ts';
import { BUILTIN_OBCE, services } from '#lib/modules/catalogue/index.ts';
import {
	networkCategories,
	networkEntries,
	networkEntryCapacities,
	networkEntryTerritories,
	networks,
	type NetworkUnit
} from './network.schema.ts';
import type { KindCapacity } from './network.contract.ts';
import { num, round2 } from './network.write.server.ts';

/** Municipality code → ORP code (catalogue list). */
let orpOfObec: Map<string, string> | null = null;
function obecOrp(): Map<string, string> {
	orpOfObec ??= new Map(BUILTIN_OBCE.filter((o) => o.orp).map((o) => [o.code, o.orp as string]));
	return orpOfObec;
}

export interface TerritoryMatcher {
	/** Weight 0–1 of a territory line for the area. */
	weight(level: string, code: string): number;
}

/** Build the matcher of an area (pure: the area's kind, code and member municipality codes). */
export function territoryMatcher(area: {
	kind: string;
	code: string | null;
	memberCodes: string[];
}): TerritoryMatcher {
	const orps = obecOrp();
	if (area.kind === 'orp' && area.code) {
		const orpCode = area.code;
		const members = new Set(area.memberCodes);
		return {
			weight: (level, code) =>
				level === 'orp'
					? code === orpCode
						? 1
						: 0
					: members.has(code) || orps.get(code) === orpCode
						? 1
						: 0
		};
	}
	const members = new Set(area.kind === 'obec' && area.code ? [area.code] : area.memberCodes);
	if (members.size === 0) {
		throw new ValidationError({
			areaId: [
				'Území plánování nemá kód ani obce s kódem ČSÚ – doplňte je v nastavení území, jinak nelze kapacitu sítě přiřadit.'
			]
		});
	}
	// Per ORP: how many of its known municipalities belong to the area.
	const known = new Map<string, Set<string>>();
	for (const [obec, orp] of orps) (known.get(orp) ?? known.set(orp, new Set()).get(orp)!).add(obec);
	for (const m of members) {
		const orp = orps.get(m);
		if (orp) known.get(orp)!.add(m);
	}
	return {
		weight(level, code) {
			if (level === 'obec') return members.has(code) ? 1 : 0;
			const all = known.get(code);
			if (!all?.size) return 0;
			let inside = 0;
			for (const m of all) if (members.has(m)) inside++;
			return inside / all.size;
		}
	};
}

export async function networkCapacityByKind(input: {
	areaId: string;
	year: number;
}): Promise<KindCapacity[]> {
	const [area] = await db().select().from(areas).where(eq(areas.id, input.areaId));
	if (!area) throw new ValidationError({ areaId: ['Území plánování neexistuje.'] });
	if (!Number.isInteger(input.year)) throw new ValidationError({ year: ['Neplatný rok.'] });

	let regionIds: string[];
	let matcher: TerritoryMatcher | null = null;
	if (area.kind === 'kraj') {
		regionIds = [area.id];
	} else {
		const members = await db()
			.select({ code: areaMunicipalities.code })
			.from(areaMunicipalities)
			.where(eq(areaMunicipalities.areaId, area.id));
		matcher = territoryMatcher({
			kind: area.kind,
			code: area.code,
			memberCodes: members.map((m) => m.code).filter((c): c is string => !!c)
		});
		// The area's kraj (lineage); entries of other regions do not cover it.
		const lineage = await areaLineage(area.id);
		const kraje = await db()
			.select({ id: areas.id })
			.from(areas)
			.where(and(inArray(areas.id, lineage), eq(areas.kind, 'kraj')));
		regionIds = kraje.map((k) => k.id);
		if (regionIds.length === 0) {
			// A cross-border area without a kraj parent: every region's network may cover it.
			regionIds = (await db().selectDistinct({ id: networks.regionAreaId }).from(networks)).map(
				(r) => r.id
			);
		}
	}
	if (regionIds.length === 0) return [];

	// Effective network per region: the year's, else the latest earlier.
	const candidates = await db()
		.select({ id: networks.id, regionAreaId: networks.regionAreaId, year: networks.year })
		.from(networks)
		.where(and(inArray(networks.regionAreaId, regionIds), lte(networks.year, input.year)));
	const latest = new Map<string, { id: string; year: number }>();
	for (const c of candidates) {
		const cur = latest.get(c.regionAreaId);
		if (!cur || c.year > cur.year) latest.set(c.regionAreaId, c);
	}
	const networkIds = [...latest.values()].map((n) => n.id);
	if (networkIds.length === 0) return [];

	const rows = await db()
		.select({
			entryId: networkEntries.id,
			kindCode: networkEntries.kindCode,
			plannedName: networkEntries.plannedName,
			serviceName: services.name,
			form: networkEntryCapacities.form,
			unit: networkEntryCapacities.unit,
			amount: networkEntryCapacities.amount
		})
		.from(networkEntries)
		.innerJoin(networkCategories, eq(networkCategories.id, networkEntries.categoryId))
		.innerJoin(networkEntryCapacities, eq(networkEntryCapacities.entryId, networkEntries.id))
		.leftJoin(services, eq(services.id, networkEntries.serviceId))
		.where(
			and(inArray(networkEntries.networkId, networkIds), eq(networkCategories.isReservoir, false))
		);

	const territories = new Map<string, { level: string; code: string; share: number }[]>();
	if (matcher && rows.length) {
		const ids = [...new Set(rows.map((r) => r.entryId))];
		const trows = await db()
			.select()
			.from(networkEntryTerritories)
			.where(inArray(networkEntryTerritories.entryId, ids));
		for (const t of trows) {
			const list = territories.get(t.entryId) ?? [];
			list.push({ level: t.level, code: t.code, share: num(t.sharePercent) });
			territories.set(t.entryId, list);
		}
	}

	const byKind = new Map<string, KindCapacity>();
	for (const r of rows) {
		let sharePercent = 100;
		if (matcher) {
			sharePercent = 0;
			for (const t of territories.get(r.entryId) ?? []) {
				sharePercent += t.share * matcher.weight(t.level, t.code);
			}
			sharePercent = round2(sharePercent);
			if (sharePercent <= 0) continue;
		}
		const amount = round2((num(r.amount) * sharePercent) / 100);
		const key = `${r.kindCode}|${r.unit}`;
		const kind =
			byKind.get(key) ??
			byKind
				.set(key, { kindCode: r.kindCode, unit: r.unit as NetworkUnit, amount: 0, entries: [] })
				.get(key)!;
		kind.amount = round2(kind.amount + amount);
		const name = r.serviceName ?? r.plannedName ?? '';
		const existing = kind.entries.find((e) => e.entryId === r.entryId);
		if (existing) existing.amount = round2(existing.amount + amount);
		else kind.entries.push({ entryId: r.entryId, name, amount, sharePercent });
	}
	return [...byKind.values()].sort(
		(a, b) =>
			a.kindCode.localeCompare(b.kindCode, 'cs', { numeric: true }) || a.unit.localeCompare(b.unit)
	);
}
