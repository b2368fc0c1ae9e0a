/** Client-safe helpers of the planners' overview page. */
import { CAPACITY_TYPE_LABELS, type CapacityType } from '../service-kinds.ts';

/** "lůžka", "klienti", … (column headings; units are never summed together). */
export const unitLabel = (unit: string): string =>
	CAPACITY_TYPE_LABELS[unit as CapacityType] ?? unit;
