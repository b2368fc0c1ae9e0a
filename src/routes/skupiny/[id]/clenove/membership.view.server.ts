/** Shared by the members pages: role options, Czech dates and the membership history view. */
import {
	MEMBERSHIP_ROLES,
	membershipFieldLabels,
	membershipHistory,
	membershipRoleLabel,
	peopleByIds,
	fullName
} from '#lib/modules/organisation/index.ts';
import { presentHistory } from '#lib/platform/audit/audit.presenter.ts';
import { currentLocale, formatDate, pragueDay } from '#lib/platform/i18n/format.ts';

export const roleOptions = () =>
	MEMBERSHIP_ROLES.map((r) => ({ value: r, label: membershipRoleLabel(r) }));

/** `2024-01-31` → `31. 1. 2024` (calendar date, no time-zone shift). */
export const czDay = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`));

/** Today in Prague as `RRRR-MM-DD` (the default start or end of a membership). */
export function todayIso(): string {
	return pragueDay();
}

/** History of the body's memberships with people's names and role labels instead of codes. */
export async function membershipHistoryView(bodyId: string) {
	const entries = await membershipHistory(bodyId);
	const personIds = new Set<string>();
	for (const e of entries) {
		for (const side of [e.before, e.after]) {
			const id = side?.personId;
			if (typeof id === 'string') personIds.add(id);
		}
	}
	const names = new Map((await peopleByIds([...personIds])).map((p) => [p.id, fullName(p)]));
	const roles = new Map(roleOptions().map((o) => [o.value, o.label]));
	const labels = membershipFieldLabels();
	return presentHistory(entries, labels, currentLocale()).map((e) => ({
		...e,
		changes: e.changes
			.filter((c) => c.field !== 'bodyId')
			.map((c) => {
				const lookup = c.field === 'personId' ? names : c.field === 'role' ? roles : null;
				return lookup
					? {
							...c,
							before: lookup.get(c.before) ?? c.before,
							after: lookup.get(c.after) ?? c.after
						}
					: c;
			})
	}));
}
