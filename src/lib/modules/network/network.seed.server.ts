/**
 * Demo network (order 800, after the catalogue and plans): Liberecký kraj with its categories
 * (základní, rozvojová, zásobník), the published network 2016 and the development network 2017
 * (seed 001: "Rozvojová síť sociálních služeb na rok 2017" with a návratka deadline, the four
 * supported kinds §39, §70 terénní and ambulantní, §43, §67) built from the seeded catalogue
 * services of ORP Liberec; Zlínský kraj networks 2022 (published) and 2023 (draft) with the
 * services of the Valašské Meziříčí area — only a few beds of §49 domovy pro seniory there, so
 * the analysis shows the residential-services-for-seniors gap. Owner: network block.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { systemActor } from '#lib/platform/access/actor.ts';
import { auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import type { Db } from '#lib/platform/db/client.server.ts';
import type { Seeder } from '#lib/platform/seed/seed.server.ts';
import { serviceForms, services } from '#lib/modules/catalogue/index.ts';
import { networkCategories, networkEntries, networks } from './network.schema.ts';
import type { ServiceFormCode } from './network.contract.ts';
import {
	ENTITY,
	createNetworkRow,
	writeCapacities,
	writeTerritories,
	type CapacityLine,
	type TerritoryLine
} from './network.write.server.ts';

const actor = systemActor('ukázková data');

interface CategorySeed {
	code: string;
	name: string;
	description: string;
	isReservoir?: boolean;
	validFromYear?: number;
	validToYear?: number;
}

const CATEGORIES: CategorySeed[] = [
	{
		code: 'zakladni',
		name: 'Základní síť',
		description:
			'Služby, které kraj dlouhodobě podporuje (optimální dotace ze státního rozpočtu, § 101a).',
		validFromYear: 2015
	},
	{
		code: 'rozvojova',
		name: 'Rozvojová síť',
		description:
			'Nové nebo rozšiřované služby, které kraj podpoří jen tehdy, jsou-li v rozvojové síti (seed 001).',
		validFromYear: 2016
	},
	{
		code: 'zasobnik',
		name: 'Zásobník rozvojových záměrů',
		description: 'Záměry odložené do zásobníku; do kapacity sítě se nezapočítávají.',
		isReservoir: true
	}
];

/** Deterministic pseudo-random in [0, 1) from a string (the same demo on every load). */
function unit(seed: string): number {
	let h = 2166136261;
	for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
	return ((h >>> 0) % 10000) / 10000;
}

const fte = (seed: string, min: number, max: number) =>
	Math.round((min + unit(seed) * (max - min)) * 10) / 10;

async function servicesOf(tx: Db, orpCode: string, kinds: string[], perKind: number) {
	const rows = await tx
		.select({
			id: services.id,
			name: services.name,
			kindCode: services.kindCode,
			orpCodes: services.orpCodes,
			municipalityCodes: services.municipalityCodes
		})
		.from(services)
		.where(
			and(
				eq(services.status, 'active'),
				inArray(services.kindCode, kinds),
				sql`${services.orpCodes} @> array[${orpCode}]::text[]`
			)
		)
		.orderBy(asc(services.name));
	const forms = rows.length
		? await tx
				.select({ serviceId: serviceForms.serviceId, form: serviceForms.form })
				.from(serviceForms)
				.where(
					inArray(
						serviceForms.serviceId,
						rows.map((r) => r.id)
					)
				)
		: [];
	const taken = new Map<string, number>();
	return rows
		.filter((r) => {
			const n = taken.get(r.kindCode ?? '') ?? 0;
			taken.set(r.kindCode ?? '', n + 1);
			return n < perKind;
		})
		.map((r) => ({
			...r,
			kindCode: r.kindCode as string,
			forms: forms.filter((f) => f.serviceId === r.id).map((f) => f.form as ServiceFormCode)
		}));
}

type DemoService = Awaited<ReturnType<typeof servicesOf>>[number];

function capacityFor(s: DemoService, year: number, beds: number): CapacityLine[] {
	const forms: ServiceFormCode[] = s.forms.length ? s.forms : ['amb'];
	return forms.map((form) => ({
		form,
		amount: form === 'pob' ? beds : fte(`${s.id}:${form}:${year}`, 1, 6)
	}));
}

function territoryFor(s: DemoService, orpCode: string, seatCode: string): TerritoryLine[] {
	const seat = s.municipalityCodes.includes(seatCode);
	return seat
		? [
				{ level: 'obec', code: seatCode, sharePercent: 60 },
				{ level: 'orp', code: orpCode, sharePercent: 40 }
			]
		: [{ level: 'orp', code: orpCode, sharePercent: 100 }];
}

async function addDemoEntry(
	tx: Db,
	networkId: string,
	regionAreaId: string,
	categoryId: string,
	s: DemoService,
	year: number,
	options: { beds: number; orpCode: string; seatCode: string; decisionRef: string; mandate: string }
): Promise<string> {
	const lines = capacityFor(s, year, options.beds);
	const fteSum = lines.filter((l) => l.form !== 'pob').reduce((a, l) => a + l.amount, 0);
	const optimal = Math.round((fteSum * 620000 + options.beds * 210000) / 1000) * 1000;
	const entry = await auditedInsert(
		tx,
		actor,
		networkEntries,
		ENTITY.entry,
		{
			networkId,
			serviceId: s.id,
			kindCode: s.kindCode,
			categoryId,
			mandateRef: options.mandate,
			optimalSubsidy: optimal.toFixed(2),
			realSubsidy: (Math.round((optimal * 0.82) / 1000) * 1000).toFixed(2),
			municipalCofinancing: (Math.round((optimal * 0.15) / 1000) * 1000).toFixed(2),
			decisionRef: options.decisionRef
		},
		{ areaId: regionAreaId }
	);
	await writeCapacities(tx, actor, entry.id, lines, regionAreaId);
	await writeTerritories(
		tx,
		actor,
		entry.id,
		territoryFor(s, options.orpCode, options.seatCode),
		regionAreaId
	);
	return entry.id;
}

async function seedCategories(tx: Db, regionAreaId: string): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	for (const [i, c] of CATEGORIES.entries()) {
		const row = await auditedInsert(
			tx,
			actor,
			networkCategories,
			ENTITY.category,
			{
				regionAreaId,
				code: c.code,
				name: c.name,
				description: c.description,
				isReservoir: c.isReservoir ?? false,
				validFromYear: c.validFromYear ?? null,
				validToYear: c.validToYear ?? null,
				sortOrder: i + 1
			},
			{ areaId: regionAreaId }
		);
		out.set(c.code, row.id);
	}
	return out;
}

async function publish(
	tx: Db,
	networkId: string,
	regionAreaId: string,
	decisionRef: string,
	decidedOn: string
) {
	await auditedUpdate(
		tx,
		actor,
		networks,
		ENTITY.network,
		networkId,
		{ status: 'published', decisionRef, decidedOn },
		{ areaId: regionAreaId, action: 'publish' }
	);
}

async function seedLiberec(tx: Db, regionAreaId: string, refs: Map<string, string>) {
	const cats = await seedCategories(tx, regionAreaId);
	const demo = await servicesOf(tx, '5105', ['39', '70', '43', '67'], 3);
	if (demo.length === 0) return;
	const base = { orpCode: '5105', seatCode: '563889', beds: 0 };

	// 2016: the basic network (all but the last service of each kind, with smaller capacity).
	const { network: n2016 } = await createNetworkRow(tx, actor, {
		regionAreaId,
		regionName: 'Liberecký kraj',
		year: 2016,
		title: 'Síť sociálních služeb Libereckého kraje na rok 2016'
	});
	const lastOfKind = new Set(
		['39', '70', '43', '67'].map((k) => demo.filter((s) => s.kindCode === k).at(-1)?.id)
	);
	for (const s of demo) {
		if (lastOfKind.has(s.id)) continue;
		await addDemoEntry(tx, n2016.id, regionAreaId, cats.get('zakladni')!, s, 2016, {
			...base,
			decisionRef: 'usnesení Rady LK č. 1650/15/RK',
			mandate: 'Pověření LK č. OLP/3120/2015'
		});
	}
	await publish(
		tx,
		n2016.id,
		regionAreaId,
		'usnesení Zastupitelstva LK č. 512/15/ZK',
		'2015-12-15'
	);

	// 2017: the development network, a draft sent to providers with a návratka deadline.
	const { network: n2017 } = await createNetworkRow(tx, actor, {
		regionAreaId,
		regionName: 'Liberecký kraj',
		year: 2017,
		title: 'Rozvojová síť sociálních služeb na rok 2017',
		feedbackDeadline: '2016-09-30',
		note: 'Kraj podpoří rozvoj jen těch služeb, které jsou v rozvojové síti. Návratku zašlete do 30. 9. 2016; obce II. typu se k síti vyjadřují.',
		copyPrevious: false
	});
	for (const s of demo) {
		const isNew = lastOfKind.has(s.id);
		await addDemoEntry(
			tx,
			n2017.id,
			regionAreaId,
			cats.get(isNew ? 'rozvojova' : 'zakladni')!,
			s,
			2017,
			{
				...base,
				decisionRef: isNew ? 'usnesení Rady LK č. 1211/16/RK' : 'usnesení Rady LK č. 1650/15/RK',
				mandate: isNew ? 'Pověření LK č. OLP/2480/2016' : 'Pověření LK č. OLP/3120/2015'
			}
		);
	}
	await publish(
		tx,
		n2017.id,
		regionAreaId,
		'usnesení Zastupitelstva LK č. 388/16/ZK',
		'2016-11-29'
	);
	refs.set('network:lbc-2016', n2016.id);
	refs.set('network:lbc-2017', n2017.id);
}

async function seedZlin(tx: Db, regionAreaId: string, refs: Map<string, string>) {
	const cats = await seedCategories(tx, regionAreaId);
	const kinds = ['39', '40', '43', '44', '46', '48', '49', '50', '65', '69', '70'];
	const demo = await servicesOf(tx, '7210', kinds, 2);
	if (demo.length === 0) return;
	const base = { orpCode: '7210', seatCode: '545058' };
	// Few beds for seniors: one §49 home with 24 beds, one §50 with 16.
	const bedsOf = (s: DemoService, i: number) =>
		s.kindCode === '49'
			? i === 0
				? 24
				: 0
			: s.kindCode === '50'
				? 16
				: s.kindCode === '48'
					? 30
					: 6;
	const { network: n2022 } = await createNetworkRow(tx, actor, {
		regionAreaId,
		regionName: 'Zlínský kraj',
		year: 2022
	});
	const seen = new Map<string, number>();
	for (const s of demo) {
		const i = seen.get(s.kindCode) ?? 0;
		seen.set(s.kindCode, i + 1);
		const beds = s.forms.includes('pob') ? bedsOf(s, i) : 0;
		if (s.forms.includes('pob') && beds === 0) continue;
		await addDemoEntry(tx, n2022.id, regionAreaId, cats.get('zakladni')!, s, 2022, {
			...base,
			beds,
			decisionRef: 'usnesení Zastupitelstva ZK č. 0612/Z21/21',
			mandate: 'Pověření ZK č. 1/2022'
		});
	}
	await publish(
		tx,
		n2022.id,
		regionAreaId,
		'usnesení Zastupitelstva ZK č. 0612/Z21/21',
		'2021-12-13'
	);
	// 2023: the draft copies 2022 (approved intentions of the Valmez plan are added to it).
	const { network: n2023 } = await createNetworkRow(tx, actor, {
		regionAreaId,
		regionName: 'Zlínský kraj',
		year: 2023,
		feedbackDeadline: '2022-10-31'
	});
	refs.set('network:zlk-2022', n2022.id);
	refs.set('network:zlk-2023', n2023.id);
}

export const networkSeeder: Seeder = {
	id: 'network.network',
	order: 800,
	async run({ tx, refs }) {
		const lbc = refs.get('area:kraj-lbc');
		const zlk = refs.get('area:kraj-zlk');
		if (lbc) await seedLiberec(tx, lbc, refs);
		if (zlk) await seedZlin(tx, zlk, refs);
	}
};
