import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { ANONYMOUS, type Actor } from '#lib/platform/access/actor.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { createTestUser } from '#lib/platform/auth/testing.server.ts';
import {
	ConflictError,
	ForbiddenError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { organisations } from '#lib/modules/organisation/index.ts';
import { providers } from '#lib/modules/catalogue/index.ts';
import { randomUUID } from 'node:crypto';
import { fakeNetworkUser, networkFixture, type NetworkFixture } from './network.testing.server.ts';
import { networkDemand, networkNorms, networkPopulation } from './analysis.schema.ts';
import { capacityAnalysis } from './analysis.service.server.ts';
import {
	createGroup,
	createNorm,
	deleteNorm,
	getAnalysisAdmin,
	importPopulation,
	listDemand,
	recordDemand
} from './analysis.admin.server.ts';

useTestDatabase();

let f: NetworkFixture;
let kraj: Actor;
let orp: Actor;
let manager: Actor;
let provider: Actor;
let stranger: Actor;

const CSV = [
	'kód obce;název;rok;věková skupina;počet',
	'564044;Chrastava;2023;0–14;1000',
	'564044;Chrastava;2023;15–64;4000',
	'564044;Chrastava;2023;65–79;1000',
	'564044;Chrastava;2023;80+;300',
	'564028;Hrádek nad Nisou;2023;0–14;1200',
	'564028;Hrádek nad Nisou;2023;15–64;4700',
	'564028;Hrádek nad Nisou;2023;65–79;1300',
	'564028;Hrádek nad Nisou;2023;80 a více;400'
].join('\n');

const rowCount = async () => (await db().select().from(networkPopulation)).length;

async function expectValidation(run: Promise<unknown>, text: string) {
	const error = await run.catch((e: unknown) => e);
	expect(error).toBeInstanceOf(ValidationError);
	expect(JSON.stringify((error as ValidationError).fields)).toContain(text);
}

beforeAll(async () => {
	f = await networkFixture();
	const [org] = await db()
		.insert(organisations)
		.values({ name: 'Charita Test', type: 'poskytovatel' })
		.returning();
	const [catalogueProvider] = await db().select({ id: providers.id }).from(providers).limit(1);
	await db()
		.update(providers)
		.set({ organisationId: org.id })
		.where(eq(providers.id, catalogueProvider.id));
	kraj = (
		await createTestUser({ password: null, grants: [{ role: 'coordinator', areaId: f.kraj }] })
	).actor;
	orp = (await createTestUser({ password: null, grants: [{ role: 'coordinator', areaId: f.orp }] }))
		.actor;
	provider = (
		await createTestUser({ password: null, grants: [{ role: 'provider', organisationId: org.id }] })
	).actor;
	manager = fakeNetworkUser({ role: 'manager', bodyId: randomUUID() });
	stranger = (
		await createTestUser({ password: null, grants: [{ role: 'coordinator', areaId: f.otherKraj }] })
	).actor;
});

describe('population import', () => {
	it('refuses wrong columns, negative counts and unknown codes in Czech, writing nothing', async () => {
		await expectValidation(
			importPopulation(
				kraj,
				{ areaId: f.mikroregion },
				{ name: 'a.csv', text: 'obec;rok;počet\n1;2;3' }
			),
			'Soubor nemá očekávané sloupce'
		);
		await expectValidation(
			importPopulation(
				kraj,
				{ areaId: f.mikroregion },
				{ name: 'b.csv', text: CSV.replace('2023;80+;300', '2023;80+;-5') }
			),
			'počet nesmí být záporný'
		);
		await expectValidation(
			importPopulation(
				kraj,
				{ areaId: f.mikroregion },
				{ name: 'c.csv', text: `${CSV}\n999998;Neznámá;2023;80+;10\n999997;Jiná;2023;80+;10` }
			),
			'Neznámé kódy obcí: 999998, 999997'
		);
		// Liberec (563889) is known but not a member of the microregion.
		await expectValidation(
			importPopulation(
				kraj,
				{ areaId: f.mikroregion },
				{ name: 'd.csv', text: `${CSV}\n563889;Liberec;2023;80+;10` }
			),
			'Obce mimo území'
		);
		await expectValidation(
			importPopulation(
				kraj,
				{ areaId: f.mikroregion },
				{ name: 'e.csv', text: `${CSV}\n564044;Chrastava;2023;65+;10` }
			),
			'neznámá věková skupina'
		);
		expect(await rowCount()).toBe(0);
	});

	it('checks permissions: 401 anonymous, 403 coordinator of another kraj', async () => {
		await expect(
			importPopulation(ANONYMOUS, { areaId: f.mikroregion }, { name: 'x.csv', text: CSV })
		).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(
			importPopulation(stranger, { areaId: f.mikroregion }, { name: 'x.csv', text: CSV })
		).rejects.toBeInstanceOf(ForbiddenError);
	});

	it('imports, and a re-import changes nothing', async () => {
		const first = await importPopulation(
			kraj,
			{ areaId: f.mikroregion },
			{ name: 'obyvatele.csv', text: CSV }
		);
		expect(first).toMatchObject({
			rows: 8,
			created: 8,
			updated: 0,
			years: [2023],
			municipalities: 2
		});
		const again = await importPopulation(
			kraj,
			{ areaId: f.mikroregion },
			{ name: 'obyvatele.csv', text: CSV }
		);
		expect(again).toMatchObject({ rows: 8, created: 0, updated: 0 });
		const changed = await importPopulation(
			kraj,
			{ areaId: f.mikroregion },
			{ name: 'oprava.csv', text: CSV.replace('2023;80+;300', '2023;80+;320') }
		);
		expect(changed).toMatchObject({ created: 0, updated: 1 });
		expect(await rowCount()).toBe(8);
		const admin = await getAnalysisAdmin(kraj, {});
		expect(admin.population.find((p) => p.area.id === f.mikroregion)?.years).toEqual([
			{ year: 2023, municipalities: 2, people: 13920 }
		]);
	});
});

describe('norms and groups', () => {
	it('refuses an unknown kind, a non-kraj region and an ORP coordinator', async () => {
		const norm = {
			regionAreaId: f.kraj,
			kindCode: '99',
			unit: 'beds',
			perThousand: '25',
			ageBands: ['65-79', '80+']
		};
		await expectValidation(createNorm(kraj, norm), 'Neznámý druh služby');
		await expectValidation(
			createNorm(kraj, { ...norm, kindCode: '49', perThousand: '-1' }),
			'kladné'
		);
		await expectValidation(
			createNorm(kraj, { ...norm, kindCode: '49', ageBands: [] }),
			'věkovou skupinu'
		);
		await expect(createNorm(orp, { ...norm, kindCode: '49' })).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expectValidation(
			createNorm(orp, { ...norm, regionAreaId: f.orp, kindCode: '49' }),
			'pro kraj'
		);
		expect(await db().select().from(networkNorms)).toHaveLength(0);
	});

	it('creates norms (decimal comma), refuses a duplicate, deletes with optimistic locking', async () => {
		const n = await createNorm(kraj, {
			regionAreaId: f.kraj,
			kindCode: '49',
			unit: 'beds',
			perThousand: '25',
			ageBands: ['65-79', '80+'],
			label: ''
		});
		expect(n.label).toBe('§ 49 Domovy pro seniory');
		await createNorm(kraj, {
			regionAreaId: f.kraj,
			kindCode: '40',
			unit: 'fte',
			perThousand: '7,5',
			ageBands: '80+'
		});
		await expectValidation(
			createNorm(kraj, {
				regionAreaId: f.kraj,
				kindCode: '49',
				unit: 'beds',
				perThousand: '1',
				ageBands: '80+'
			}),
			'už má normativ'
		);
		const temp = await createNorm(kraj, {
			regionAreaId: f.kraj,
			kindCode: '50',
			unit: 'beds',
			perThousand: '5',
			ageBands: '80+'
		});
		await expect(deleteNorm(kraj, { id: temp.id, version: '7' })).rejects.toBeInstanceOf(
			ConflictError
		);
		await deleteNorm(kraj, { id: temp.id, version: String(temp.version) });
		expect(await db().select().from(networkNorms)).toHaveLength(2);
	});

	it('creates a substitution group of at least two kinds', async () => {
		await expectValidation(
			createGroup(kraj, { regionAreaId: f.kraj, name: 'Jen jeden', kinds: ['49'] }),
			'aspoň dva'
		);
		const g = await createGroup(kraj, {
			regionAreaId: f.kraj,
			name: 'Pobytové služby pro seniory',
			kinds: ['49', '50']
		});
		expect(g.name).toBe('Pobytové služby pro seniory');
	});
});

describe('demand records', () => {
	it('lets a provider record for its own service, the coordinator for the area, nobody else', async () => {
		const base = {
			areaId: f.mikroregion,
			kindCode: '49',
			year: '2023',
			indicator: 'refused',
			count: '40'
		};
		await expect(recordDemand(ANONYMOUS, base)).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(recordDemand(provider, base)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(recordDemand(stranger, base)).rejects.toBeInstanceOf(ForbiddenError);
		await expectValidation(
			recordDemand(provider, { ...base, serviceId: f.services.domov, kindCode: '39' }),
			'Služba je druhu § 49'
		);
		await expectValidation(recordDemand(kraj, { ...base, count: '0' }), 'aspoň 1');
		const own = await recordDemand(provider, { ...base, serviceId: f.services.domov, count: '12' });
		expect(own).toMatchObject({ source: 'provider', count: 12 });
		const coordinator = await recordDemand(kraj, base);
		expect(coordinator.source).toBe('coordinator');
		await recordDemand(kraj, { ...base, indicator: 'unmet', count: '8', note: 'Pořadník' });
		const list = await listDemand(provider);
		expect(list.rows.map((r) => r.count)).toEqual([12]);
		expect(list.serviceOptions.length).toBeGreaterThan(0);
		expect((await listDemand(kraj)).total).toBe(3);
		expect(await db().select().from(networkDemand)).toHaveLength(3);
	});
});

describe('capacityAnalysis', () => {
	it('401 anonymous, 403 provider, 400 bad year', async () => {
		await expect(
			capacityAnalysis(ANONYMOUS, { areaId: f.mikroregion, year: 2023 })
		).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(
			capacityAnalysis(provider, { areaId: f.mikroregion, year: 2023 })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expectValidation(
			capacityAnalysis(kraj, { areaId: f.mikroregion, year: 'x' }),
			'Zadejte rok'
		);
	});

	it('computes the hand-checked gap of the microregion with the evidence', async () => {
		const network = async () => [
			{
				kindCode: '49',
				unit: 'beds' as const,
				amount: 30,
				entries: [
					{ entryId: 'e1', name: 'Domov pro seniory Liberec', amount: 30, sharePercent: 50 }
				]
			},
			{ kindCode: '50', unit: 'beds' as const, amount: 20, entries: [] }
		];
		const later = await capacityAnalysis(manager, { areaId: f.mikroregion, year: '2025' }, network);
		// Population of 2023 is the latest not after 2025; demand records are per year.
		expect(later.populationYear).toBe(2023);
		expect(later.demand).toHaveLength(0);
		const a = await capacityAnalysis(manager, { areaId: f.mikroregion, year: '2023' }, network);
		// 65+ = 1 000 + 1 300 + 320 + 400 = 3 020.
		expect(a.populationYear).toBe(2023);
		expect(a.population).toEqual({ '0-14': 2200, '15-64': 8700, '65-79': 2300, '80+': 720 });
		expect(a.region?.id).toBe(f.kraj);
		const r49 = a.result.rows.find((r) => r.kindCode === '49')!;
		// 3 020 / 1 000 × 25 = 75,5 beds expected; 30 in the network → gap 45,5.
		expect(r49).toMatchObject({
			population: 3020,
			expected: 75.5,
			network: 30,
			gap: 45.5,
			status: 'deficit',
			refused: 52,
			unmet: 8
		});
		expect(r49.demandIds).toHaveLength(3);
		// § 40: 720 / 1 000 × 7,5 = 5,4 FTE, nothing in the network.
		expect(a.result.rows.find((r) => r.kindCode === '40')).toMatchObject({
			expected: 5.4,
			gap: 5.4
		});
		// Group § 49 + § 50 (no norm for § 50): expected 75,5, network 50 → 25,5.
		expect(a.result.groups[0]).toMatchObject({
			expected: 75.5,
			network: 50,
			gap: 25.5,
			status: 'deficit'
		});
		expect(a.demand.map((d) => d.source).sort()).toEqual([
			'coordinator',
			'coordinator',
			'provider'
		]);
		// Czech collation: ch after h.
		expect(a.populationRows.map((p) => p.name)).toEqual(['Hrádek nad Nisou', 'Chrastava']);
	});

	it('uses the network block (no network yet → zero capacity) and the registry overview', async () => {
		const a = await capacityAnalysis(kraj, { areaId: f.orp, year: 2023 });
		expect(a.networkProblem).toBeNull();
		const r49 = a.result.rows.find((r) => r.kindCode === '49')!;
		expect(r49.network).toBe(0);
		expect(r49.status).toBe('deficit');
	});
});
