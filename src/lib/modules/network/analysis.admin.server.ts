/**
 * Administration of the capacity analysis: population import (ČSÚ-style CSV, all or nothing,
 * idempotent re-import), norms and substitution groups per region, demand records
 * ("monitorování zájemců o službu") by coordinators and by providers for their own services.
 */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize, can, isAdmin } from '#lib/platform/access/can.ts';
import { auditedDelete, auditedInsert, recordAudit } from '#lib/platform/audit/audit.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { compareCs } from '#lib/platform/i18n/format.ts';
import {
	areas,
	areaScope,
	coordinatedAreas,
	organisations,
	type Area
} from '#lib/modules/organisation/index.ts';
import { providers, services, serviceKindLabel } from '#lib/modules/catalogue/index.ts';
import {
	networkDemand,
	networkNorms,
	networkPopulation,
	networkSubstitutionGroups,
	networkSubstitutionMembers
} from './analysis.schema.ts';
import { parsePopulationCsv } from './analysis.population.ts';
import { knownMunicipalities, municipalityCodesOf } from './analysis.territory.server.ts';
import {
	DeleteInput,
	DemandInput,
	GroupInput,
	NormInput,
	PopulationImportInput
} from './analysis.validation.ts';
import './analysis.permissions.ts';

export const NORM_ENTITY = 'network.norm';
export const GROUP_ENTITY = 'network.substitution-group';
export const DEMAND_ENTITY = 'network.demand';
export const POPULATION_ENTITY = 'network.population';
export const DEMAND_PAGE_SIZE = 25;

async function findAreaOr400(id: string, field = 'areaId'): Promise<Area> {
	const [area] = await db().select().from(areas).where(eq(areas.id, id));
	if (!area) throw new ValidationError({ [field]: ['Území plánování neexistuje.'] });
	return area;
}

// ── population ──

export interface PopulationImportResult {
	rows: number;
	created: number;
	updated: number;
	years: number[];
	municipalities: number;
}

/**
 * Import a ČSÚ-style CSV for a planning area: every municipality code must be known and lie in the
 * area; any problem → ValidationError listing them (Czech) and nothing is written. Re-importing the
 * same file changes nothing (rows are matched by municipality, year and age band).
 */
export async function importPopulation(
	actor: Actor,
	input: unknown,
	file: { name: string; text: string }
): Promise<PopulationImportResult> {
	if (actor.kind === 'anonymous') authorize(actor, 'network.analysis.manage');
	const { areaId } = parseInput(PopulationImportInput, input);
	const area = await findAreaOr400(areaId);
	authorize(actor, 'network.analysis.manage', await areaScope(area.id));
	const parsed = parsePopulationCsv(file.text);
	if (parsed.errors.length) {
		throw new ValidationError(
			{ file: parsed.errors.slice(0, 20) },
			`Soubor nebyl načten, nic se neuložilo (${parsed.errors.length} chyb).`
		);
	}
	const known = await knownMunicipalities();
	const inArea = await municipalityCodesOf(area);
	const codes = [...new Set(parsed.rows.map((r) => r.municipalityCode))];
	const unknown = codes.filter((c) => !known.has(c));
	const outside = codes.filter((c) => known.has(c) && !inArea.has(c));
	const problems: string[] = [];
	if (unknown.length) {
		problems.push(
			`Neznámé kódy obcí: ${unknown.slice(0, 30).join(', ')}${unknown.length > 30 ? '…' : ''}.`
		);
	}
	if (outside.length) {
		problems.push(
			`Obce mimo území ${area.name}: ${outside
				.slice(0, 30)
				.map((c) => `${c} (${known.get(c)?.name ?? ''})`)
				.join(', ')}.`
		);
	}
	if (problems.length) {
		throw new ValidationError(
			{ file: problems },
			'Soubor nebyl načten, nic se neuložilo. Opravte kódy obcí.'
		);
	}
	return db().transaction(async (tx) => {
		const existing = await tx
			.select({
				code: networkPopulation.municipalityCode,
				year: networkPopulation.year,
				band: networkPopulation.ageBand,
				count: networkPopulation.count
			})
			.from(networkPopulation)
			.where(inArray(networkPopulation.municipalityCode, codes));
		const before = new Map(existing.map((e) => [`${e.code}|${e.year}|${e.band}`, e.count]));
		let created = 0;
		let updated = 0;
		const changed = parsed.rows.filter((r) => {
			const prev = before.get(`${r.municipalityCode}|${r.year}|${r.ageBand}`);
			if (prev === undefined) created++;
			else if (prev !== r.count) updated++;
			return prev !== r.count;
		});
		for (let i = 0; i < changed.length; i += 500) {
			await tx
				.insert(networkPopulation)
				.values(
					changed.slice(i, i + 500).map((r) => ({
						municipalityCode: r.municipalityCode,
						municipalityName: r.municipalityName,
						year: r.year,
						ageBand: r.ageBand,
						count: r.count,
						source: file.name.slice(0, 200)
					}))
				)
				.onConflictDoUpdate({
					target: [
						networkPopulation.municipalityCode,
						networkPopulation.year,
						networkPopulation.ageBand
					],
					set: {
						count: sql`excluded.count`,
						municipalityName: sql`excluded.municipality_name`,
						source: sql`excluded.source`,
						updatedAt: new Date()
					}
				});
		}
		const years = [...new Set(parsed.rows.map((r) => r.year))].sort();
		if (changed.length) {
			await recordAudit(tx, actor, {
				entityType: POPULATION_ENTITY,
				entityId: area.id,
				action: 'import',
				after: { file: file.name, rows: parsed.rows.length, created, updated, years },
				areaId: area.id
			});
		}
		return { rows: parsed.rows.length, created, updated, years, municipalities: codes.length };
	});
}

/** Imported population per year for the area (municipalities and people), for the admin page. */
export async function populationSummary(area: Area) {
	const codes = [...(await municipalityCodesOf(area))];
	if (!codes.length) return [];
	const rows = await db()
		.select({
			year: networkPopulation.year,
			municipalities: sql<number>`count(distinct ${networkPopulation.municipalityCode})::int`,
			people: sql<number>`sum(${networkPopulation.count})::int`
		})
		.from(networkPopulation)
		.where(inArray(networkPopulation.municipalityCode, codes))
		.groupBy(networkPopulation.year)
		.orderBy(desc(networkPopulation.year));
	return rows;
}

// ── norms and substitution groups ──

async function regionForManage(actor: Actor, regionAreaId: string): Promise<Area> {
	const region = await findAreaOr400(regionAreaId, 'regionAreaId');
	authorize(actor, 'network.analysis.manage', await areaScope(region.id));
	if (region.kind !== 'kraj') {
		throw new ValidationError({ regionAreaId: ['Normativy a skupiny se nastavují pro kraj.'] });
	}
	return region;
}

export async function createNorm(actor: Actor, input: unknown) {
	if (actor.kind === 'anonymous') authorize(actor, 'network.analysis.manage');
	const data = parseInput(NormInput, input);
	const region = await regionForManage(actor, data.regionAreaId);
	return db().transaction(async (tx) => {
		const [dup] = await tx
			.select({ id: networkNorms.id })
			.from(networkNorms)
			.where(
				and(
					eq(networkNorms.regionAreaId, region.id),
					eq(networkNorms.kindCode, data.kindCode),
					eq(networkNorms.unit, data.unit)
				)
			);
		if (dup) {
			throw new ValidationError({
				kindCode: [
					`Kraj už má normativ pro ${serviceKindLabel(data.kindCode)} v této jednotce – nejdřív jej odstraňte.`
				]
			});
		}
		return auditedInsert(
			tx,
			actor,
			networkNorms,
			NORM_ENTITY,
			{
				regionAreaId: region.id,
				kindCode: data.kindCode,
				unit: data.unit,
				perThousand: String(data.perThousand),
				ageBands: data.ageBands,
				label: data.label ?? serviceKindLabel(data.kindCode)
			},
			{ areaId: region.id }
		);
	});
}

export async function deleteNorm(actor: Actor, input: unknown) {
	if (actor.kind === 'anonymous') authorize(actor, 'network.analysis.manage');
	const { id, version } = parseInput(DeleteInput, input);
	const [norm] = await db().select().from(networkNorms).where(eq(networkNorms.id, id));
	if (!norm) throw new NotFoundError('Normativ neexistuje.');
	authorize(actor, 'network.analysis.manage', await areaScope(norm.regionAreaId));
	await db().transaction((tx) =>
		auditedDelete(tx, actor, networkNorms, NORM_ENTITY, id, {
			expectedVersion: version,
			areaId: norm.regionAreaId
		})
	);
}

export async function createGroup(actor: Actor, input: unknown) {
	if (actor.kind === 'anonymous') authorize(actor, 'network.analysis.manage');
	const data = parseInput(GroupInput, input);
	const region = await regionForManage(actor, data.regionAreaId);
	return db().transaction(async (tx) => {
		const [dup] = await tx
			.select({ id: networkSubstitutionGroups.id })
			.from(networkSubstitutionGroups)
			.where(
				and(
					eq(networkSubstitutionGroups.regionAreaId, region.id),
					eq(networkSubstitutionGroups.name, data.name)
				)
			);
		if (dup) throw new ValidationError({ name: ['Skupina s tímto názvem už v kraji je.'] });
		const kinds = [...new Set(data.kinds)];
		const group = await auditedInsert(
			tx,
			actor,
			networkSubstitutionGroups,
			GROUP_ENTITY,
			{ regionAreaId: region.id, name: data.name, note: data.note },
			{ areaId: region.id }
		);
		await tx
			.insert(networkSubstitutionMembers)
			.values(kinds.map((kindCode) => ({ groupId: group.id, kindCode })));
		await recordAudit(tx, actor, {
			entityType: GROUP_ENTITY,
			entityId: group.id,
			action: 'members',
			after: { kinds },
			areaId: region.id
		});
		return group;
	});
}

export async function deleteGroup(actor: Actor, input: unknown) {
	if (actor.kind === 'anonymous') authorize(actor, 'network.analysis.manage');
	const { id, version } = parseInput(DeleteInput, input);
	const [group] = await db()
		.select()
		.from(networkSubstitutionGroups)
		.where(eq(networkSubstitutionGroups.id, id));
	if (!group) throw new NotFoundError('Skupina neexistuje.');
	authorize(actor, 'network.analysis.manage', await areaScope(group.regionAreaId));
	await db().transaction((tx) =>
		auditedDelete(tx, actor, networkSubstitutionGroups, GROUP_ENTITY, id, {
			expectedVersion: version,
			areaId: group.regionAreaId
		})
	);
}

/** The admin page: regions and areas the actor manages, with norms, groups and imported population. */
export async function getAnalysisAdmin(actor: Actor, input: { regionAreaId?: string | null }) {
	authorize(actor, 'network.analysis.read');
	const managed = (await coordinatedAreas(actor)).sort((a, b) => compareCs(a.name, b.name));
	if (!managed.length) authorize(actor, 'network.analysis.manage', { areaIds: [] });
	const regions = managed.filter((a) => a.kind === 'kraj');
	const region = regions.find((r) => r.id === input.regionAreaId) ?? regions[0] ?? null;
	const [norms, groups, members] = region
		? await Promise.all([
				db()
					.select()
					.from(networkNorms)
					.where(eq(networkNorms.regionAreaId, region.id))
					.orderBy(asc(networkNorms.kindCode)),
				db()
					.select()
					.from(networkSubstitutionGroups)
					.where(eq(networkSubstitutionGroups.regionAreaId, region.id))
					.orderBy(asc(networkSubstitutionGroups.name)),
				db()
					.select({
						groupId: networkSubstitutionMembers.groupId,
						kindCode: networkSubstitutionMembers.kindCode
					})
					.from(networkSubstitutionMembers)
					.innerJoin(
						networkSubstitutionGroups,
						eq(networkSubstitutionGroups.id, networkSubstitutionMembers.groupId)
					)
					.where(eq(networkSubstitutionGroups.regionAreaId, region.id))
			])
		: [[], [], []];
	const population = await Promise.all(
		managed.slice(0, 20).map(async (a) => ({
			area: { id: a.id, name: a.name },
			years: await populationSummary(a)
		}))
	);
	return {
		regions: regions.map((r) => ({ id: r.id, name: r.name })),
		region: region ? { id: region.id, name: region.name } : null,
		areas: managed.map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
		norms: norms.map((n) => ({
			id: n.id,
			version: n.version,
			kindCode: n.kindCode,
			unit: n.unit as 'beds' | 'fte',
			perThousand: Number(n.perThousand),
			ageBands: n.ageBands,
			label: n.label
		})),
		groups: groups.map((g) => ({
			id: g.id,
			version: g.version,
			name: g.name,
			note: g.note,
			kinds: members.filter((m) => m.groupId === g.id).map((m) => m.kindCode)
		})),
		population
	};
}

// ── demand records ──

const providerOrganisations = (actor: Actor): string[] =>
	actor.kind === 'user'
		? actor.grants
				.filter((g) => g.role === 'provider' && g.organisationId)
				.map((g) => g.organisationId as string)
		: [];

export async function recordDemand(actor: Actor, input: unknown) {
	if (actor.kind === 'anonymous') authorize(actor, 'network.demand.record');
	const data = parseInput(DemandInput, input);
	const area = await findAreaOr400(data.areaId);
	let organisationId: string | null = null;
	let kindCode = data.kindCode;
	if (data.serviceId) {
		const [service] = await db()
			.select({ kindCode: services.kindCode, organisationId: providers.organisationId })
			.from(services)
			.innerJoin(providers, eq(providers.id, services.providerId))
			.where(eq(services.id, data.serviceId));
		if (!service) throw new ValidationError({ serviceId: ['Služba neexistuje.'] });
		if (service.kindCode && service.kindCode !== data.kindCode) {
			throw new ValidationError({
				kindCode: [`Služba je druhu ${serviceKindLabel(service.kindCode)} – zvolte stejný druh.`]
			});
		}
		organisationId = service.organisationId;
		kindCode = service.kindCode ?? data.kindCode;
	}
	const scope = await areaScope(area.id, { organisationId });
	authorize(actor, 'network.demand.record', scope);
	const coordinator = can(actor, 'network.analysis.manage', scope);
	return db().transaction((tx) =>
		auditedInsert(
			tx,
			actor,
			networkDemand,
			DEMAND_ENTITY,
			{
				areaId: area.id,
				kindCode,
				year: data.year,
				indicator: data.indicator,
				count: data.count,
				source: coordinator ? 'coordinator' : 'provider',
				serviceId: data.serviceId,
				organisationId,
				enteredBy: actor.kind === 'user' ? actor.userId : null,
				note: data.note
			},
			{ areaId: area.id }
		)
	);
}

export async function deleteDemand(actor: Actor, input: unknown) {
	if (actor.kind === 'anonymous') authorize(actor, 'network.demand.record');
	const { id, version } = parseInput(DeleteInput, input);
	const [row] = await db().select().from(networkDemand).where(eq(networkDemand.id, id));
	if (!row) throw new NotFoundError('Záznam neexistuje.');
	authorize(
		actor,
		'network.demand.record',
		await areaScope(row.areaId, { organisationId: row.organisationId })
	);
	await db().transaction((tx) =>
		auditedDelete(tx, actor, networkDemand, DEMAND_ENTITY, id, {
			expectedVersion: version,
			areaId: row.areaId
		})
	);
}

/** Demand records the actor may see and edit (coordinated areas, own organisations), paginated. */
export async function listDemand(actor: Actor, page = 1) {
	if (actor.kind === 'anonymous') authorize(actor, 'network.demand.record');
	const orgs = providerOrganisations(actor);
	const coordinated = await coordinatedAreas(actor);
	if (!coordinated.length && !orgs.length) authorize(actor, 'network.demand.record');
	const areaIds = coordinated.map((a) => a.id);
	const visible = isAdmin(actor)
		? sql`true`
		: sql`(${areaIds.length ? inArray(networkDemand.areaId, areaIds) : sql`false`} or ${
				orgs.length ? inArray(networkDemand.organisationId, orgs) : sql`false`
			})`;
	const [{ total }] = await db().select({ total: count() }).from(networkDemand).where(visible);
	const pages = Math.max(1, Math.ceil(total / DEMAND_PAGE_SIZE));
	const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
	const rows = await db()
		.select({
			id: networkDemand.id,
			version: networkDemand.version,
			year: networkDemand.year,
			kindCode: networkDemand.kindCode,
			indicator: networkDemand.indicator,
			count: networkDemand.count,
			source: networkDemand.source,
			note: networkDemand.note,
			areaName: areas.name,
			serviceName: services.name,
			organisationName: organisations.name
		})
		.from(networkDemand)
		.innerJoin(areas, eq(areas.id, networkDemand.areaId))
		.leftJoin(services, eq(services.id, networkDemand.serviceId))
		.leftJoin(organisations, eq(organisations.id, networkDemand.organisationId))
		.where(visible)
		.orderBy(desc(networkDemand.year), desc(networkDemand.createdAt))
		.limit(DEMAND_PAGE_SIZE)
		.offset((current - 1) * DEMAND_PAGE_SIZE);
	const serviceOptions = orgs.length
		? await db()
				.select({ id: services.id, name: services.name, kindCode: services.kindCode })
				.from(services)
				.innerJoin(providers, eq(providers.id, services.providerId))
				.where(and(inArray(providers.organisationId, orgs), eq(services.status, 'active')))
				.orderBy(asc(services.name))
				.limit(200)
		: [];
	const allAreas = isAdmin(actor) || orgs.length ? await db().select().from(areas) : coordinated;
	return {
		rows,
		page: current,
		pages,
		total,
		serviceOptions: serviceOptions.map((s) => ({
			value: s.id,
			label: s.kindCode ? `${s.name} (${serviceKindLabel(s.kindCode)})` : s.name
		})),
		areaOptions: allAreas
			.map((a) => ({ value: a.id, label: a.name }))
			.sort((a, b) => compareCs(a.label, b.label))
	};
}
