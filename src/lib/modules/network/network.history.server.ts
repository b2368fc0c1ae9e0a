/** History views of networks, categories and entries: Czech field labels, capacity and territory as text. */
import { m } from '#lib/paraglide/messages.js';
import type { AuditEntry } from '#lib/platform/audit/audit.server.ts';
import { presentHistory, type HistoryEntryView } from '#lib/platform/audit/audit.presenter.ts';
import { formatNumber, type Locale } from '#lib/platform/i18n/format.ts';
import { serviceKindLabel } from '#lib/modules/catalogue/index.ts';
import { territoryText } from './network.service.server.ts';
import type { TerritoryLine } from './network.write.server.ts';

const FORM = { amb: 'ambulantní', pob: 'pobytová', ter: 'terénní' } as Record<string, string>;

function labels(): Record<string, string> {
	return {
		code: m.net_nw_adm_cat_code(),
		name: m.net_nw_adm_cat_name(),
		description: m.net_nw_adm_cat_description(),
		isReservoir: m.net_nw_adm_cat_reservoir(),
		validFromYear: m.net_nw_adm_cat_from(),
		validToYear: m.net_nw_adm_cat_to(),
		sortOrder: m.net_nw_adm_cat_sort(),
		title: m.net_nw_adm_title_field(),
		status: m.net_nw_facts_status(),
		decisionRef: m.net_nw_entry_decision(),
		decidedOn: m.net_nw_adm_decided_on(),
		feedbackDeadline: m.net_nw_adm_deadline(),
		note: m.net_nw_adm_note(),
		year: m.net_nw_year(),
		plannedName: m.net_nw_entry_planned_name(),
		kindCode: m.net_nw_entry_kind(),
		categoryId: m.net_nw_entry_category(),
		mandateRef: m.net_nw_entry_mandate(),
		optimalSubsidy: m.net_nw_entry_optimal(),
		realSubsidy: m.net_nw_entry_real(),
		municipalCofinancing: m.net_nw_entry_cofin(),
		intentionId: m.net_nw_entry_intention(),
		capacity: m.net_nw_history_capacity(),
		territory: m.net_nw_history_territory()
	};
}

const HIDDEN = new Set(['regionAreaId', 'networkId', 'serviceId', 'providerOrganisationId']);

function readable(
	key: string,
	value: unknown,
	locale: Locale,
	categories: Map<string, string>
): unknown {
	if (value === null || value === undefined) return value;
	if (key === 'capacity' && typeof value === 'object') {
		const text = Object.entries(value as Record<string, number>)
			.map(([form, amount]) => `${FORM[form] ?? form} ${formatNumber(Number(amount), locale)}`)
			.join('; ');
		return text || null;
	}
	if (key === 'territory' && Array.isArray(value)) {
		return territoryText(value as TerritoryLine[]) || null;
	}
	if (key === 'kindCode' && typeof value === 'string') return serviceKindLabel(value);
	if (key === 'categoryId' && typeof value === 'string') return categories.get(value) ?? value;
	if (key === 'status') {
		return value === 'published' ? m.net_nw_status_published() : m.net_nw_status_draft();
	}
	return value;
}

export function networkHistoryView(
	entries: AuditEntry[],
	locale: Locale,
	categories: Map<string, string> = new Map()
): HistoryEntryView[] {
	const clean = (o: unknown) =>
		o && typeof o === 'object' && !Array.isArray(o)
			? Object.fromEntries(
					Object.entries(o as Record<string, unknown>)
						.filter(([k]) => !HIDDEN.has(k))
						.map(([k, v]) => [k, readable(k, v, locale, categories)])
				)
			: o;
	return presentHistory(
		entries.map((e) => ({ ...e, before: clean(e.before), after: clean(e.after) })) as AuditEntry[],
		labels(),
		locale,
		{
			capacity: m.net_nw_history_capacity_action(),
			territory: m.net_nw_history_territory_action(),
			intention: m.net_nw_history_intention(),
			publish: m.net_nw_history_publish(),
			unpublish: m.net_nw_history_unpublish()
		}
	);
}
