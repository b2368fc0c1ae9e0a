/**
 * Use cases of the network block: public reading of published networks (list, one network with
 * filters and totals, comparison of two years, export rows) and the kraj coordinator's
 * management (categories, networks per year, entries, publishing, history).
 */
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, can } from '#lib/platform/access/can.ts';
import {
	auditedDelete,
	auditedInsert,
	auditedUpdate,
	listHistory,
	type AuditEntry
} from '#lib/platform/audit/audit.server.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { areaScope, areas, isUuid } from '#lib/modules/organisation/index.ts';
import {
	BUILTIN_OBCE,
	SERVICE_KIND_CODES,
	territoryNames,
	providers,
	serviceKindLabel,
	services
} from '#lib/modules/catalogue/index.ts';
import {
	networkCategories,
	networkEntries,
	networkEntryCapacities,
	networkEntryTerritories,
	networks
} from './network.schema.ts';
import type { ServiceFormCode } from './network.contract.ts';
import {
	ENTITY,
	assertCategoryValid,
	createNetworkRow,
	loadRegion,
	num,
	round2,
	writeCapacities,
	writeTerritories,
	type CategoryRow,
	type EntryRow,
	type NetworkRow,
	type TerritoryLine
} from './network.write.server.ts';
import {
	categoryInput,
	entryInput,
	entryRaw,
	networkCreateInput,
	networkUpdateInput,
	publishInput
} from './network.validation.ts';
import './network.permissions.ts';

export const ENTRIES_PAGE_SIZE = 50;
const FORMS: ServiceFormCode[] = ['amb', 'pob', 'ter'];

export type { CategoryRow, EntryRow, NetworkRow };

// ── access helpers ──

async function canManageRegion(actor: Actor, regionAreaId: string): Promise<boolean> {
	if (actor.kind === 'anonymous') return false;
	return can(actor, 'network.manage', await areaScope(regionAreaId));
}

async function authorizeManage(actor: Actor, regionAreaId: string): Promise<void> {
	authorize(actor, 'network.manage', await areaScope(regionAreaId));
}

async function loadNetwork(id: string, target: Db = db()): Promise<NetworkRow> {
	if (!isUuid(id)) throw new NotFoundError('Síť nebyla nalezena.');
	const [row] = await target.select().from(networks).where(eq(networks.id, id));
	if (!row) throw new NotFoundError('Síť nebyla nalezena.');
	return row;
}

/** A network the actor may read: published for everyone, drafts for the kraj coordinator. */
export async function readableNetwork(
	actor: Actor,
	id: string
): Promise<{ network: NetworkRow; regionName: string; canManage: boolean }> {
	authorize(actor, 'network.public.read');
	const network = await loadNetwork(id);
	const canManage = await canManageRegion(actor, network.regionAreaId);
	if (network.status !== 'published' && !canManage) throw new NotFoundError('Síť nebyla nalezena.');
	const [region] = await db()
		.select({ name: areas.name })
		.from(areas)
		.where(eq(areas.id, network.regionAreaId));
	return { network, regionName: region?.name ?? '', canManage };
}

// ── public reading ──

export interface RegionNetworks {
	region: { id: string; name: string };
	canManage: boolean;
	networks: { id: string; year: number; title: string; status: NetworkRow['status'] }[];
}

/** Regions with networks the actor may read (published; drafts too for their coordinator). */
export async function listRegionNetworks(actor: Actor): Promise<RegionNetworks[]> {
	authorize(actor, 'network.public.read');
	const rows = await db()
		.select({
			id: networks.id,
			year: networks.year,
			title: networks.title,
			status: networks.status,
			regionId: areas.id,
			regionName: areas.name
		})
		.from(networks)
		.innerJoin(areas, eq(areas.id, networks.regionAreaId))
		.orderBy(asc(areas.name), desc(networks.year));
	const byRegion = new Map<string, RegionNetworks>();
	for (const r of rows) {
		let group = byRegion.get(r.regionId);
		if (!group) {
			group = {
				region: { id: r.regionId, name: r.regionName },
				canManage: await canManageRegion(actor, r.regionId),
				networks: []
			};
			byRegion.set(r.regionId, group);
		}
		if (r.status === 'published' || group.canManage) {
			group.networks.push({ id: r.id, year: r.year, title: r.title, status: r.status });
		}
	}
	return [...byRegion.values()].filter((g) => g.networks.length > 0);
}

export interface EntryView {
	id: string;
	version: number;
	serviceId: string | null;
	registryId: string | null;
	name: string;
	planned: boolean;
	providerName: string | null;
	providerIco: string | null;
	kindCode: string;
	kindLabel: string;
	categoryId: string;
	categoryName: string;
	categoryCode: string;
	isReservoir: boolean;
	capacity: { form: ServiceFormCode; unit: string; amount: number }[];
	territory: TerritoryLine[];
	mandateRef: string | null;
	optimalSubsidy: number | null;
	realSubsidy: number | null;
	municipalCofinancing: number | null;
	decisionRef: string | null;
	intentionId: string | null;
	note: string | null;
}

export interface EntryFilter {
	categoryId?: string | null;
	kindCode?: string | null;
	q?: string | null;
}

function entryWhere(networkId: string, filter: EntryFilter): SQL {
	const parts: SQL[] = [eq(networkEntries.networkId, networkId)];
	if (filter.categoryId && isUuid(filter.categoryId)) {
		parts.push(eq(networkEntries.categoryId, filter.categoryId));
	}
	if (filter.kindCode) parts.push(eq(networkEntries.kindCode, filter.kindCode));
	const q = filter.q?.trim();
	if (q) {
		const like = `%${q.replace(/[%_\\]/g, '\\$&')}%`;
		parts.push(
			or(
				ilike(services.name, like),
				ilike(networkEntries.plannedName, like),
				ilike(providers.name, like),
				eq(services.registryId, q),
				eq(providers.ico, q)
			) as SQL
		);
	}
	return and(...parts) as SQL;
}

const entryColumns = {
	entry: networkEntries,
	serviceName: services.name,
	registryId: services.registryId,
	providerName: providers.name,
	providerIco: providers.ico,
	categoryName: networkCategories.name,
	categoryCode: networkCategories.code,
	categorySort: networkCategories.sortOrder,
	isReservoir: networkCategories.isReservoir
};

const kindOrder = new Map(SERVICE_KIND_CODES.map((c, i) => [c, i]));

/** Load entries (with capacities and territory) in category → kind → name order. */
async function loadEntries(
	where: SQL,
	window?: { limit: number; offset: number }
): Promise<EntryView[]> {
	let query = db()
		.select(entryColumns)
		.from(networkEntries)
		.innerJoin(networkCategories, eq(networkCategories.id, networkEntries.categoryId))
		.leftJoin(services, eq(services.id, networkEntries.serviceId))
		.leftJoin(providers, eq(providers.id, services.providerId))
		.where(where)
		.orderBy(
			asc(networkCategories.sortOrder),
			asc(networkCategories.name),
			sql`array_position(${sql.raw(`array[${SERVICE_KIND_CODES.map((c) => `'${c}'`).join(',')}]`)}::text[], ${networkEntries.kindCode})`,
			sql`lower(coalesce(${services.name}, ${networkEntries.plannedName}))`,
			asc(networkEntries.id)
		)
		.$dynamic();
	if (window) query = query.limit(window.limit).offset(window.offset);
	const rows = await query;
	if (rows.length === 0) return [];
	const ids = rows.map((r) => r.entry.id);
	const [caps, terr] = await Promise.all([
		db().select().from(networkEntryCapacities).where(inArray(networkEntryCapacities.entryId, ids)),
		db()
			.select()
			.from(networkEntryTerritories)
			.where(inArray(networkEntryTerritories.entryId, ids))
			.orderBy(asc(networkEntryTerritories.level), asc(networkEntryTerritories.code))
	]);
	return rows.map((r) => ({
		id: r.entry.id,
		version: r.entry.version,
		serviceId: r.entry.serviceId,
		registryId: r.registryId,
		name: r.serviceName ?? r.entry.plannedName ?? '',
		planned: !r.entry.serviceId,
		providerName: r.providerName,
		providerIco: r.providerIco,
		kindCode: r.entry.kindCode,
		kindLabel: serviceKindLabel(r.entry.kindCode),
		categoryId: r.entry.categoryId,
		categoryName: r.categoryName,
		categoryCode: r.categoryCode,
		isReservoir: r.isReservoir,
		capacity: caps
			.filter((c) => c.entryId === r.entry.id)
			.sort(
				(a, b) =>
					FORMS.indexOf(a.form as ServiceFormCode) - FORMS.indexOf(b.form as ServiceFormCode)
			)
			.map((c) => ({ form: c.form as ServiceFormCode, unit: c.unit, amount: num(c.amount) })),
		territory: terr
			.filter((t) => t.entryId === r.entry.id)
			.map((t) => ({
				level: t.level as 'orp' | 'obec',
				code: t.code,
				sharePercent: num(t.sharePercent)
			})),
		mandateRef: r.entry.mandateRef,
		optimalSubsidy: r.entry.optimalSubsidy === null ? null : num(r.entry.optimalSubsidy),
		realSubsidy: r.entry.realSubsidy === null ? null : num(r.entry.realSubsidy),
		municipalCofinancing:
			r.entry.municipalCofinancing === null ? null : num(r.entry.municipalCofinancing),
		decisionRef: r.entry.decisionRef,
		intentionId: r.entry.intentionId,
		note: r.entry.note
	}));
}

export interface NetworkTotals {
	entries: number;
	fte: number;
	beds: number;
	optimalSubsidy: number;
	realSubsidy: number;
	municipalCofinancing: number;
	byCategory: {
		id: string;
		name: string;
		isReservoir: boolean;
		entries: number;
		fte: number;
		beds: number;
	}[];
	byKind: { kindCode: string; label: string; entries: number; fte: number; beds: number }[];
}

/** Totals of a whole network (reservoir categories are listed but add no fte/beds to the sum). */
async function networkTotals(networkId: string): Promise<NetworkTotals> {
	const perEntry = await db()
		.select({
			entryId: networkEntries.id,
			kindCode: networkEntries.kindCode,
			categoryId: networkCategories.id,
			categoryName: networkCategories.name,
			categorySort: networkCategories.sortOrder,
			isReservoir: networkCategories.isReservoir,
			optimal: networkEntries.optimalSubsidy,
			real: networkEntries.realSubsidy,
			cofin: networkEntries.municipalCofinancing,
			fte: sql<string>`coalesce((select sum(c.amount) from network_entry_capacities c where c.entry_id = ${networkEntries.id} and c.unit = 'fte'), 0)`,
			beds: sql<string>`coalesce((select sum(c.amount) from network_entry_capacities c where c.entry_id = ${networkEntries.id} and c.unit = 'beds'), 0)`
		})
		.from(networkEntries)
		.innerJoin(networkCategories, eq(networkCategories.id, networkEntries.categoryId))
		.where(eq(networkEntries.networkId, networkId));
	const totals: NetworkTotals = {
		entries: perEntry.length,
		fte: 0,
		beds: 0,
		optimalSubsidy: 0,
		realSubsidy: 0,
		municipalCofinancing: 0,
		byCategory: [],
		byKind: []
	};
	const cats = new Map<string, NetworkTotals['byCategory'][number] & { sort: number }>();
	const kinds = new Map<string, NetworkTotals['byKind'][number]>();
	for (const e of perEntry) {
		const fte = num(e.fte);
		const beds = num(e.beds);
		const cat =
			cats.get(e.categoryId) ??
			cats
				.set(e.categoryId, {
					id: e.categoryId,
					name: e.categoryName,
					isReservoir: e.isReservoir,
					sort: e.categorySort,
					entries: 0,
					fte: 0,
					beds: 0
				})
				.get(e.categoryId)!;
		cat.entries++;
		cat.fte = round2(cat.fte + fte);
		cat.beds = round2(cat.beds + beds);
		totals.optimalSubsidy = round2(totals.optimalSubsidy + num(e.optimal));
		totals.realSubsidy = round2(totals.realSubsidy + num(e.real));
		totals.municipalCofinancing = round2(totals.municipalCofinancing + num(e.cofin));
		if (e.isReservoir) continue;
		totals.fte = round2(totals.fte + fte);
		totals.beds = round2(totals.beds + beds);
		const kind =
			kinds.get(e.kindCode) ??
			kinds
				.set(e.kindCode, {
					kindCode: e.kindCode,
					label: serviceKindLabel(e.kindCode),
					entries: 0,
					fte: 0,
					beds: 0
				})
				.get(e.kindCode)!;
		kind.entries++;
		kind.fte = round2(kind.fte + fte);
		kind.beds = round2(kind.beds + beds);
	}
	totals.byCategory = [...cats.values()]
		.sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name, 'cs'))
		.map(({ sort: _sort, ...c }) => c);
	totals.byKind = [...kinds.values()].sort(
		(a, b) => (kindOrder.get(a.kindCode) ?? 999) - (kindOrder.get(b.kindCode) ?? 999)
	);
	return totals;
}

export interface NetworkDetail {
	network: NetworkRow;
	regionName: string;
	canManage: boolean;
	categories: CategoryRow[];
	kinds: { code: string; label: string }[];
	totals: NetworkTotals;
	entries: EntryView[];
	total: number;
	page: number;
	pageCount: number;
	otherYears: { id: string; year: number }[];
}

/** One network with filtered, paginated entries and totals of the whole network. */
export async function getNetworkDetail(
	actor: Actor,
	id: string,
	filter: EntryFilter & { page?: number } = {}
): Promise<NetworkDetail> {
	const { network, regionName, canManage } = await readableNetwork(actor, id);
	const where = entryWhere(network.id, filter);
	const [{ n }] = await db()
		.select({ n: count() })
		.from(networkEntries)
		.leftJoin(services, eq(services.id, networkEntries.serviceId))
		.leftJoin(providers, eq(providers.id, services.providerId))
		.where(where);
	const pageCount = Math.max(1, Math.ceil(n / ENTRIES_PAGE_SIZE));
	const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pageCount);
	const [entries, totals, categories, kindRows, others] = await Promise.all([
		loadEntries(where, { limit: ENTRIES_PAGE_SIZE, offset: (page - 1) * ENTRIES_PAGE_SIZE }),
		networkTotals(network.id),
		db()
			.select()
			.from(networkCategories)
			.where(eq(networkCategories.regionAreaId, network.regionAreaId))
			.orderBy(asc(networkCategories.sortOrder), asc(networkCategories.name)),
		db()
			.selectDistinct({ code: networkEntries.kindCode })
			.from(networkEntries)
			.where(eq(networkEntries.networkId, network.id)),
		db()
			.select({ id: networks.id, year: networks.year, status: networks.status })
			.from(networks)
			.where(eq(networks.regionAreaId, network.regionAreaId))
			.orderBy(desc(networks.year))
	]);
	return {
		network,
		regionName,
		canManage,
		categories,
		kinds: kindRows
			.map((k) => ({ code: k.code, label: serviceKindLabel(k.code) }))
			.sort((a, b) => (kindOrder.get(a.code) ?? 999) - (kindOrder.get(b.code) ?? 999)),
		totals,
		entries,
		total: n,
		page,
		pageCount,
		otherYears: others
			.filter((o) => o.id !== network.id && (o.status === 'published' || canManage))
			.map((o) => ({ id: o.id, year: o.year }))
	};
}

/** All entries of a readable network in batches (for the streamed XLSX export and the API). */
export async function* networkEntryBatches(
	actor: Actor,
	id: string,
	batchSize = 500
): AsyncGenerator<EntryView[]> {
	const { network } = await readableNetwork(actor, id);
	const where = entryWhere(network.id, {});
	for (let offset = 0; ; offset += batchSize) {
		const batch = await loadEntries(where, { limit: batchSize, offset });
		if (batch.length) yield batch;
		if (batch.length < batchSize) return;
	}
}

/** Entries of a readable network, one API page. */
export async function listNetworkEntries(
	actor: Actor,
	id: string,
	query: EntryFilter & { page: number; per_page: number }
): Promise<{ network: NetworkRow; items: EntryView[]; total: number }> {
	const { network } = await readableNetwork(actor, id);
	const where = entryWhere(network.id, query);
	const [{ n }] = await db()
		.select({ n: count() })
		.from(networkEntries)
		.leftJoin(services, eq(services.id, networkEntries.serviceId))
		.leftJoin(providers, eq(providers.id, services.providerId))
		.where(where);
	const items = await loadEntries(where, {
		limit: query.per_page,
		offset: (query.page - 1) * query.per_page
	});
	return { network, items, total: n };
}

// ── comparison of two years ──

export interface ComparisonRow {
	key: string;
	name: string;
	providerName: string | null;
	kindLabel: string;
	before: { category: string; capacity: Record<string, number> } | null;
	after: { category: string; capacity: Record<string, number> } | null;
	/** Per form: after − before (only forms that changed). */
	changes: { form: ServiceFormCode; unit: string; delta: number }[];
	categoryChanged: boolean;
}

export interface NetworkComparison {
	base: NetworkRow;
	other: NetworkRow;
	regionName: string;
	entered: ComparisonRow[];
	left: ComparisonRow[];
	changed: ComparisonRow[];
	unchanged: number;
}

const capMap = (e: EntryView) => Object.fromEntries(e.capacity.map((c) => [c.form, c.amount]));
const entryKey = (e: EntryView) => (e.serviceId ? `s:${e.serviceId}` : `p:${e.name.toLowerCase()}`);

/** Compare a network with another year's network of the same region (older one is "before"). */
export async function compareNetworks(
	actor: Actor,
	id: string,
	otherId: string
): Promise<NetworkComparison> {
	const a = await readableNetwork(actor, id);
	if (!otherId) throw new ValidationError({ s: ['Vyberte rok, se kterým chcete síť porovnat.'] });
	const b = await readableNetwork(actor, otherId);
	if (a.network.regionAreaId !== b.network.regionAreaId) {
		throw new ValidationError({ s: ['Porovnat lze jen sítě stejného kraje.'] });
	}
	const [older, newer] =
		a.network.year <= b.network.year ? [a.network, b.network] : [b.network, a.network];
	const [beforeEntries, afterEntries] = await Promise.all([
		loadEntries(eq(networkEntries.networkId, older.id)),
		loadEntries(eq(networkEntries.networkId, newer.id))
	]);
	const before = new Map(beforeEntries.map((e) => [entryKey(e), e]));
	const after = new Map(afterEntries.map((e) => [entryKey(e), e]));
	const row = (key: string, x?: EntryView, y?: EntryView): ComparisonRow => {
		const e = (y ?? x)!;
		const bc = x ? capMap(x) : {};
		const ac = y ? capMap(y) : {};
		const changes = FORMS.flatMap((form) => {
			const delta = round2((ac[form] ?? 0) - (bc[form] ?? 0));
			return delta !== 0 ? [{ form, unit: form === 'pob' ? 'beds' : 'fte', delta }] : [];
		});
		return {
			key,
			name: e.name,
			providerName: e.providerName,
			kindLabel: e.kindLabel,
			before: x ? { category: x.categoryName, capacity: bc } : null,
			after: y ? { category: y.categoryName, capacity: ac } : null,
			changes,
			categoryChanged: !!x && !!y && x.categoryCode !== y.categoryCode
		};
	};
	const entered: ComparisonRow[] = [];
	const left: ComparisonRow[] = [];
	const changed: ComparisonRow[] = [];
	let unchanged = 0;
	for (const [key, y] of after) {
		const x = before.get(key);
		if (!x) entered.push(row(key, undefined, y));
		else {
			const r = row(key, x, y);
			if (r.changes.length || r.categoryChanged) changed.push(r);
			else unchanged++;
		}
	}
	for (const [key, x] of before) if (!after.has(key)) left.push(row(key, x, undefined));
	return {
		base: a.network,
		other: b.network,
		regionName: a.regionName,
		entered,
		left,
		changed,
		unchanged
	};
}

// ── management ──

/** Kraje the actor manages (admin: all kraje). */
export async function managedRegions(actor: Actor): Promise<{ id: string; name: string }[]> {
	authorize(actor, 'network.public.read');
	if (actor.kind !== 'user') {
		authorize(actor, 'network.manage');
		return [];
	}
	const kraje = await db()
		.select({ id: areas.id, name: areas.name })
		.from(areas)
		.where(eq(areas.kind, 'kraj'))
		.orderBy(asc(areas.name));
	const out: { id: string; name: string }[] = [];
	for (const k of kraje) if (await canManageRegion(actor, k.id)) out.push(k);
	return out;
}

export interface RegionAdmin {
	region: { id: string; name: string; code: string | null };
	categories: (CategoryRow & { used: number })[];
	networks: (NetworkRow & { entries: number })[];
}

export async function getRegionAdmin(actor: Actor, regionAreaId: string): Promise<RegionAdmin> {
	if (!isUuid(regionAreaId)) throw new NotFoundError('Kraj nebyl nalezen.');
	await authorizeManage(actor, regionAreaId);
	const region = await loadRegion(db(), regionAreaId);
	const [categories, nets] = await Promise.all([
		db()
			.select({
				category: networkCategories,
				used: sql<number>`(select count(*)::int from network_entries e where e.category_id = "network_categories"."id")`
			})
			.from(networkCategories)
			.where(eq(networkCategories.regionAreaId, regionAreaId))
			.orderBy(asc(networkCategories.sortOrder), asc(networkCategories.name)),
		db()
			.select({
				network: networks,
				entries: sql<number>`(select count(*)::int from network_entries e where e.network_id = "network_networks"."id")`
			})
			.from(networks)
			.where(eq(networks.regionAreaId, regionAreaId))
			.orderBy(desc(networks.year))
	]);
	return {
		region: { id: region.id, name: region.name, code: region.code },
		categories: categories.map((c) => ({ ...c.category, used: c.used })),
		networks: nets.map((n) => ({ ...n.network, entries: n.entries }))
	};
}

async function loadCategory(id: string): Promise<CategoryRow> {
	if (!isUuid(id)) throw new NotFoundError('Kategorie nebyla nalezena.');
	const [row] = await db().select().from(networkCategories).where(eq(networkCategories.id, id));
	if (!row) throw new NotFoundError('Kategorie nebyla nalezena.');
	return row;
}

async function assertCodeFree(tx: Db, regionAreaId: string, code: string, exceptId?: string) {
	const [dup] = await tx
		.select({ id: networkCategories.id })
		.from(networkCategories)
		.where(and(eq(networkCategories.regionAreaId, regionAreaId), eq(networkCategories.code, code)));
	if (dup && dup.id !== exceptId) {
		throw new ValidationError({ code: [`Kategorie s kódem „${code}“ v tomto kraji už existuje.`] });
	}
}

export async function createCategory(
	actor: Actor,
	regionAreaId: string,
	input: unknown
): Promise<CategoryRow> {
	if (!isUuid(regionAreaId)) throw new NotFoundError('Kraj nebyl nalezen.');
	await authorizeManage(actor, regionAreaId);
	const data = parseInput(categoryInput, input);
	return db().transaction(async (tx) => {
		await loadRegion(tx, regionAreaId);
		await assertCodeFree(tx, regionAreaId, data.code);
		return auditedInsert(
			tx,
			actor,
			networkCategories,
			ENTITY.category,
			{ regionAreaId, ...data },
			{
				areaId: regionAreaId
			}
		);
	});
}

export async function getCategory(
	actor: Actor,
	id: string
): Promise<{ category: CategoryRow; regionName: string; history: AuditEntry[] }> {
	const category = await loadCategory(id);
	await authorizeManage(actor, category.regionAreaId);
	const [region] = await db().select().from(areas).where(eq(areas.id, category.regionAreaId));
	return {
		category,
		regionName: region?.name ?? '',
		history: await listHistory(ENTITY.category, id)
	};
}

export async function updateCategory(
	actor: Actor,
	id: string,
	input: Record<string, unknown>
): Promise<CategoryRow> {
	const category = await loadCategory(id);
	await authorizeManage(actor, category.regionAreaId);
	const data = parseInput(categoryInput, input);
	const version = Number(input.version) || undefined;
	return db().transaction(async (tx) => {
		await assertCodeFree(tx, category.regionAreaId, data.code, id);
		return auditedUpdate(tx, actor, networkCategories, ENTITY.category, id, data, {
			areaId: category.regionAreaId,
			expectedVersion: version
		});
	});
}

export async function deleteCategory(
	actor: Actor,
	id: string,
	input: Record<string, unknown> = {}
): Promise<CategoryRow> {
	const category = await loadCategory(id);
	await authorizeManage(actor, category.regionAreaId);
	return db().transaction(async (tx) => {
		const [{ n }] = await tx
			.select({ n: count() })
			.from(networkEntries)
			.where(eq(networkEntries.categoryId, id));
		if (n > 0) {
			throw new ValidationError({
				_form: [
					`Kategorii používá ${n} služeb v sítích, nelze ji smazat. Omezte raději její platnost.`
				]
			});
		}
		return auditedDelete(tx, actor, networkCategories, ENTITY.category, id, {
			areaId: category.regionAreaId,
			expectedVersion: Number(input.version) || undefined
		});
	});
}

export async function createNetwork(
	actor: Actor,
	input: Record<string, unknown>
): Promise<{ network: NetworkRow; copied: number; copiedFromYear: number | null }> {
	const regionAreaId = String(input.regionAreaId ?? '');
	if (isUuid(regionAreaId)) await authorizeManage(actor, regionAreaId);
	else if (actor.kind === 'anonymous') authorize(actor, 'network.manage');
	const data = parseInput(networkCreateInput, input);
	await authorizeManage(actor, data.regionAreaId);
	return db().transaction(async (tx) => {
		const region = await loadRegion(tx, data.regionAreaId);
		return createNetworkRow(tx, actor, {
			regionAreaId: region.id,
			regionName: region.name,
			year: data.year,
			title: data.title,
			feedbackDeadline: data.feedbackDeadline,
			note: data.note,
			copyPrevious: data.copyPrevious ?? false
		});
	});
}

/** A network for its coordinator (drafts included), with its history. */
export async function getManagedNetwork(
	actor: Actor,
	id: string
): Promise<{ network: NetworkRow; regionName: string; history: AuditEntry[] }> {
	const network = await loadNetwork(id);
	await authorizeManage(actor, network.regionAreaId);
	const [region] = await db().select().from(areas).where(eq(areas.id, network.regionAreaId));
	return {
		network,
		regionName: region?.name ?? '',
		history: await listHistory(ENTITY.network, id)
	};
}

export async function updateNetwork(
	actor: Actor,
	id: string,
	input: Record<string, unknown>
): Promise<NetworkRow> {
	const network = await loadNetwork(id);
	await authorizeManage(actor, network.regionAreaId);
	const data = parseInput(networkUpdateInput, input);
	return db().transaction((tx) =>
		auditedUpdate(tx, actor, networks, ENTITY.network, id, data, {
			areaId: network.regionAreaId,
			expectedVersion: Number(input.version) || undefined
		})
	);
}

export async function publishNetwork(
	actor: Actor,
	id: string,
	input: Record<string, unknown>
): Promise<NetworkRow> {
	const network = await loadNetwork(id);
	await authorizeManage(actor, network.regionAreaId);
	const data = parseInput(publishInput, input);
	if (network.status === 'published') {
		throw new ValidationError({ _form: ['Síť už je zveřejněná.'] });
	}
	return db().transaction(async (tx) => {
		const [{ n }] = await tx
			.select({ n: count() })
			.from(networkEntries)
			.where(eq(networkEntries.networkId, id));
		if (n === 0) throw new ValidationError({ _form: ['Síť bez služeb nelze zveřejnit.'] });
		return auditedUpdate(
			tx,
			actor,
			networks,
			ENTITY.network,
			id,
			{ status: 'published', decisionRef: data.decisionRef, decidedOn: data.decidedOn },
			{
				areaId: network.regionAreaId,
				expectedVersion: Number(input.version) || undefined,
				action: 'publish'
			}
		);
	});
}

export async function unpublishNetwork(
	actor: Actor,
	id: string,
	input: Record<string, unknown>
): Promise<NetworkRow> {
	const network = await loadNetwork(id);
	await authorizeManage(actor, network.regionAreaId);
	if (network.status !== 'published') {
		throw new ValidationError({ _form: ['Síť není zveřejněná.'] });
	}
	return db().transaction((tx) =>
		auditedUpdate(
			tx,
			actor,
			networks,
			ENTITY.network,
			id,
			{ status: 'draft' },
			{
				areaId: network.regionAreaId,
				expectedVersion: Number(input.version) || undefined,
				action: 'unpublish'
			}
		)
	);
}

// ── entries ──

export interface ServiceOption {
	id: string;
	name: string;
	registryId: string | null;
	providerName: string;
	providerIco: string | null;
	kindCode: string | null;
	kindLabel: string;
	inNetwork: boolean;
}

/** Catalogue services of the region found by name, provider or identifikátor (for adding an entry). */
export async function searchServicesForNetwork(
	actor: Actor,
	networkId: string,
	q: string
): Promise<ServiceOption[]> {
	const network = await loadNetwork(networkId);
	await authorizeManage(actor, network.regionAreaId);
	const term = q.trim();
	if (term.length < 2) return [];
	const [region] = await db().select().from(areas).where(eq(areas.id, network.regionAreaId));
	const like = `%${term.replace(/[%_\\]/g, '\\$&')}%`;
	const rows = await db()
		.select({
			id: services.id,
			name: services.name,
			registryId: services.registryId,
			providerName: providers.name,
			providerIco: providers.ico,
			kindCode: services.kindCode,
			inNetwork: sql<boolean>`exists (select 1 from network_entries e where e.network_id = ${network.id} and e.service_id = ${services.id})`
		})
		.from(services)
		.innerJoin(providers, eq(providers.id, services.providerId))
		.where(
			and(
				eq(services.status, 'active'),
				region?.code ? sql`${services.krajCodes} @> array[${region.code}]::text[]` : undefined,
				or(
					ilike(services.name, like),
					ilike(providers.name, like),
					eq(services.registryId, term),
					eq(providers.ico, term)
				)
			)
		)
		.orderBy(asc(services.name))
		.limit(30);
	return rows.map((r) => ({
		...r,
		kindLabel: r.kindCode ? serviceKindLabel(r.kindCode) : ''
	}));
}

/** The catalogue service an entry form starts from. */
export async function serviceForEntry(
	actor: Actor,
	networkId: string,
	serviceId: string
): Promise<ServiceOption & { orpCodes: string[] }> {
	const network = await loadNetwork(networkId);
	await authorizeManage(actor, network.regionAreaId);
	if (!isUuid(serviceId)) throw new NotFoundError('Služba nebyla nalezena.');
	const [row] = await db()
		.select({
			id: services.id,
			name: services.name,
			registryId: services.registryId,
			providerName: providers.name,
			providerIco: providers.ico,
			kindCode: services.kindCode,
			orpCodes: services.orpCodes
		})
		.from(services)
		.innerJoin(providers, eq(providers.id, services.providerId))
		.where(eq(services.id, serviceId));
	if (!row) throw new NotFoundError('Služba nebyla nalezena.');
	const [dup] = await db()
		.select({ id: networkEntries.id })
		.from(networkEntries)
		.where(and(eq(networkEntries.networkId, networkId), eq(networkEntries.serviceId, serviceId)));
	return {
		...row,
		kindLabel: row.kindCode ? serviceKindLabel(row.kindCode) : '',
		inNetwork: !!dup
	};
}

async function validateEntry(
	tx: Db,
	network: NetworkRow,
	data: ReturnType<typeof parseEntry>,
	exceptEntryId?: string
): Promise<{ kindCode: string; category: CategoryRow }> {
	const [category] = await tx
		.select()
		.from(networkCategories)
		.where(eq(networkCategories.id, data.categoryId));
	if (!category || category.regionAreaId !== network.regionAreaId) {
		throw new ValidationError({ categoryId: ['Vyberte kategorii sítě tohoto kraje.'] });
	}
	assertCategoryValid(category, network.year);
	let kindCode = data.kindCode ?? '';
	if (data.serviceId) {
		const [service] = await tx
			.select({ id: services.id, kindCode: services.kindCode })
			.from(services)
			.where(eq(services.id, data.serviceId));
		if (!service) throw new ValidationError({ serviceId: ['Služba v katalogu neexistuje.'] });
		kindCode = service.kindCode ?? kindCode;
		const [dup] = await tx
			.select({ id: networkEntries.id })
			.from(networkEntries)
			.where(
				and(eq(networkEntries.networkId, network.id), eq(networkEntries.serviceId, data.serviceId))
			);
		if (dup && dup.id !== exceptEntryId) {
			throw new ValidationError({ serviceId: ['Tato služba už v síti tohoto roku je.'] });
		}
	} else if (!data.plannedName) {
		throw new ValidationError({
			plannedName: ['Vyberte službu z katalogu, nebo uveďte název plánované služby.']
		});
	}
	if (!SERVICE_KIND_CODES.includes(kindCode)) {
		throw new ValidationError({ kindCode: ['Vyberte druh sociální služby.'] });
	}
	return { kindCode, category };
}

function parseEntry(input: unknown) {
	return parseInput(entryInput, entryRaw(input));
}

const capacityLines = (data: ReturnType<typeof parseEntry>) =>
	[
		{ form: 'amb' as const, amount: data.capacityAmb ?? 0 },
		{ form: 'pob' as const, amount: data.capacityPob ?? 0 },
		{ form: 'ter' as const, amount: data.capacityTer ?? 0 }
	].filter((l) => l.amount > 0);

const money = (n: number | null | undefined) =>
	n === null || n === undefined ? null : n.toFixed(2);

function territoryOf(data: ReturnType<typeof parseEntry>): TerritoryLine[] {
	return data.territory.map((t) => ({
		level: t.level,
		code: t.code,
		sharePercent: t.sharePercent ?? 0
	}));
}

export async function addEntry(actor: Actor, networkId: string, input: unknown): Promise<EntryRow> {
	const network = await loadNetwork(networkId);
	await authorizeManage(actor, network.regionAreaId);
	const data = parseEntry(input);
	return db().transaction(async (tx) => {
		const { kindCode, category } = await validateEntry(tx, network, data);
		const entry = await auditedInsert(
			tx,
			actor,
			networkEntries,
			ENTITY.entry,
			{
				networkId,
				serviceId: data.serviceId,
				plannedName: data.serviceId ? null : data.plannedName,
				kindCode,
				categoryId: category.id,
				mandateRef: data.mandateRef,
				optimalSubsidy: money(data.optimalSubsidy),
				realSubsidy: money(data.realSubsidy),
				municipalCofinancing: money(data.municipalCofinancing),
				decisionRef: data.decisionRef,
				note: data.note
			},
			{ areaId: network.regionAreaId }
		);
		await writeCapacities(tx, actor, entry.id, capacityLines(data), network.regionAreaId);
		await writeTerritories(tx, actor, entry.id, territoryOf(data), network.regionAreaId);
		return entry;
	});
}

async function loadEntry(id: string): Promise<{ entry: EntryRow; network: NetworkRow }> {
	if (!isUuid(id)) throw new NotFoundError('Služba v síti nebyla nalezena.');
	const [entry] = await db().select().from(networkEntries).where(eq(networkEntries.id, id));
	if (!entry) throw new NotFoundError('Služba v síti nebyla nalezena.');
	return { entry, network: await loadNetwork(entry.networkId) };
}

export async function getManagedEntry(
	actor: Actor,
	id: string
): Promise<{ entry: EntryView; network: NetworkRow; regionName: string; history: AuditEntry[] }> {
	const { entry, network } = await loadEntry(id);
	await authorizeManage(actor, network.regionAreaId);
	const [view] = await loadEntries(eq(networkEntries.id, entry.id));
	const [region] = await db().select().from(areas).where(eq(areas.id, network.regionAreaId));
	return {
		entry: view,
		network,
		regionName: region?.name ?? '',
		history: await listHistory(ENTITY.entry, id)
	};
}

export async function updateEntry(
	actor: Actor,
	id: string,
	input: Record<string, unknown>
): Promise<EntryRow> {
	const { entry, network } = await loadEntry(id);
	await authorizeManage(actor, network.regionAreaId);
	const data = parseEntry({ ...input, serviceId: entry.serviceId ?? input.serviceId });
	return db().transaction(async (tx) => {
		const { kindCode, category } = await validateEntry(tx, network, data, id);
		const updated = await auditedUpdate(
			tx,
			actor,
			networkEntries,
			ENTITY.entry,
			id,
			{
				plannedName: entry.serviceId ? null : data.plannedName,
				kindCode,
				categoryId: category.id,
				mandateRef: data.mandateRef,
				optimalSubsidy: money(data.optimalSubsidy),
				realSubsidy: money(data.realSubsidy),
				municipalCofinancing: money(data.municipalCofinancing),
				decisionRef: data.decisionRef,
				note: data.note
			},
			{ areaId: network.regionAreaId, expectedVersion: Number(input.version) || undefined }
		);
		await writeCapacities(tx, actor, id, capacityLines(data), network.regionAreaId);
		await writeTerritories(tx, actor, id, territoryOf(data), network.regionAreaId);
		return updated;
	});
}

export async function removeEntry(
	actor: Actor,
	id: string,
	input: Record<string, unknown> = {}
): Promise<{ entry: EntryRow; networkId: string }> {
	const { network } = await loadEntry(id);
	await authorizeManage(actor, network.regionAreaId);
	return db().transaction(async (tx) => {
		// Record what the capacities and territory were (they go with the entry by cascade).
		await writeCapacities(tx, actor, id, [], network.regionAreaId);
		await writeTerritories(tx, actor, id, [], network.regionAreaId);
		const removed = await auditedDelete(tx, actor, networkEntries, ENTITY.entry, id, {
			areaId: network.regionAreaId,
			expectedVersion: Number(input.version) || undefined
		});
		return { entry: removed, networkId: network.id };
	});
}

/** Whether the actor manages the region of a network (for showing management links). */
export async function canManageNetworkRegion(actor: Actor, regionAreaId: string): Promise<boolean> {
	return canManageRegion(actor, regionAreaId);
}

let obecNames: Map<string, string> | null = null;

/** "Liberec 60 %, ORP Liberec 40 %" (names from the shipped code lists; unknown codes as they are). */
export function territoryText(lines: TerritoryLine[]): string {
	obecNames ??= new Map(BUILTIN_OBCE.map((o) => [o.code, o.name]));
	const names = territoryNames();
	return lines
		.map((l) => {
			const name =
				l.level === 'orp' ? `ORP ${names.orp(l.code)}` : (obecNames!.get(l.code) ?? l.code);
			return `${name} ${String(l.sharePercent).replace('.', ',')} %`;
		})
		.join(', ');
}
