/** Client-safe labels of the plans-io pages (units, sources, action-plan statuses). */
import { m } from '#lib/paraglide/messages.js';
import type { BadgeTone } from '#lib/platform/ui/index.ts';
export {
	CAPACITY_UNIT_LABELS,
	capacityUnitFor,
	FUNDING_SOURCE_TITLES
} from '../../import.columns.ts';
export type { CapacityUnit } from '../../plan.tree.ts';

export function actionPlanStatusLabel(status: 'draft' | 'approved'): string {
	return status === 'approved' ? m.plans_io_ap_status_approved() : m.plans_io_ap_status_draft();
}

export function actionPlanStatusTone(status: 'draft' | 'approved'): BadgeTone {
	return status === 'approved' ? 'success' : 'warning';
}
