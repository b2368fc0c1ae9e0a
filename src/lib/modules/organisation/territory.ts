/**
 * The shipped code lists of the 14 kraje and 206 ORP (data/territory.json). A choice is written
 * as `kraj:<code>` or `orp:<code>` (Praha, which has no ORP code, is `orp:praha`).
 */
import territory from './data/territory.json' with { type: 'json' };

export interface TerritoryKraj {
	nuts: string;
	code: string;
	name: string;
}
export interface TerritoryOrp {
	code: string | null;
	name: string;
	kraj: string;
}

export const KRAJE: readonly TerritoryKraj[] = territory.kraje;
export const ORP: readonly TerritoryOrp[] = territory.orp;

export interface TerritoryChoice {
	kind: 'kraj' | 'orp';
	/** Name of the new area: the kraj's name, `ORP <name>` for an ORP. */
	name: string;
	code: string | null;
	/** For an ORP: its kraj. */
	kraj?: TerritoryKraj;
}

/** Resolve `kraj:78` / `orp:5105` / `orp:praha`; undefined for anything else. */
export function territoryChoice(key: string): TerritoryChoice | undefined {
	const [kind, code] = key.split(':');
	if (kind === 'kraj') {
		const kraj = KRAJE.find((k) => k.code === code);
		return kraj && { kind, name: kraj.name, code: kraj.code };
	}
	if (kind === 'orp') {
		const orp = ORP.find((o) => (o.code ?? 'praha') === code);
		if (!orp) return undefined;
		const kraj = KRAJE.find((k) => k.nuts === orp.kraj);
		return { kind, name: orp.code ? `ORP ${orp.name}` : orp.name, code: orp.code, kraj };
	}
	return undefined;
}

/** Options for a select grouped by kraj: each kraj first, then its ORP by name. */
export function territoryGroups(): {
	kraj: TerritoryKraj;
	options: { value: string; label: string }[];
}[] {
	return [...KRAJE]
		.sort((a, b) => a.name.localeCompare(b.name, 'cs'))
		.map((kraj) => ({
			kraj,
			options: [
				{ value: `kraj:${kraj.code}`, label: kraj.name },
				...ORP.filter((o) => o.kraj === kraj.nuts)
					.sort((a, b) => a.name.localeCompare(b.name, 'cs'))
					.map((o) => ({
						value: `orp:${o.code ?? 'praha'}`,
						label: o.code ? `ORP ${o.name} (${o.code})` : o.name
					}))
			]
		}));
}
