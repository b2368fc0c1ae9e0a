/** Public door of the participation module: suggestions (podněty), public consultations (připomínkování), needs surveys. */
import type { Seeder } from '#lib/platform/seed/seed.server.ts';

// ── suggestions (suggestion.*) ──
// (end suggestions)

// ── consultations (consultation.*) ──
// (end consultations)

// ── surveys (survey.*) ──
// (end surveys)

/** Demo seeders in order: suggestions, consultations, surveys (each block adds its own). */
export const participationSeeders: Seeder[] = [
	// ── seeders (one line per block) ──
];
