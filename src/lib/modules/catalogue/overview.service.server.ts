/**
 * Planners' overview of registered capacities (signed-in users): sums of capacity by kind ×
 * territory (kraj, ORP or municipality served), by kind in total and by target group — always per
 * unit (lůžka, klienti, kontakty, intervence, hovory are never added together) and per
 * registration (capacity belongs to the service, never multiplied by its facilities). Optionally
 * limited to a planning area (its kraj/ORP/obec code, or its member municipalities' codes).
 */
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { db, queryRows } from '#lib/platform/db/client.server.ts';
import { ValidationError } from '#lib/platform/http/errors.ts';
import { parseInput } from '#lib/platform/http/validation.ts';
import { compareCs } from '#lib/platform/i18n/format.ts';
import { areaMunicipalities, areas } from '#lib/modules/organisation/index.ts';
import { CAPACITY_TYPES, SERVICE_KINDS, serviceKindLabel } from './service-kinds.ts';
import {
	loadCodeLabels,
	municipalityNames,
	TARGET_GROUP_LIST,
	territoryNames
} from './search.codes.server.ts';
import './catalogue.permissions.ts';

export const OVERVIEW_LEVELS = ['kraj', 'orp', 'obec'] as const;
export type OverviewLevel = (typeof OVERVIEW_LEVELS)[number];

export const OverviewInput = z.object({
	level: z.enum(OVERVIEW_LEVELS, 'Vyberte úroveň území: kraj, ORP nebo obec.').default('orp'),
	areaId: z.uuid('Neznámé území plánování.').optional(),
	unit: z.enum(CAPACITY_TYPES, 'Neznámá jednotka kapacity.').optional()
});

export type Values = Partial<Record<string, number>>;

export interface OverviewRow {
	kindCode: string | null;
	kindLabel: string;
	territoryCode: string;
	territoryName: string;
	values: Values;
	services: number;
}

export interface OverviewTotal {
	key: string;
	label: string;
	values: Values;
	services: number;
}

export interface OverviewResult {
	level: OverviewLevel;
	area: { id: string; name: string } | null;
	/** Units that occur in the data, in registry order. */
	units: string[];
	/** The unit of the chart. */
	unit: string | null;
	rows: OverviewRow[];
	/** Per kind over distinct services (each service once, whatever its territory). */
	kindTotals: OverviewTotal[];
	targetGroups: OverviewTotal[];
	areaOptions: { value: string; label: string }[];
}

const NON_REGISTERED = 'Návazné služby (mimo registr)';
const LEVEL_COLUMN: Record<OverviewLevel, SQL> = {
	kraj: sql`s.kraj_codes`,
	orp: sql`s.orp_codes`,
	obec: sql`s.municipality_codes`
};
const textArray = (values: readonly string[]) =>
	sql`ARRAY[${sql.join(
		values.map((v) => sql`${v}`),
		sql`, `
	)}]::text[]`;

interface AreaScope {
	where: SQL;
	/** Territory codes of the chosen level inside the area (null: no restriction). */
	codes: string[] | null;
}

async function areaScope(
	areaId: string,
	level: OverviewLevel
): Promise<{ scope: AreaScope; name: string }> {
	const [area] = await db().select().from(areas).where(eq(areas.id, areaId));
	if (!area) throw new ValidationError({ areaId: ['Území plánování neexistuje.'] });
	const members = await db()
		.select({ code: areaMunicipalities.code })
		.from(areaMunicipalities)
		.where(eq(areaMunicipalities.areaId, areaId));
	const memberCodes = members.map((m) => m.code).filter((c): c is string => !!c);
	const territory = territoryNames();
	let where: SQL;
	let codes: string[] | null = null;
	if (area.kind === 'kraj' && area.code) {
		where = sql`s.kraj_codes @> ${textArray([area.code])}`;
		if (level === 'kraj') codes = [area.code];
		if (level === 'orp') codes = territory.orpOfKraj(area.code);
	} else if (area.kind === 'orp' && area.code) {
		where = sql`s.orp_codes @> ${textArray([area.code])}`;
		if (level === 'orp') codes = [area.code];
		if (level === 'obec' && memberCodes.length) codes = memberCodes;
	} else if (area.kind === 'obec' && area.code) {
		where = sql`s.municipality_codes @> ${textArray([area.code])}`;
		if (level === 'obec') codes = [area.code];
	} else if (memberCodes.length) {
		where = sql`s.municipality_codes && ${textArray(memberCodes)}`;
		if (level === 'obec') codes = memberCodes;
	} else {
		throw new ValidationError({
			areaId: [
				'Území plánování nemá kód ani obce s kódem ČSÚ – doplňte je v nastavení území, jinak nelze služby přiřadit.'
			]
		});
	}
	return { scope: { where, codes }, name: area.name };
}

const kindOrder = new Map(SERVICE_KINDS.map((k, i) => [k.code, i]));
const orderOfKind = (code: string | null) => (code === null ? 9999 : (kindOrder.get(code) ?? 999));
const kindLabelOf = (code: string | null) =>
	code === null ? NON_REGISTERED : serviceKindLabel(code);

function collect<K extends string>(
	rows: ({ unit: string; total: string | number; services: string | number } & Record<
		K,
		string | null
	>)[],
	key: K
): Map<string | null, { values: Values; services: number }> {
	const out = new Map<string | null, { values: Values; services: number }>();
	for (const r of rows) {
		const k = r[key];
		const entry = out.get(k) ?? { values: {}, services: 0 };
		entry.values[r.unit] = Number(r.total);
		out.set(k, entry);
	}
	return out;
}

/** The overview for the planners' page and its XLSX export. */
export async function capacityOverview(actor: Actor, input: unknown): Promise<OverviewResult> {
	authorize(actor, 'catalogue.overview.read');
	const params = parseInput(OverviewInput, input);
	const area = params.areaId ? await areaScope(params.areaId, params.level) : null;
	const scope = area ? area.scope.where : sql`true`;
	const column = LEVEL_COLUMN[params.level];
	const territoryFilter = area?.scope.codes
		? area.scope.codes.length
			? sql`t.code = any(${textArray(area.scope.codes)})`
			: sql`false`
		: sql`true`;
	type UnitRow = { unit: string; total: string | number; services: string | number };
	const [cells, cellServices, totals, totalServices, groups, groupServices, areaRows, labels] =
		await Promise.all([
			queryRows<UnitRow & { kind_code: string | null; territory: string }>(
				db(),
				sql`select s.kind_code, t.code as territory, c.unit, sum(c.count) as total, count(distinct s.id) as services
				from catalogue_services s
				cross join lateral unnest(${column}) as t(code)
				join catalogue_capacities c on c.service_id = s.id
				where s.status = 'active' and ${scope} and ${territoryFilter}
				group by 1, 2, 3`
			),
			queryRows<{ kind_code: string | null; territory: string; services: string | number }>(
				db(),
				sql`select s.kind_code, t.code as territory, count(distinct s.id) as services
				from catalogue_services s
				cross join lateral unnest(${column}) as t(code)
				where s.status = 'active' and ${scope} and ${territoryFilter}
				group by 1, 2`
			),
			queryRows<UnitRow & { kind_code: string | null }>(
				db(),
				sql`select s.kind_code, c.unit, sum(c.count) as total, count(distinct s.id) as services
				from catalogue_services s
				join catalogue_capacities c on c.service_id = s.id
				where s.status = 'active' and ${scope}
				group by 1, 2`
			),
			queryRows<{ kind_code: string | null; services: string | number }>(
				db(),
				sql`select s.kind_code, count(*) as services from catalogue_services s
				where s.status = 'active' and ${scope} group by 1`
			),
			queryRows<UnitRow & { code: string }>(
				db(),
				sql`select tg.code, c.unit, sum(c.count) as total, count(distinct s.id) as services
				from catalogue_services s
				cross join lateral unnest(s.target_group_codes) as tg(code)
				join catalogue_capacities c on c.service_id = s.id
				where s.status = 'active' and ${scope}
				group by 1, 2`
			),
			queryRows<{ code: string; services: string | number }>(
				db(),
				sql`select tg.code, count(*) as services from catalogue_services s
				cross join lateral unnest(s.target_group_codes) as tg(code)
				where s.status = 'active' and ${scope} group by 1`
			),
			db()
				.select({ id: areas.id, name: areas.name, kind: areas.kind })
				.from(areas)
				.orderBy(asc(areas.name)),
			loadCodeLabels([TARGET_GROUP_LIST])
		]);

	const territory = territoryNames();
	const names =
		params.level === 'obec'
			? await municipalityNames([...new Set(cellServices.map((c) => c.territory))])
			: new Map<string, string>();
	const territoryName = (code: string) =>
		params.level === 'kraj'
			? territory.kraj(code)
			: params.level === 'orp'
				? territory.orp(code)
				: (names.get(code) ?? code);

	const cellKey = (kind: string | null, t: string) => `${kind ?? ''}|${t}`;
	const cellValues = new Map<string, Values>();
	for (const c of cells) {
		const key = cellKey(c.kind_code, c.territory);
		const values = cellValues.get(key) ?? {};
		values[c.unit] = Number(c.total);
		cellValues.set(key, values);
	}
	const rows: OverviewRow[] = cellServices
		.map((c) => ({
			kindCode: c.kind_code,
			kindLabel: kindLabelOf(c.kind_code),
			territoryCode: c.territory,
			territoryName: territoryName(c.territory),
			values: cellValues.get(cellKey(c.kind_code, c.territory)) ?? {},
			services: Number(c.services)
		}))
		.sort(
			(a, b) =>
				orderOfKind(a.kindCode) - orderOfKind(b.kindCode) ||
				compareCs(a.territoryName, b.territoryName)
		);

	const totalValues = collect(totals, 'kind_code');
	const kindTotals: OverviewTotal[] = totalServices
		.map((t) => ({
			key: t.kind_code ?? '',
			label: kindLabelOf(t.kind_code),
			values: totalValues.get(t.kind_code)?.values ?? {},
			services: Number(t.services)
		}))
		.sort((a, b) => orderOfKind(a.key || null) - orderOfKind(b.key || null));

	const groupValues = collect(groups, 'code');
	const targetGroups: OverviewTotal[] = groupServices
		.map((g) => ({
			key: g.code,
			label: labels.label(TARGET_GROUP_LIST, g.code),
			values: groupValues.get(g.code)?.values ?? {},
			services: Number(g.services)
		}))
		.sort(
			(a, b) =>
				labels.sort(TARGET_GROUP_LIST, a.key) - labels.sort(TARGET_GROUP_LIST, b.key) ||
				compareCs(a.label, b.label)
		);

	const present = new Set(totals.map((t) => t.unit));
	const units = [
		...CAPACITY_TYPES.filter((u) => present.has(u)),
		...[...present].filter((u) => !(CAPACITY_TYPES as readonly string[]).includes(u)).sort()
	];
	const unit =
		params.unit && units.includes(params.unit)
			? params.unit
			: units.includes('luzka')
				? 'luzka'
				: (units[0] ?? null);
	return {
		level: params.level,
		area: area && params.areaId ? { id: params.areaId, name: area.name } : null,
		units,
		unit,
		rows,
		kindTotals,
		targetGroups,
		areaOptions: areaRows
			.map((a) => ({ value: a.id, label: a.name }))
			.sort((a, b) => compareCs(a.label, b.label))
	};
}
