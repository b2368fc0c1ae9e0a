/** Labels of the catalogue administration forms and states (client-safe). */
import { m } from '#lib/paraglide/messages.js';

export const manualServiceErrorLabels = (): Record<string, string> => ({
	ico: m.catalogue_adm_field_ico(),
	providerName: m.catalogue_adm_field_provider_name(),
	name: m.catalogue_adm_field_name(),
	kindText: m.catalogue_adm_field_kind_text(),
	description: m.catalogue_adm_field_description(),
	email: m.catalogue_adm_field_email(),
	phone: m.catalogue_adm_field_phone(),
	web: m.catalogue_adm_field_web(),
	forms: m.catalogue_adm_field_forms(),
	street: m.catalogue_adm_field_street(),
	houseNumber: m.catalogue_adm_field_house_number(),
	postcode: m.catalogue_adm_field_postcode(),
	city: m.catalogue_adm_field_city(),
	territory: m.catalogue_adm_field_territory(),
	reason: m.catalogue_adm_reject_reason()
});

/** Names of the fields a provider may change, for diffs and lists. */
export const editFieldLabel = (field: string): string =>
	({
		description: m.catalogue_adm_field_label_description(),
		email: m.catalogue_adm_field_label_email(),
		phone: m.catalogue_adm_field_label_phone(),
		web: m.catalogue_adm_field_label_web()
	})[field] ?? field;

export const editStatusLabel = (status: string): string =>
	({
		pending: m.catalogue_adm_edit_status_pending(),
		approved: m.catalogue_adm_edit_status_approved(),
		rejected: m.catalogue_adm_edit_status_rejected()
	})[status] ?? status;

export const editStatusTone = (status: string): 'warning' | 'success' | 'danger' =>
	status === 'approved' ? 'success' : status === 'rejected' ? 'danger' : 'warning';

export const formLabel = (form: string): string =>
	({
		amb: m.catalogue_adm_form_label_amb(),
		pob: m.catalogue_adm_form_label_pob(),
		ter: m.catalogue_adm_form_label_ter()
	})[form] ?? form;
