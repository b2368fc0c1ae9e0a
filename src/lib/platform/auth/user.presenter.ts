/**
 * Accounts in the history view: field labels, readable names for the auth verbs, and area ids
 * in recorded role changes replaced by the areas' names.
 */
import { m } from '#lib/paraglide/messages.js';
import type { HistoryEntryView } from '../audit/audit.presenter.ts';

/** Labels of the `auth.user` fields for `presentHistory` (current UI language). */
export function userFieldLabels(): Record<string, string> {
	return {
		name: m.auth_history_field_name(),
		email: m.auth_history_field_email(),
		isActive: m.auth_history_field_active(),
		locale: m.auth_history_field_locale(),
		passwordHash: m.auth_history_field_password(),
		grants: m.auth_history_field_grants(),
		lastLoginAt: m.auth_history_field_last_login()
	};
}

const VERBS: Record<string, () => string> = {
	'password-reset': m.auth_history_password_reset,
	'password-change': m.auth_history_password_change,
	'password-link': m.auth_history_password_link,
	revoke: m.auth_history_revoke
};

/** Name the auth verbs and show area names instead of ids in role changes. */
export function polishUserHistory(
	entries: HistoryEntryView[],
	areaNames: ReadonlyMap<string, string>
): HistoryEntryView[] {
	const withNames = (text: string) =>
		text.replace(
			/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi,
			(id) => areaNames.get(id) ?? id
		);
	return entries.map((entry) => ({
		...entry,
		actionLabel: VERBS[entry.action]?.() ?? entry.actionLabel,
		changes: entry.changes.map((c) =>
			c.field === 'grants' ? { ...c, before: withNames(c.before), after: withNames(c.after) } : c
		)
	}));
}
