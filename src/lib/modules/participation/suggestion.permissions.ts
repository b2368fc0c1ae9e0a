/**
 * Permissions of suggestions (podněty). The public submits and reads the published agenda;
 * coordinators of the suggestion's planning area (or an ancestor area) manage it; managers of the
 * body it is assigned to see it and settle it.
 */
import { definePermissions, rules } from '#lib/platform/access/can.ts';

definePermissions({
	'participation.suggestions.submit': {
		description: 'Podat podnět nebo připomínku bez přihlášení (veřejnost)',
		public: true
	},
	'participation.suggestions.public.read': {
		description: 'Číst veřejnou agendu zveřejněných podnětů a odpovědí (veřejnost)',
		public: true
	},
	'participation.suggestions.list': {
		description: 'Otevřít pracovní seznam podnětů (koordinátor, manažer skupiny)',
		rule: rules.anyOf(rules.hasRole('coordinator'), rules.hasRole('manager'))
	},
	'participation.suggestions.manage': {
		description:
			'Zapisovat, posuzovat, přidělovat, zveřejňovat a odmítat podněty svého území, zařazovat je na jednání a propojovat s opatřeními (koordinátor)',
		rule: rules.coordinator()
	},
	'participation.suggestions.handle': {
		description:
			'Číst a vypořádat podněty přidělené své skupině (manažer skupiny) i podněty svého území (koordinátor)',
		rule: rules.anyOf(rules.coordinator(), rules.manager())
	}
});
