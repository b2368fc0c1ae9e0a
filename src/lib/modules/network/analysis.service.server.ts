/**
 * The capacity gap analysis of a planning area and year: gathers the demand indicators
 * (population of the area's municipalities by age band, demand records of the area and the areas
 * below it), the supply (network capacity from the network block, registry capacity from the
 * catalogue overview), the region's norms and substitution groups, and runs `computeGaps`.
 */
import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { isAppError, NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { compareCs } from '#lib/platform/i18n/format.ts';
import { areas, organisations, type Area } from '#lib/modules/organisation/index.ts';
import { capacityOverview, services } from '#lib/modules/catalogue/index.ts';
import { users } from '#lib/platform/auth/auth.schema.ts';
import {
	AGE_BANDS,
	networkDemand,
	networkNorms,
	networkPopulation,
	networkSubstitutionGroups,
	networkSubstitutionMembers,
	type AgeBand
} from './analysis.schema.ts';
import { computeGaps, type GapNetwork, type GapResult, type GapUnit } from './analysis.gap.ts';
import { AnalysisQuery } from './analysis.validation.ts';
import { areaDescendants, municipalityCodesOf, regionOf } from './analysis.territory.server.ts';
import { networkCapacityByKind } from './network.capacity.server.ts';
import type { KindCapacity } from './network.contract.ts';
import './analysis.permissions.ts';

export interface PopulationEvidence {
	code: string;
	name: string;
	bands: Partial<Record<AgeBand, number>>;
}

export interface DemandEvidence {
	id: string;
	kindCode: string;
	indicator: 'unmet' | 'refused';
	count: number;
	source: string;
	areaName: string;
	organisationName: string | null;
	serviceName: string | null;
	note: string | null;
	enteredByName: string | null;
}

export interface CapacityAnalysis {
	area: { id: string; name: string; kind: string };
	year: number;
	region: { id: string; name: string } | null;
	/** The population year used (the latest imported year not after `year`, else the earliest). */
	populationYear: number | null;
	population: Partial<Record<AgeBand, number>>;
	populationRows: PopulationEvidence[];
	/** Municipalities of the area without any population row for the year used. */
	missingPopulation: number;
	demand: DemandEvidence[];
	result: GapResult;
	/** Why a supply figure is missing (e.g. the area has no municipalities with codes). */
	networkProblem: string | null;
	registryProblem: string | null;
}

export type NetworkCapacitySource = (input: {
	areaId: string;
	year: number;
}) => Promise<KindCapacity[]>;

const problemOf = (error: unknown): string => {
	if (error instanceof ValidationError) return Object.values(error.fields).flat().join(' ');
	if (isAppError(error)) return error.message;
	throw error;
};

/** Areas offered on the analysis page (kraje, ORP, SO POÚ, microregions, obce), Czech order. */
export async function analysisAreaOptions(
	actor: Actor
): Promise<{ value: string; label: string; kind: string }[]> {
	authorize(actor, 'network.analysis.read');
	const rows = await db()
		.select({ id: areas.id, name: areas.name, kind: areas.kind })
		.from(areas)
		.orderBy(asc(areas.name));
	return rows
		.map((a) => ({ value: a.id, label: a.name, kind: a.kind }))
		.sort((a, b) => compareCs(a.label, b.label));
}

export async function capacityAnalysis(
	actor: Actor,
	input: unknown,
	networkSource: NetworkCapacitySource = networkCapacityByKind
): Promise<CapacityAnalysis> {
	authorize(actor, 'network.analysis.read');
	const query = parseInput(AnalysisQuery, input);
	const [area] = await db().select().from(areas).where(eq(areas.id, query.areaId));
	if (!area) throw new NotFoundError('Území plánování neexistuje.');
	const region = await regionOf(area);

	const [population, demand, norms, groups, network, registry] = await Promise.all([
		populationOf(area, query.year),
		demandOf(area, query.year),
		region
			? db().select().from(networkNorms).where(eq(networkNorms.regionAreaId, region.id))
			: Promise.resolve([]),
		region ? groupsOf(region.id) : Promise.resolve([]),
		networkSource({ areaId: area.id, year: query.year }).then(
			(rows) => ({ rows, problem: null as string | null }),
			(error: unknown) => ({ rows: [] as KindCapacity[], problem: problemOf(error) })
		),
		registryOf(actor, area.id)
	]);

	const result = computeGaps({
		population: population.totals,
		norms: norms.map((n) => ({
			id: n.id,
			kindCode: n.kindCode,
			unit: n.unit as GapUnit,
			perThousand: Number(n.perThousand),
			ageBands: n.ageBands as AgeBand[],
			label: n.label
		})),
		network: network.rows.map((c): GapNetwork => ({
			kindCode: c.kindCode,
			unit: c.unit,
			amount: c.amount,
			entries: c.entries
		})),
		registry: registry.values,
		demand: demand.map((d) => ({
			id: d.id,
			kindCode: d.kindCode,
			indicator: d.indicator,
			count: d.count
		})),
		groups
	});

	return {
		area: { id: area.id, name: area.name, kind: area.kind },
		year: query.year,
		region: region ? { id: region.id, name: region.name } : null,
		populationYear: population.year,
		population: population.totals,
		populationRows: population.rows,
		missingPopulation: population.missing,
		demand,
		result,
		networkProblem: network.problem,
		registryProblem: registry.problem
	};
}

async function populationOf(area: Area, year: number) {
	const codes = [...(await municipalityCodesOf(area))];
	const empty = {
		year: null as number | null,
		totals: {} as Partial<Record<AgeBand, number>>,
		rows: [] as PopulationEvidence[],
		missing: codes.length
	};
	if (!codes.length) return empty;
	const [before] = await db()
		.select({ year: networkPopulation.year })
		.from(networkPopulation)
		.where(
			and(inArray(networkPopulation.municipalityCode, codes), lte(networkPopulation.year, year))
		)
		.orderBy(desc(networkPopulation.year))
		.limit(1);
	const [after] = before
		? [before]
		: await db()
				.select({ year: networkPopulation.year })
				.from(networkPopulation)
				.where(inArray(networkPopulation.municipalityCode, codes))
				.orderBy(asc(networkPopulation.year))
				.limit(1);
	if (!after) return empty;
	const rows = await db()
		.select()
		.from(networkPopulation)
		.where(
			and(
				inArray(networkPopulation.municipalityCode, codes),
				eq(networkPopulation.year, after.year)
			)
		);
	const totals: Partial<Record<AgeBand, number>> = {};
	const byCode = new Map<string, PopulationEvidence>();
	for (const r of rows) {
		const band = r.ageBand as AgeBand;
		totals[band] = (totals[band] ?? 0) + r.count;
		const e =
			byCode.get(r.municipalityCode) ??
			byCode
				.set(r.municipalityCode, { code: r.municipalityCode, name: r.municipalityName, bands: {} })
				.get(r.municipalityCode)!;
		e.bands[band] = r.count;
	}
	for (const band of AGE_BANDS) totals[band] ??= 0;
	return {
		year: after.year,
		totals,
		rows: [...byCode.values()].sort((a, b) => compareCs(a.name, b.name)),
		missing: codes.length - byCode.size
	};
}

async function demandOf(area: Area, year: number): Promise<DemandEvidence[]> {
	const ids = await areaDescendants(area.id);
	const rows = await db()
		.select({
			id: networkDemand.id,
			kindCode: networkDemand.kindCode,
			indicator: networkDemand.indicator,
			count: networkDemand.count,
			source: networkDemand.source,
			note: networkDemand.note,
			areaName: areas.name,
			organisationName: organisations.name,
			serviceName: services.name,
			enteredByName: users.name
		})
		.from(networkDemand)
		.innerJoin(areas, eq(areas.id, networkDemand.areaId))
		.leftJoin(organisations, eq(organisations.id, networkDemand.organisationId))
		.leftJoin(services, eq(services.id, networkDemand.serviceId))
		.leftJoin(users, eq(users.id, networkDemand.enteredBy))
		.where(and(inArray(networkDemand.areaId, ids), eq(networkDemand.year, year)))
		.orderBy(asc(networkDemand.kindCode), asc(networkDemand.createdAt));
	return rows.map((r) => ({ ...r, indicator: r.indicator as 'unmet' | 'refused' }));
}

async function groupsOf(regionId: string) {
	const groups = await db()
		.select()
		.from(networkSubstitutionGroups)
		.where(eq(networkSubstitutionGroups.regionAreaId, regionId))
		.orderBy(asc(networkSubstitutionGroups.name));
	if (!groups.length) return [];
	const members = await db()
		.select()
		.from(networkSubstitutionMembers)
		.where(
			inArray(
				networkSubstitutionMembers.groupId,
				groups.map((g) => g.id)
			)
		);
	return groups.map((g) => ({
		id: g.id,
		name: g.name,
		kinds: members.filter((m) => m.groupId === g.id).map((m) => m.kindCode)
	}));
}

async function registryOf(actor: Actor, areaId: string) {
	try {
		const overview = await capacityOverview(actor, { level: 'orp', areaId });
		const values: Record<string, Partial<Record<string, number>>> = {};
		for (const t of overview.kindTotals) if (t.key) values[t.key] = t.values;
		return { values, problem: null as string | null };
	} catch (error) {
		return { values: {}, problem: problemOf(error) };
	}
}
