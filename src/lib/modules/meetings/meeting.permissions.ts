/**
 * Permissions of the meetings module. Scope of a meeting: its area (with ancestors), its body,
 * and for a task the user account of the responsible person (`ownerUserId`).
 */
import { definePermissions, rules } from '#lib/platform/access/can.ts';

definePermissions({
	'meetings.read': {
		description:
			'Číst jednání, program, docházku a zápisy (koordinátor území, vedoucí a členové skupiny)',
		rule: rules.anyOf(rules.coordinator(), rules.member())
	},
	'meetings.public.read': {
		description: 'Číst zveřejněný harmonogram a zveřejněné zápisy skupin (veřejnost)',
		public: true
	},
	'meetings.manage': {
		description:
			'Plánovat jednání a harmonogram, spravovat program, docházku a pozvánky (koordinátor území, vedoucí skupiny)',
		rule: rules.anyOf(rules.coordinator(), rules.manager())
	},
	'meetings.agenda.propose': {
		description: 'Navrhovat body programu do termínu pro návrhy (členové skupiny)',
		rule: rules.anyOf(rules.coordinator(), rules.member())
	},
	'meetings.minutes.write': {
		description: 'Psát zápis, usnesení, úkoly a akce (koordinátor území, vedoucí skupiny)',
		rule: rules.anyOf(rules.coordinator(), rules.manager())
	},
	'meetings.minutes.approve': {
		description: 'Schválit, zveřejnit a znovu otevřít zápis (koordinátor území, vedoucí skupiny)',
		rule: rules.anyOf(rules.coordinator(), rules.manager())
	},
	'meetings.tasks.update': {
		description:
			'Měnit stav úkolu (koordinátor území, vedoucí skupiny a odpovědná osoba u svého úkolu)',
		rule: rules.anyOf(rules.coordinator(), rules.manager(), rules.owner())
	},
	'meetings.tasks.own': {
		description: 'Číst vlastní úkoly – „Moje úkoly“ (každý přihlášený)',
		rule: rules.signedIn()
	},
	'meetings.search': {
		description: 'Hledat v zápisech, usneseních a úkolech svých území a skupin (přihlášení)',
		rule: rules.signedIn()
	}
});
