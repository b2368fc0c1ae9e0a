/**
 * Demo data of the capacity analysis: synthetic population (data/population-demo.csv), norms and
 * substitution groups for Liberecký and Zlínský kraj, the member municipalities of the Valmez
 * microregion (when the organisation seed left it without any), and demand records — refused
 * applicants of domovy pro seniory in Valašskomeziříčsko — so the residential-services-for-seniors
 * gap of seed 004 is visible.
 */
import { and, eq } from 'drizzle-orm';
import type { Seeder } from '#lib/platform/seed/seed.server.ts';
import { areaMunicipalities } from '#lib/modules/organisation/index.ts';
import { BUILTIN_OBCE, services } from '#lib/modules/catalogue/index.ts';
import populationCsv from './data/population-demo.csv?raw';
import {
	networkDemand,
	networkNorms,
	networkPopulation,
	networkSubstitutionGroups,
	networkSubstitutionMembers,
	type AgeBand
} from './analysis.schema.ts';
import { parsePopulationCsv } from './analysis.population.ts';

const SENIORS: AgeBand[] = ['65-79', '80+'];

const NORMS: {
	kindCode: string;
	unit: 'beds' | 'fte';
	perThousand: number;
	ageBands: AgeBand[];
	label: string;
}[] = [
	{
		kindCode: '49',
		unit: 'beds',
		perThousand: 25,
		ageBands: SENIORS,
		label: 'Lůžka v domovech pro seniory na 1 000 obyvatel 65+'
	},
	{
		kindCode: '50',
		unit: 'beds',
		perThousand: 9,
		ageBands: SENIORS,
		label: 'Lůžka v domovech se zvláštním režimem na 1 000 obyvatel 65+'
	},
	{
		kindCode: '40',
		unit: 'fte',
		perThousand: 8,
		ageBands: ['80+'],
		label: 'Úvazky pečovatelské služby na 1 000 obyvatel 80+'
	},
	{
		kindCode: '39',
		unit: 'fte',
		perThousand: 1.2,
		ageBands: SENIORS,
		label: 'Úvazky osobní asistence na 1 000 obyvatel 65+'
	},
	{
		kindCode: '65',
		unit: 'fte',
		perThousand: 0.8,
		ageBands: ['0-14'],
		label: 'Úvazky SAS pro rodiny s dětmi na 1 000 dětí 0–14'
	}
];

const GROUPS = [
	{
		name: 'Pobytové služby pro seniory',
		note: 'Domovy pro seniory, domovy se zvláštním režimem, sociální lůžka (§ 52) a pobytové odlehčovací služby se mohou navzájem zastoupit.',
		kinds: ['49', '50', '52', '44']
	},
	{
		name: 'Podpora rodin s dětmi',
		note: 'SAS pro rodiny s dětmi a terénní programy pracují se stejnými rodinami.',
		kinds: ['65', '69']
	}
];

/** Member municipalities of Mikroregion Valašskomeziříčsko-Kelečsko (catalogue list, ORP 7210). */
const VALMEZ_ORP = '7210';

export const analysisSeeder: Seeder = {
	id: 'network.analysis',
	order: 840,
	async run({ tx, refs }) {
		const parsed = parsePopulationCsv(populationCsv);
		if (parsed.errors.length) throw new Error(`population-demo.csv: ${parsed.errors.join(' ')}`);
		for (let i = 0; i < parsed.rows.length; i += 500) {
			await tx
				.insert(networkPopulation)
				.values(
					parsed.rows.slice(i, i + 500).map((r) => ({
						municipalityCode: r.municipalityCode,
						municipalityName: r.municipalityName,
						year: r.year,
						ageBand: r.ageBand,
						count: r.count,
						source: 'demo: population-demo.csv'
					}))
				)
				.onConflictDoNothing();
		}

		const valmez = refs.get('area:mr-valmez');
		if (valmez) {
			const existing = await tx
				.select({ id: areaMunicipalities.id })
				.from(areaMunicipalities)
				.where(eq(areaMunicipalities.areaId, valmez));
			if (!existing.length) {
				await tx
					.insert(areaMunicipalities)
					.values(
						BUILTIN_OBCE.filter((o) => o.orp === VALMEZ_ORP).map((o) => ({
							areaId: valmez,
							name: o.name,
							code: o.code
						}))
					)
					.onConflictDoNothing();
			}
		}

		for (const ref of ['area:kraj-zlk', 'area:kraj-lbc']) {
			const regionAreaId = refs.get(ref);
			if (!regionAreaId) continue;
			await tx
				.insert(networkNorms)
				.values(NORMS.map((n) => ({ ...n, regionAreaId, perThousand: String(n.perThousand) })))
				.onConflictDoNothing();
			for (const g of GROUPS) {
				const [group] = await tx
					.insert(networkSubstitutionGroups)
					.values({ regionAreaId, name: g.name, note: g.note })
					.onConflictDoNothing()
					.returning({ id: networkSubstitutionGroups.id });
				if (!group) continue;
				await tx
					.insert(networkSubstitutionMembers)
					.values(g.kinds.map((kindCode) => ({ groupId: group.id, kindCode })));
				refs.set(`analysis-group:${ref}:${g.kinds[0]}`, group.id);
			}
		}

		const coordinator = refs.get('user:koordinator') ?? null;
		const demand: (typeof networkDemand.$inferInsert)[] = [];
		if (valmez) {
			for (const [year, refused, unmet] of [
				[2022, 96, 31],
				[2023, 118, 42]
			] as const) {
				demand.push(
					{
						areaId: valmez,
						kindCode: '49',
						year,
						indicator: 'refused',
						count: refused,
						source: 'coordinator',
						enteredBy: coordinator,
						note: 'Odmítnutí žadatelé domovů pro seniory v mikroregionu z důvodu naplněné kapacity (souhrn od poskytovatelů).'
					},
					{
						areaId: valmez,
						kindCode: '49',
						year,
						indicator: 'unmet',
						count: unmet,
						source: 'coordinator',
						enteredBy: coordinator,
						note: 'Pořadníky – zájemci čekající déle než 6 měsíců.'
					},
					{
						areaId: valmez,
						kindCode: '50',
						year,
						indicator: 'refused',
						count: year === 2022 ? 17 : 23,
						source: 'coordinator',
						enteredBy: coordinator,
						note: 'Žadatelé s demencí odmítnutí pro nedostatek lůžek se zvláštním režimem.'
					}
				);
			}
		}
		const liberec = refs.get('area:orp-liberec');
		if (liberec) {
			demand.push({
				areaId: liberec,
				kindCode: '65',
				year: 2023,
				indicator: 'unmet',
				count: 14,
				source: 'coordinator',
				enteredBy: coordinator,
				note: 'Rodiny na čekací listině SAS (podklad pracovní skupiny Rodina a děti).'
			});
		}
		// A provider's own record ("monitorování zájemců o službu") for one of its services.
		const providerId = refs.get('catalogue:demo-provider');
		const organisationId = refs.get('organisation:demo-provider') ?? null;
		const area = liberec ?? valmez;
		if (providerId && area) {
			const [service] = await tx
				.select({ id: services.id, kindCode: services.kindCode })
				.from(services)
				.where(and(eq(services.providerId, providerId), eq(services.status, 'active')))
				.limit(1);
			if (service?.kindCode) {
				demand.push({
					areaId: area,
					kindCode: service.kindCode,
					year: 2023,
					indicator: 'refused',
					count: 9,
					source: 'provider',
					serviceId: service.id,
					organisationId,
					enteredBy: refs.get('user:poskytovatel') ?? null,
					note: 'Žadatelé odmítnutí pro naplněnou kapacitu (evidence poskytovatele).'
				});
			}
		}
		if (demand.length) await tx.insert(networkDemand).values(demand);
	}
};
