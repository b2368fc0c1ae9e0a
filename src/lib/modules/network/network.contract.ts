/**
 * What the network block offers the intentions and analysis blocks (implemented in
 * `network.service.server.ts` / `network.capacity.server.ts`). Kept here so the three blocks can
 * be written side by side against one contract.
 */
import type { NetworkUnit } from './network.schema.ts';

/** Form codes as in the catalogue: ambulantní, pobytová, terénní. */
export type ServiceFormCode = 'amb' | 'pob' | 'ter';

/** The network unit of a form: beds for pobytová, FTE of direct-care staff otherwise. */
export function unitOfForm(form: ServiceFormCode): NetworkUnit {
	return form === 'pob' ? 'beds' : 'fte';
}

/** A change of capacity in one form, in network units (negative = decrease). */
export interface CapacityDelta {
	form: ServiceFormCode;
	delta: number;
}

/** A decision on an approved development intention, applied to the network of `year`. */
export interface ApprovedIntentionChange {
	intentionId: string;
	regionAreaId: string;
	year: number;
	/** Catalogue service, or null for a new, not yet registered service (then the planned fields). */
	serviceId: string | null;
	plannedName?: string | null;
	providerOrganisationId?: string | null;
	kindCode: string;
	/** Category code in the region, e.g. `rozvojova` or `zakladni` (a reservoir category adds no capacity). */
	categoryCode: string;
	capacity: CapacityDelta[];
	/** Territory codes (ORP or municipality) with shares; when omitted an existing entry keeps its own. */
	territory?: { level: 'orp' | 'obec'; code: string; sharePercent: number }[];
	decisionRef: string;
}

/** Network capacity of one kind in one territory and year (sum over entries, by territory share). */
export interface KindCapacity {
	kindCode: string;
	unit: NetworkUnit;
	amount: number;
	/** Entries that contribute (for "evidence behind each figure"). */
	entries: { entryId: string; name: string; amount: number; sharePercent: number }[];
}
