/** Error-summary labels of the organisation form. */
import { m } from '#lib/paraglide/messages.js';

export const organisationErrorLabels = (): Record<string, string> => ({
	name: m.organisation_field_name(),
	ico: m.organisation_field_ico(),
	type: m.organisation_field_type(),
	street: m.organisation_field_street(),
	city: m.organisation_field_city(),
	postcode: m.organisation_field_postcode(),
	email: m.organisation_field_email(),
	phone: m.organisation_field_phone(),
	web: m.organisation_field_web()
});
