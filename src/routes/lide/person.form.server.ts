/** Select options and error labels of the person form (new person, edit person). */
import type { Actor } from '#lib/platform/access/actor.ts';
import { m } from '#lib/paraglide/messages.js';
import {
	coordinatedAreas,
	organisationOptions,
	TRIAD_ROLES,
	triadRoleLabel
} from '#lib/modules/organisation/index.ts';

export async function personFormOptions(actor: Actor) {
	const [areas, orgs] = await Promise.all([coordinatedAreas(actor), organisationOptions(actor)]);
	return {
		areaOptions: areas.map((a) => ({ value: a.id, label: a.name })),
		organisationOptions: orgs.map((o) => ({
			value: o.id,
			label: o.ico ? `${o.name} (IČO ${o.ico})` : o.name
		})),
		triadOptions: TRIAD_ROLES.map((r) => ({ value: r, label: triadRoleLabel(r) }))
	};
}

export const personErrorLabels = (): Record<string, string> => ({
	titlesBefore: m.organisation_field_titles_before(),
	firstName: m.organisation_field_first_name(),
	lastName: m.organisation_field_last_name(),
	titlesAfter: m.organisation_field_titles_after(),
	email: m.organisation_field_email(),
	phone: m.organisation_field_phone(),
	organisationId: m.organisation_field_organisation(),
	position: m.organisation_field_position(),
	triadRole: m.organisation_field_triad(),
	areaId: m.organisation_field_area(),
	publishName: m.organisation_field_publish(),
	userEmail: m.organisation_field_user_email()
});
