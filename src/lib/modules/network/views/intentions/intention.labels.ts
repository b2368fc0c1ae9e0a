/** Client-safe labels of development intentions and calls (statuses, types, forms, units). */
import { m } from '#lib/paraglide/messages.js';
import type { BadgeTone } from '#lib/platform/ui/badge.ts';

type Msg = () => string;

const STATUS: Record<string, Msg> = {
	submitted: m.net_int_status_submitted,
	stated: m.net_int_status_stated,
	approved: m.net_int_status_approved,
	postponed: m.net_int_status_postponed,
	rejected: m.net_int_status_rejected
};
const STATUS_TONE: Record<string, BadgeTone> = {
	submitted: 'info',
	stated: 'warning',
	approved: 'success',
	postponed: 'neutral',
	rejected: 'danger'
};
const TYPE: Record<string, Msg> = {
	A: m.net_int_type_A,
	B: m.net_int_type_B,
	C: m.net_int_type_C
};
const CHANGE: Record<string, Msg> = {
	new_service: m.net_int_change_new_service,
	increase: m.net_int_change_increase,
	decrease: m.net_int_change_decrease,
	new_form: m.net_int_change_new_form,
	new_territory: m.net_int_change_new_territory
};
const FORM: Record<string, Msg> = {
	amb: m.net_int_form_amb,
	pob: m.net_int_form_pob,
	ter: m.net_int_form_ter
};
const UNIT: Record<string, Msg> = { fte: m.net_int_unit_fte, beds: m.net_int_unit_beds };
const EVIDENCE: Record<string, Msg> = {
	refused: m.net_int_evidence_refused,
	waiting_list: m.net_int_evidence_waiting_list,
	survey: m.net_int_evidence_survey,
	suggestion: m.net_int_evidence_suggestion,
	other: m.net_int_evidence_other
};
const VERDICT: Record<string, Msg> = {
	consistent: m.net_int_verdict_consistent,
	partly: m.net_int_verdict_partly,
	not_consistent: m.net_int_verdict_not_consistent
};
const OUTCOME: Record<string, Msg> = {
	approved: m.net_int_outcome_approved,
	postponed: m.net_int_outcome_postponed,
	rejected: m.net_int_outcome_rejected
};
const CALL_STATE: Record<string, Msg> = {
	upcoming: m.net_int_call_state_upcoming,
	open: m.net_int_call_state_open,
	closed: m.net_int_call_state_closed
};
const CALL_STATE_TONE: Record<string, BadgeTone> = {
	upcoming: 'info',
	open: 'success',
	closed: 'neutral'
};

const label = (map: Record<string, Msg>, key: string) => map[key]?.() ?? key;

export const statusLabel = (s: string) => label(STATUS, s);
export const statusTone = (s: string): BadgeTone => STATUS_TONE[s] ?? 'neutral';
export const typeLabel = (t: string) => label(TYPE, t);
export const changeLabel = (c: string) => label(CHANGE, c);
export const formLabel = (f: string) => label(FORM, f);
export const unitLabel = (u: string) => label(UNIT, u);
export const evidenceLabel = (k: string) => label(EVIDENCE, k);
export const verdictLabel = (v: string) => label(VERDICT, v);
export const outcomeLabel = (o: string) => label(OUTCOME, o);
export const callStateLabel = (s: string) => label(CALL_STATE, s);
export const callStateTone = (s: string): BadgeTone => CALL_STATE_TONE[s] ?? 'neutral';

export const STATUS_KEYS = Object.keys(STATUS);
export const TYPE_KEYS = Object.keys(TYPE);
export const CHANGE_KEYS = Object.keys(CHANGE);
export const FORM_KEYS = ['amb', 'pob', 'ter'] as const;
export const EVIDENCE_KEYS = Object.keys(EVIDENCE);
export const VERDICT_KEYS = Object.keys(VERDICT);
export const OUTCOME_KEYS = Object.keys(OUTCOME);

/** A signed capacity change in Czech: `+10`, `−2,5`. */
export function signed(n: number): string {
	const abs = Math.abs(n).toLocaleString('cs-CZ', { maximumFractionDigits: 2 });
	return n < 0 ? `−${abs}` : `+${abs}`;
}
