/**
 * Permissions of development intentions and calls. Scopes: a call — its region (kraj) area; an
 * intention submitted — the submitting organisation and its area lineage; a statement — the area
 * lineage of the plan whose measure the intention relies on; a decision — the region's lineage.
 */
import { definePermissions, rules } from '#lib/platform/access/can.ts';

definePermissions({
	'network.calls.read': {
		description: 'Číst výzvy k předkládání rozvojových záměrů (přihlášení uživatelé)',
		rule: rules.signedIn()
	},
	'network.calls.manage': {
		description: 'Vyhlašovat a upravovat výzvy k rozvojovým záměrům (koordinátor kraje)',
		rule: rules.coordinator()
	},
	'network.intentions.submit': {
		description:
			'Předložit rozvojový záměr (poskytovatel za svou organizaci, koordinátor za obec svého území)',
		rule: rules.anyOf(rules.provider(), rules.coordinator())
	},
	'network.intentions.read': {
		description: 'Číst rozvojový záměr (předkladatel, koordinátor území plánu, koordinátor kraje)',
		rule: rules.anyOf(rules.provider(), rules.coordinator())
	},
	'network.intentions.state': {
		description:
			'Vydat stanovisko k souladu záměru s komunitním plánem (koordinátor území, jehož plán opatření obsahuje)',
		rule: rules.coordinator()
	},
	'network.intentions.decide': {
		description: 'Hodnotit rozvojové záměry a rozhodnout o zařazení do sítě (koordinátor kraje)',
		rule: rules.coordinator()
	}
});
