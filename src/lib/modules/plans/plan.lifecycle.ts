/**
 * Plan lifecycle: which status may follow which. Client-safe (pure).
 * preparation → draft → consultation → approved → in_force → evaluated → archived, back
 * draft ← consultation, and "start an update" (approved/in force/evaluated → draft).
 */
import type { PlanStatus } from './plan.tree.ts';

/** Ordinary forward/back moves (the update restart is separate: `UPDATE_FROM`). */
export const TRANSITIONS: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
	preparation: ['draft'],
	draft: ['consultation', 'approved'],
	consultation: ['draft', 'approved'],
	approved: ['in_force', 'archived'],
	in_force: ['evaluated', 'archived'],
	evaluated: ['archived'],
	archived: []
};

/** Statuses from which "Zahájit aktualizaci plánu" moves the plan back to `draft`. */
export const UPDATE_FROM: readonly PlanStatus[] = ['approved', 'in_force', 'evaluated'];

export function canTransition(from: PlanStatus, to: PlanStatus): boolean {
	return TRANSITIONS[from].includes(to);
}

/** Entering `approved` needs the approval details (who, when, resolution). */
export const needsApproval = (to: PlanStatus) => to === 'approved';
