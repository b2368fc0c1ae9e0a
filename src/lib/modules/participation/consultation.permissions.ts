/**
 * Permissions of public consultations. Scope of a consultation: its planning area (with
 * ancestors, so a kraj coordinator covers its ORP).
 */
import { definePermissions, rules } from '#lib/platform/access/can.ts';

definePermissions({
	'participation.consultations.read': {
		description: 'Číst zveřejněná připomínkování a zveřejněná vypořádání připomínek (veřejnost)',
		public: true
	},
	'participation.consultations.comment': {
		description: 'Podat připomínku k návrhu v době připomínkování (veřejnost i přihlášení)',
		public: true
	},
	'participation.consultations.manage': {
		description:
			'Vyhlásit připomínkování, zapisovat připomínky došlé e-mailem, poštou a na veřejném projednání, vypořádat je a zveřejnit vypořádání (koordinátor území)',
		rule: rules.coordinator()
	}
});
