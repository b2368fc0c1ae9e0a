/**
 * Permissions of needs surveys. Scope of a survey: its planning area with all ancestors, so a
 * kraj coordinator also manages the surveys of its ORPs.
 */
import { definePermissions, rules } from '#lib/platform/access/can.ts';

definePermissions({
	'participation.surveys.answer': {
		description: 'Vyplnit otevřený dotazník z veřejného odkazu nebo z osobní pozvánky (veřejnost)',
		public: true
	},
	'participation.surveys.manage': {
		description:
			'Sestavovat dotazníky, otevírat a uzavírat je, rozesílat pozvánky, zapisovat papírové dotazníky, číst výsledky a exportovat odpovědi (koordinátor území)',
		rule: rules.coordinator()
	}
});
