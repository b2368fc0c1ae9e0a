/**
 * The capacity gap computation (pure, client-safe): for each kind and network unit, the population
 * of the norm's age bands, the expected capacity (population ÷ 1 000 × norm), the network and
 * registry capacity, the demand records, the gap (expected − network) with its status, and the
 * substitution group's totals so a gap is judged in the context of kinds that can replace it.
 */
import type { AgeBand } from './analysis.schema.ts';

/** `no_norm`: the region has no norm for the kind; `no_data`: a norm, but no population of its age bands. */
export type GapStatus = 'deficit' | 'ok' | 'surplus' | 'no_norm' | 'no_data';
export type GapUnit = 'beds' | 'fte';

export interface GapNorm {
	id: string;
	kindCode: string;
	unit: GapUnit;
	perThousand: number;
	ageBands: AgeBand[];
	label: string;
}

export interface GapNetwork {
	kindCode: string;
	unit: GapUnit;
	amount: number;
	entries: { entryId: string; name: string; amount: number; sharePercent: number }[];
}

export interface GapDemand {
	id: string;
	kindCode: string;
	indicator: 'unmet' | 'refused';
	count: number;
}

export interface GapGroup {
	id: string;
	name: string;
	kinds: string[];
}

export interface GapInput {
	population: Partial<Record<AgeBand, number>>;
	norms: GapNorm[];
	network: GapNetwork[];
	/** Registry capacity per kind and registry unit (lůžka, klienti…), for context only. */
	registry: Record<string, Partial<Record<string, number>>>;
	demand: GapDemand[];
	groups: GapGroup[];
}

export interface GapGroupTotals {
	id: string;
	name: string;
	unit: GapUnit;
	kinds: string[];
	expected: number;
	network: number;
	gap: number;
	status: Exclude<GapStatus, 'no_norm' | 'no_data'>;
}

export interface GapRow {
	kindCode: string;
	unit: GapUnit;
	norm: GapNorm | null;
	/** Population of the norm's age bands (null without a norm). */
	population: number | null;
	expected: number | null;
	network: number;
	networkEntries: GapNetwork['entries'];
	registry: Partial<Record<string, number>>;
	unmet: number;
	refused: number;
	demandIds: string[];
	gap: number | null;
	status: GapStatus;
	/** Totals of the substitution group this kind belongs to (in the same unit), if any. */
	group: GapGroupTotals | null;
}

export interface GapResult {
	rows: GapRow[];
	groups: GapGroupTotals[];
}

/** Share of the expected capacity within which a difference counts as "ok" (±5 %). */
export const GAP_TOLERANCE = 0.05;

const round = (n: number, digits = 1) => {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
};

/** Deficit when the gap exceeds 5 % of the expected capacity (at least 0.5 unit), surplus the other way. */
export function gapStatus(
	expected: number,
	network: number
): Exclude<GapStatus, 'no_norm' | 'no_data'> {
	const gap = expected - network;
	const tolerance = Math.max(expected * GAP_TOLERANCE, 0.5);
	if (gap > tolerance) return 'deficit';
	if (gap < -tolerance) return 'surplus';
	return 'ok';
}

export function populationOf(
	population: Partial<Record<AgeBand, number>>,
	bands: readonly AgeBand[]
): number {
	return bands.reduce((sum, band) => sum + (population[band] ?? 0), 0);
}

/** Kind codes in the order of the law (§ number, then suffix such as 60a). */
export function compareKinds(a: string, b: string): number {
	const na = Number.parseInt(a, 10);
	const nb = Number.parseInt(b, 10);
	if (Number.isNaN(na) || Number.isNaN(nb)) return a.localeCompare(b);
	return na - nb || a.localeCompare(b);
}

export function computeGaps(input: GapInput): GapResult {
	const key = (kind: string, unit: string) => `${kind}|${unit}`;
	const keys = new Map<string, { kindCode: string; unit: GapUnit }>();
	for (const n of input.norms) keys.set(key(n.kindCode, n.unit), n);
	for (const c of input.network) keys.set(key(c.kindCode, c.unit), c);
	// Kinds with demand records but no norm or network capacity get a row too (registry capacity
	// alone does not: it is shown beside the kinds that are planned).
	const unitsOfKind = (kind: string) => [...keys.values()].filter((k) => k.kindCode === kind);
	for (const kind of new Set(input.demand.map((d) => d.kindCode))) {
		if (unitsOfKind(kind).length === 0) {
			const unit: GapUnit = input.registry[kind]?.luzka ? 'beds' : 'fte';
			keys.set(key(kind, unit), { kindCode: kind, unit });
		}
	}

	const rows: GapRow[] = [...keys.values()].map(({ kindCode, unit }) => {
		const norm = input.norms.find((n) => n.kindCode === kindCode && n.unit === unit) ?? null;
		const capacity = input.network.filter((c) => c.kindCode === kindCode && c.unit === unit);
		const network = round(
			capacity.reduce((s, c) => s + c.amount, 0),
			2
		);
		const demand = input.demand.filter((d) => d.kindCode === kindCode);
		const population = norm ? populationOf(input.population, norm.ageBands) : null;
		const expected = norm && population ? round((population / 1000) * norm.perThousand) : null;
		return {
			kindCode,
			unit,
			norm,
			population,
			expected,
			network,
			networkEntries: capacity.flatMap((c) => c.entries),
			registry: input.registry[kindCode] ?? {},
			unmet: demand.filter((d) => d.indicator === 'unmet').reduce((s, d) => s + d.count, 0),
			refused: demand.filter((d) => d.indicator === 'refused').reduce((s, d) => s + d.count, 0),
			demandIds: demand.map((d) => d.id),
			gap: expected === null ? null : round(expected - network),
			status: !norm ? 'no_norm' : expected === null ? 'no_data' : gapStatus(expected, network),
			group: null
		};
	});

	const groups: GapGroupTotals[] = [];
	for (const group of input.groups) {
		for (const unit of ['beds', 'fte'] as const) {
			const members = rows.filter((r) => r.unit === unit && group.kinds.includes(r.kindCode));
			if (!members.some((r) => r.expected !== null)) continue;
			const expected = round(members.reduce((s, r) => s + (r.expected ?? 0), 0));
			const network = round(
				members.reduce((s, r) => s + r.network, 0),
				2
			);
			const totals: GapGroupTotals = {
				id: group.id,
				name: group.name,
				unit,
				kinds: members.map((r) => r.kindCode).sort(compareKinds),
				expected,
				network,
				gap: round(expected - network),
				status: gapStatus(expected, network)
			};
			groups.push(totals);
			for (const r of members) r.group ??= totals;
		}
	}

	rows.sort((a, b) => compareKinds(a.kindCode, b.kindCode) || a.unit.localeCompare(b.unit));
	return { rows, groups };
}
