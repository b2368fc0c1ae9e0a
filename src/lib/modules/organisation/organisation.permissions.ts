/** Permissions of the organisation module. Scopes: the record's area (with ancestors) and body. */
import { definePermissions, rules } from '#lib/platform/access/can.ts';

definePermissions({
	'organisation.areas.read': { description: 'Číst území plánování', public: true },
	'organisation.areas.manage': { description: 'Zakládat a upravovat území plánování (správce)' },
	'organisation.municipalities.manage': {
		description: 'Spravovat seznam obcí území (koordinátor území)',
		rule: rules.coordinator()
	},
	'organisation.organisations.read': { description: 'Číst organizace', rule: rules.signedIn() },
	'organisation.organisations.manage': {
		description: 'Zakládat a upravovat organizace (koordinátor kteréhokoli území)',
		rule: rules.hasRole('coordinator')
	},
	'organisation.people.read': {
		description: 'Číst osoby v území (koordinátor území, vedoucí a členové skupiny pro její členy)',
		rule: rules.anyOf(rules.coordinator(), rules.member())
	},
	'organisation.people.manage': {
		description: 'Zakládat a upravovat osoby v území (koordinátor)',
		rule: rules.coordinator()
	},
	'organisation.bodies.read': { description: 'Číst skupiny a jejich pravidla', public: true },
	'organisation.bodies.manage': {
		description: 'Zakládat a upravovat skupiny a jejich statut (koordinátor)',
		rule: rules.coordinator()
	},
	'organisation.memberships.manage': {
		description: 'Spravovat členství ve skupině (koordinátor území, vedoucí skupiny)',
		rule: rules.anyOf(rules.coordinator(), rules.manager())
	},
	'organisation.target-groups.manage': {
		description: 'Upravovat číselník cílových skupin (správce)'
	}
});
