/** Permissions of the platform itself (administration, profile, history). */
import { definePermissions, rules } from './can.ts';

definePermissions({
	'admin.users.manage': { description: 'Spravovat uživatelské účty a role (jen správce instance)' },
	'admin.audit.read': { description: 'Číst celý auditní záznam instance (jen správce)' },
	'admin.outbox.read': { description: 'Číst odchozí poštu (jen správce)' },
	'admin.jobs.read': { description: 'Sledovat úlohy na pozadí (jen správce)' },
	'profile.manage': {
		description: 'Upravit vlastní profil, heslo a API tokeny',
		rule: rules.owner()
	},
	'audit.history.read': {
		description: 'Číst historii změn záznamu v území (koordinátor území, správce)',
		rule: rules.coordinator()
	},
	'health.read': { description: 'Stav služby', public: true }
});
