/**
 * Permissions of the plans module. Scope of a plan: its area (with ancestors) and its responsible
 * body; of a measure: additionally the working group responsible for it (measure's own or its
 * priority's `responsibleBodyId`) as `bodyId`.
 */
import { definePermissions, rules } from '#lib/platform/access/can.ts';

definePermissions({
	'plans.public.read': {
		description: 'Číst schválené plány, stav plnění opatření a hodnocení (veřejnost)',
		public: true
	},
	'plans.read': {
		description:
			'Číst plány v přípravě, verze a rozpracovaný monitoring (koordinátor území, vedoucí a členové odpovědné skupiny)',
		rule: rules.anyOf(rules.coordinator(), rules.member())
	},
	'plans.manage': {
		description:
			'Zakládat a upravovat plán, jeho priority, opatření a ukazatele, měnit stav plánu, importovat, sestavovat akční plány a hodnocení (koordinátor území)',
		rule: rules.coordinator()
	},
	'plans.monitoring.record': {
		description:
			'Zapisovat plnění opatření a skutečné hodnoty ukazatelů za rok (koordinátor území, vedoucí odpovědné pracovní skupiny)',
		rule: rules.anyOf(rules.coordinator(), rules.manager())
	},
	'plans.monitoring.close': {
		description: 'Uzavřít rok monitoringu a vydat hodnoticí zprávu (koordinátor území)',
		rule: rules.coordinator()
	}
});
