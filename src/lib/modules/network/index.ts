/** Public door of the network module: network of services by year, development intentions, capacity gap analysis. */
import type { Seeder } from '#lib/platform/seed/seed.server.ts';

// ── network (network.*) ──
export {
	networkCategories,
	networks,
	networkEntries,
	networkEntryCapacities,
	networkEntryTerritories,
	NETWORK_STATUSES,
	NETWORK_UNITS,
	type NetworkStatus,
	type NetworkUnit
} from './network.schema.ts';
export {
	unitOfForm,
	type ServiceFormCode,
	type CapacityDelta,
	type ApprovedIntentionChange,
	type KindCapacity
} from './network.contract.ts';
// (end network)

// ── intentions (intention.*, call.*) ──
// (end intentions)

// ── analysis (analysis.*) ──
// (end analysis)

/** Demo seeders in order: network, intentions, analysis (each block adds its own). */
export const networkSeeders: Seeder[] = [
	// ── seeders (one line per block) ──
];
