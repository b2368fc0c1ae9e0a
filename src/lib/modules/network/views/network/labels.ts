/** Error-summary labels of the network forms (field name → visible label). */
import { m } from '#lib/paraglide/messages.js';

export function entryErrorLabels(): Record<string, string> {
	return {
		serviceId: m.net_nw_entry_service(),
		plannedName: m.net_nw_entry_planned_name(),
		kindCode: m.net_nw_entry_kind(),
		categoryId: m.net_nw_entry_category(),
		capacity: m.net_nw_entry_capacity(),
		capacityAmb: m.net_nw_entry_cap_amb(),
		capacityPob: m.net_nw_entry_cap_pob(),
		capacityTer: m.net_nw_entry_cap_ter(),
		territory: m.net_nw_entry_territory(),
		mandateRef: m.net_nw_entry_mandate(),
		optimalSubsidy: m.net_nw_entry_optimal(),
		realSubsidy: m.net_nw_entry_real(),
		municipalCofinancing: m.net_nw_entry_cofin(),
		decisionRef: m.net_nw_entry_decision(),
		note: m.net_nw_entry_note()
	};
}

export function networkErrorLabels(): Record<string, string> {
	return {
		regionAreaId: m.net_nw_region(),
		year: m.net_nw_year(),
		title: m.net_nw_adm_title_field(),
		feedbackDeadline: m.net_nw_adm_deadline(),
		note: m.net_nw_adm_note(),
		decisionRef: m.net_nw_adm_decision(),
		decidedOn: m.net_nw_adm_decided_on(),
		code: m.net_nw_adm_cat_code(),
		name: m.net_nw_adm_cat_name(),
		description: m.net_nw_adm_cat_description(),
		validFromYear: m.net_nw_adm_cat_from(),
		validToYear: m.net_nw_adm_cat_to(),
		sortOrder: m.net_nw_adm_cat_sort()
	};
}
