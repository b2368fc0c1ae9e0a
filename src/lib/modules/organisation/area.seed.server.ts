/** Demo planning areas taken from the seed documents (MSK 2024, Liberec 2015, Valašskomeziříčsko 2022–2024). */
import type { Seeder } from '#lib/platform/seed/seed.server.ts';
import { areas } from './area.schema.ts';

type AreaSeed = {
	ref: string;
	kind: (typeof areas.$inferInsert)['kind'];
	name: string;
	code: string | null;
	parent?: string;
	description?: string;
};

const DEMO_AREAS: AreaSeed[] = [
	{
		ref: 'area:kraj-msk',
		kind: 'kraj',
		name: 'Moravskoslezský kraj',
		code: '132',
		description: 'Krajské plánování – řídící skupina a pracovní skupiny (2024).'
	},
	{ ref: 'area:kraj-lbc', kind: 'kraj', name: 'Liberecký kraj', code: '78' },
	{ ref: 'area:kraj-zlk', kind: 'kraj', name: 'Zlínský kraj', code: '141' },
	{
		ref: 'area:orp-liberec',
		kind: 'orp',
		name: 'ORP Liberec',
		code: '5105',
		parent: 'area:kraj-lbc',
		description: 'Komunitní plánování statutárního města Liberec.'
	},
	{
		ref: 'area:orp-otrokovice',
		kind: 'orp',
		name: 'ORP Otrokovice',
		code: '7205',
		parent: 'area:kraj-zlk'
	},
	{
		ref: 'area:mr-valmez',
		kind: 'mikroregion',
		name: 'Mikroregion Valašskomeziříčsko-Kelečsko',
		code: null,
		parent: 'area:kraj-zlk',
		description: 'Střednědobý plán rozvoje sociálních služeb 2022–2024.'
	}
];

export const areaSeeder: Seeder = {
	id: 'organisation.areas',
	order: 200,
	async run({ tx, refs }) {
		for (const seed of DEMO_AREAS) {
			const [row] = await tx
				.insert(areas)
				.values({
					kind: seed.kind,
					name: seed.name,
					code: seed.code,
					description: seed.description ?? null,
					parentId: seed.parent ? refs.get(seed.parent) : null
				})
				.returning({ id: areas.id });
			refs.set(seed.ref, row.id);
		}
	}
};
