/**
 * Permissions of the network block. Scope of a network, its categories and entries: the region
 * (kraj area) with its lineage (`areaScope(regionAreaId)`), so the kraj coordinator manages it.
 * The public reads published networks only (the service filters drafts for those without manage).
 */
import { definePermissions, rules } from '#lib/platform/access/can.ts';

definePermissions({
	'network.public.read': {
		description: 'Číst zveřejněnou síť sociálních služeb kraje a její export (veřejnost)',
		public: true
	},
	'network.manage': {
		description:
			'Spravovat kategorie sítě, zakládat síť na rok, přidávat a upravovat služby v síti, zveřejnit síť (koordinátor kraje)',
		rule: rules.coordinator()
	}
});
