/**
 * Permissions of the catalogue module. The catalogue is national data: coordinators (of any area)
 * import the registry and add non-registered services; a provider account edits its own
 * organisation's services (scope `organisationId` = the provider's linked organisation) and a
 * coordinator approves those edits before they are published.
 */
import { definePermissions, rules } from '#lib/platform/access/can.ts';

definePermissions({
	'catalogue.public.read': {
		description: 'Vyhledávat v katalogu sociálních služeb a číst otevřená data (veřejnost)',
		public: true
	},
	'catalogue.manage': {
		description:
			'Přidávat a upravovat služby mimo registr (návazné služby), potvrzovat údaje, schvalovat úpravy poskytovatelů (koordinátor)',
		rule: rules.hasRole('coordinator')
	},
	'catalogue.import': {
		description: 'Importovat data registru poskytovatelů MPSV a číselníky (koordinátor)',
		rule: rules.hasRole('coordinator')
	},
	'catalogue.provider.edit': {
		description:
			'Navrhovat úpravu popisu a kontaktů vlastních služeb; zveřejní se po schválení koordinátorem (poskytovatel)',
		rule: rules.anyOf(rules.provider(), rules.hasRole('coordinator'))
	},
	'catalogue.overview.read': {
		description: 'Přehled kapacit podle druhu a území pro plánování, export XLSX (přihlášení)',
		rule: rules.signedIn()
	}
});
