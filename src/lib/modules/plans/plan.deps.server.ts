/** What the plan pages need from other modules' public doors (one place to see the coupling). */
import { SERVICE_KINDS } from '#lib/modules/catalogue/index.ts';

export {
	areaLineage,
	areas,
	bodies,
	coordinatedAreas,
	listMunicipalities,
	listTargetGroups,
	organisationOptions,
	personOptions
} from '#lib/modules/organisation/index.ts';

/** Service kinds as options: `§ 49 Domovy pro seniory`. */
export const SERVICE_KINDS_FOR_PLANS = () =>
	SERVICE_KINDS.map((k) => ({
		value: k.code,
		label: /^\d/.test(k.code) ? `§ ${k.code} ${k.name}` : k.name
	}));
