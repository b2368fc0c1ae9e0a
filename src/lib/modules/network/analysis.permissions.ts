/**
 * Permissions of the capacity gap analysis. Reading needs a signed-in coordinator or manager (the
 * demand records carry providers' internal figures, so the analysis is not public; a plan quotes it).
 * Norms and substitution groups are scoped to the region (`areaScope(regionAreaId)`), population
 * imports and demand records to the chosen planning area with its lineage; a provider records
 * demand for its own services (scope `organisationId`).
 */
import { definePermissions, rules } from '#lib/platform/access/can.ts';

definePermissions({
	'network.analysis.read': {
		description:
			'Číst analýzu kapacit (potřeba, nabídka, normativy, mezery) a její export (koordinátoři a vedoucí skupin)',
		rule: rules.anyOf(rules.hasRole('coordinator'), rules.hasRole('manager'))
	},
	'network.analysis.manage': {
		description:
			'Importovat počty obyvatel, nastavovat normativy a skupiny zastupitelných služeb (koordinátor území nebo kraje)',
		rule: rules.coordinator()
	},
	'network.demand.record': {
		description:
			'Zapisovat neuspokojené zájemce a odmítnuté žadatele (poskytovatel za své služby, koordinátor území)',
		rule: rules.anyOf(rules.coordinator(), rules.provider())
	}
});
