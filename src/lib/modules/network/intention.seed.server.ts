/**
 * Demo calls and development intentions (order 820, after the network seeder and before the
 * analysis): the Liberecký kraj call for 2017 (seed 001: the four supported kinds §39, §70, §43,
 * §67, návratka by 30. 9. 2016) with intentions of providers; the Zlínský kraj call for 2023 with
 * the Valašskomeziříčsko intentions relying on measures of its 2022–2024 plan (seed 004: a
 * condition of the regional authority; the missing residential services for seniors) in various
 * states — one approved into the 2023 network, one with a statement, one waiting for the
 * statement, one postponed to the reservoir. Owner: intentions block.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { systemActor } from '#lib/platform/access/actor.ts';
import { auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import type { Db } from '#lib/platform/db/client.server.ts';
import type { Seeder } from '#lib/platform/seed/seed.server.ts';
import { organisations } from '#lib/modules/organisation/index.ts';
import { providers, services } from '#lib/modules/catalogue/index.ts';
import {
	networkCallCriteria,
	networkCallMeasures,
	networkCalls,
	networkIntentionCapacities,
	networkIntentionDecisions,
	networkIntentionEvidence,
	networkIntentionFunding,
	networkIntentions,
	networkIntentionScores,
	networkIntentionStatements,
	type ChangeType,
	type DecisionOutcome,
	type IntentionStatus,
	type StatementVerdict
} from './intention.schema.ts';
import { networkCategories, networkEntries } from './network.schema.ts';
import { unitOfForm, type ServiceFormCode } from './network.contract.ts';
import { applyApprovedIntention } from './network.contract.server.ts';
import { CALL_ENTITY } from './call.service.server.ts';
import { DECISION_ENTITY, INTENTION_ENTITY, STATEMENT_ENTITY } from './intention.service.server.ts';

const actor = systemActor('ukázková data');

interface CallSeed {
	regionAreaId: string;
	year: number;
	title: string;
	opensOn: string;
	closesOn: string;
	eligibleKinds: string[];
	eligibleNeeds: string;
	rulesText: string;
	measureIds: string[];
	criteria: [string, number][];
}

async function seedCall(tx: Db, c: CallSeed) {
	const call = await auditedInsert(
		tx,
		actor,
		networkCalls,
		CALL_ENTITY,
		{
			regionAreaId: c.regionAreaId,
			year: c.year,
			title: c.title,
			opensOn: c.opensOn,
			closesOn: c.closesOn,
			eligibleKinds: c.eligibleKinds,
			eligibleNeeds: c.eligibleNeeds,
			rulesText: c.rulesText
		},
		{ areaId: c.regionAreaId }
	);
	if (c.measureIds.length) {
		await tx
			.insert(networkCallMeasures)
			.values(c.measureIds.map((measureId) => ({ callId: call.id, measureId })));
	}
	const criteria = await tx
		.insert(networkCallCriteria)
		.values(c.criteria.map(([name, maxScore], sort) => ({ callId: call.id, name, maxScore, sort })))
		.returning();
	return { call, criteria };
}

interface IntentionSeed {
	reference: string;
	callId: string | null;
	type: 'A' | 'B' | 'C';
	regionAreaId: string;
	organisationId: string;
	serviceId: string | null;
	plannedName?: string | null;
	kindCode: string;
	changeType: ChangeType;
	year: number;
	startDate: string;
	costEstimate: number;
	territoryText: string;
	justification: string;
	measureId?: string | null;
	planId?: string | null;
	planAreaId?: string | null;
	capacity: [ServiceFormCode, number][];
	funding: [string, number][];
	evidence: { kind: string; description: string; link?: string; count?: number }[];
	statement?: {
		verdict: StatementVerdict;
		reasons: string;
		resolutionText?: string;
		meetingId?: string | null;
	};
	decision?: {
		outcome: DecisionOutcome;
		categoryCode: string | null;
		fromYear: number | null;
		decisionRef: string;
		decidedOn: string;
		note?: string;
		scores: number[];
		/** Apply the approval to the network (else link an existing entry). */
		apply?: boolean;
		entryId?: string | null;
	};
	criteria: { id: string }[];
}

async function seedIntention(tx: Db, s: IntentionSeed): Promise<string> {
	const status: IntentionStatus = s.decision
		? s.decision.outcome
		: s.statement
			? 'stated'
			: 'submitted';
	const row = await auditedInsert(
		tx,
		actor,
		networkIntentions,
		INTENTION_ENTITY,
		{
			reference: s.reference,
			callId: s.callId,
			type: s.type,
			regionAreaId: s.regionAreaId,
			organisationId: s.organisationId,
			serviceId: s.serviceId,
			plannedName: s.serviceId ? null : (s.plannedName ?? null),
			kindCode: s.kindCode,
			changeType: s.changeType,
			year: s.year,
			startDate: s.startDate,
			costEstimate: String(s.costEstimate),
			territoryText: s.territoryText,
			justification: s.justification,
			measureId: s.measureId ?? null,
			planId: s.planId ?? null,
			planAreaId: s.planAreaId ?? null,
			status: 'submitted'
		},
		{ areaId: s.regionAreaId }
	);
	await tx.insert(networkIntentionCapacities).values(
		s.capacity.map(([form, delta]) => ({
			intentionId: row.id,
			form,
			unit: unitOfForm(form),
			delta: String(delta)
		}))
	);
	await tx
		.insert(networkIntentionFunding)
		.values(
			s.funding.map(([source, amount]) => ({ intentionId: row.id, source, amount: String(amount) }))
		);
	await tx.insert(networkIntentionEvidence).values(
		s.evidence.map((e) => ({
			intentionId: row.id,
			kind: e.kind,
			description: e.description,
			link: e.link ?? null,
			count: e.count ?? null
		}))
	);
	if (s.statement) {
		await auditedInsert(
			tx,
			actor,
			networkIntentionStatements,
			STATEMENT_ENTITY,
			{
				intentionId: row.id,
				verdict: s.statement.verdict,
				reasons: s.statement.reasons,
				resolutionText: s.statement.resolutionText ?? null,
				meetingId: s.statement.meetingId ?? null,
				statedByName: 'Jan Koordinátor'
			},
			{ areaId: s.planAreaId }
		);
		await auditedUpdate(
			tx,
			actor,
			networkIntentions,
			INTENTION_ENTITY,
			row.id,
			{ status: 'stated' },
			{
				action: 'state',
				areaId: s.planAreaId
			}
		);
	}
	if (s.decision) {
		const d = s.decision;
		let entryId = d.entryId ?? null;
		if (d.apply && d.categoryCode) {
			entryId = (
				await applyApprovedIntention(tx, actor, {
					intentionId: row.id,
					regionAreaId: s.regionAreaId,
					year: d.fromYear ?? s.year,
					serviceId: s.serviceId,
					plannedName: s.plannedName ?? null,
					providerOrganisationId: s.organisationId,
					kindCode: s.kindCode,
					categoryCode: d.categoryCode,
					capacity:
						d.outcome === 'approved' ? s.capacity.map(([form, delta]) => ({ form, delta })) : [],
					decisionRef: d.decisionRef
				})
			).entryId;
		}
		for (const [i, score] of d.scores.entries()) {
			if (!s.criteria[i]) continue;
			await tx
				.insert(networkIntentionScores)
				.values({ intentionId: row.id, criterionId: s.criteria[i].id, score });
		}
		await auditedInsert(
			tx,
			actor,
			networkIntentionDecisions,
			DECISION_ENTITY,
			{
				intentionId: row.id,
				outcome: d.outcome,
				categoryCode: d.categoryCode,
				fromYear: d.fromYear,
				capacity:
					d.outcome === 'approved' ? s.capacity.map(([form, delta]) => ({ form, delta })) : [],
				decisionRef: d.decisionRef,
				decidedOn: d.decidedOn,
				note: d.note ?? null,
				networkEntryId: entryId
			},
			{ areaId: s.regionAreaId }
		);
		await auditedUpdate(
			tx,
			actor,
			networkIntentions,
			INTENTION_ENTITY,
			row.id,
			{ status },
			{
				action: 'decide',
				areaId: s.regionAreaId
			}
		);
	}
	return row.id;
}

/** Services of kinds in an ORP (by ORP code), with their provider, in a stable order. */
async function servicesIn(tx: Db, orpCode: string, kind: string) {
	return tx
		.select({
			id: services.id,
			name: services.name,
			kindCode: services.kindCode,
			providerName: providers.name,
			organisationId: providers.organisationId
		})
		.from(services)
		.innerJoin(providers, eq(providers.id, services.providerId))
		.where(
			and(
				eq(services.kindCode, kind),
				eq(services.status, 'active'),
				sql`${orpCode} = any(${services.orpCodes})`
			)
		)
		.orderBy(asc(services.name))
		.limit(3);
}

/** The organisation record of a catalogue provider (created for the demo when missing). */
async function organisationOf(
	tx: Db,
	s: { providerName: string; organisationId: string | null },
	areaId: string
): Promise<string> {
	if (s.organisationId) return s.organisationId;
	const [existing] = await tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(eq(organisations.name, s.providerName));
	if (existing) return existing.id;
	const row = await auditedInsert(tx, actor, organisations, 'organisation.organisation', {
		name: s.providerName,
		type: 'poskytovatel',
		areaId
	});
	return row.id;
}

const LBC_RULES =
	'Kraj podpoří rozvoj jen těch služeb, které budou zařazeny do rozvojové sítě na rok 2017. ' +
	'Záměr předložte na formuláři s návratkou do 30. 9. 2016. Obce II. typu se k záměrům ve svém ' +
	'území vyjadřují. Potřebnost služby posuzujeme v kontextu služeb, které ji mohou zastoupit.';

async function seedLiberec(tx: Db, refs: Map<string, string>) {
	const region = refs.get('area:kraj-lbc');
	const orp = refs.get('area:orp-liberec');
	if (!region || !orp) return;
	const { call, criteria } = await seedCall(tx, {
		regionAreaId: region,
		year: 2017,
		title: 'Výzva k předložení rozvojových záměrů pro rozvojovou síť na rok 2017',
		opensOn: '2016-06-01',
		closesOn: '2016-09-30',
		eligibleKinds: ['39', '70', '43', '67'],
		eligibleNeeds:
			'Osobní asistence, sociální rehabilitace (terénní a ambulantní), podpora samostatného bydlení a sociálně terapeutické dílny.',
		rulesText: LBC_RULES,
		measureIds: [],
		criteria: [
			['Soulad se střednědobým plánem kraje', 30],
			['Doložená potřebnost v území', 30],
			['Zajištění financování a spolufinancování obcí', 20],
			['Dostupnost a návaznost služeb', 20]
		]
	});
	refs.set('call:lbc-2017', call.id);
	// The services that entered the 2017 development network came through this call.
	const entries = await tx
		.select({
			id: networkEntries.id,
			serviceId: networkEntries.serviceId,
			kindCode: networkEntries.kindCode
		})
		.from(networkEntries)
		.innerJoin(networkCategories, eq(networkCategories.id, networkEntries.categoryId))
		.where(
			and(
				eq(
					networkEntries.networkId,
					refs.get('network:lbc-2017') ?? '00000000-0000-0000-0000-000000000000'
				),
				eq(networkCategories.code, 'rozvojova')
			)
		);
	let n = 0;
	for (const e of entries) {
		if (!e.serviceId) continue;
		const [s] = await tx
			.select({
				id: services.id,
				name: services.name,
				providerName: providers.name,
				organisationId: providers.organisationId
			})
			.from(services)
			.innerJoin(providers, eq(providers.id, services.providerId))
			.where(eq(services.id, e.serviceId));
		if (!s) continue;
		n++;
		await seedIntention(tx, {
			reference: `RZ-2017-${String(n).padStart(4, '0')}`,
			callId: call.id,
			type: 'A',
			regionAreaId: region,
			organisationId: await organisationOf(tx, s, orp),
			serviceId: s.id,
			kindCode: e.kindCode,
			changeType: 'increase',
			year: 2017,
			startDate: '2017-01-01',
			costEstimate: 1_200_000 + n * 150_000,
			territoryText: 'ORP Liberec',
			justification:
				'Služba nemá pro rostoucí zájem kapacitu; bez zařazení do rozvojové sítě ji kraj nepodpoří.',
			capacity: [['ter', 1.5]],
			funding: [
				['state_101a', 800_000],
				['municipalities', 250_000]
			],
			evidence: [
				{
					kind: 'refused',
					description: 'Odmítnutí zájemci pro nedostatek kapacity 2015',
					count: 14 + n
				},
				{ kind: 'waiting_list', description: 'Pořadník k 30. 6. 2016', count: 8 + n }
			],
			decision: {
				outcome: 'approved',
				categoryCode: 'rozvojova',
				fromYear: 2017,
				decisionRef: 'usnesení Rady LK č. 1211/16/RK',
				decidedOn: '2016-10-25',
				scores: [26, 24, 15, 17],
				entryId: e.id
			},
			criteria
		});
	}
	// A new service of a municipality postponed to the reservoir, one rejected.
	const municipality = refs.get('organisation:liberec');
	if (municipality) {
		await seedIntention(tx, {
			reference: `RZ-2017-${String(++n).padStart(4, '0')}`,
			callId: call.id,
			type: 'A',
			regionAreaId: region,
			organisationId: municipality,
			serviceId: null,
			plannedName: 'Podpora samostatného bydlení – Frýdlantsko',
			kindCode: '43',
			changeType: 'new_service',
			year: 2017,
			startDate: '2017-04-01',
			costEstimate: 1_850_000,
			territoryText: 'ORP Frýdlant, ORP Liberec',
			justification:
				'Lidé s duševním onemocněním po propuštění z léčebny nemají na Frýdlantsku podporu.',
			capacity: [['ter', 2]],
			funding: [
				['state_101a', 1_200_000],
				['municipalities', 400_000]
			],
			evidence: [{ kind: 'survey', description: 'Šetření potřeb v ORP Frýdlant 2016', count: 22 }],
			decision: {
				outcome: 'postponed',
				categoryCode: 'zasobnik',
				fromYear: null,
				decisionRef: 'usnesení Rady LK č. 1211/16/RK',
				decidedOn: '2016-10-25',
				note: 'Odloženo do zásobníku; posoudit s návaznými službami (terénní programy).',
				scores: [18, 20, 8, 12]
			},
			criteria
		});
	}
	const provider = refs.get('organisation:demo-provider');
	if (provider) {
		await seedIntention(tx, {
			reference: `RZ-2017-${String(n + 1).padStart(4, '0')}`,
			callId: call.id,
			type: 'A',
			regionAreaId: region,
			organisationId: provider,
			serviceId: null,
			plannedName: 'Sociálně terapeutická dílna TyfloCentrum',
			kindCode: '67',
			changeType: 'new_service',
			year: 2017,
			startDate: '2017-01-01',
			costEstimate: 950_000,
			territoryText: 'Liberec',
			justification: 'Dílna pro lidi se zrakovým postižením.',
			capacity: [['amb', 1]],
			funding: [['state_101a', 600_000]],
			evidence: [{ kind: 'suggestion', description: 'Podněty uživatelů 2016', count: 5 }],
			decision: {
				outcome: 'rejected',
				categoryCode: null,
				fromYear: null,
				decisionRef: 'usnesení Rady LK č. 1211/16/RK',
				decidedOn: '2016-10-25',
				note: 'Kapacita sociálně terapeutických dílen v ORP Liberec pokrývá potřebu.',
				scores: [10, 8, 10, 6]
			},
			criteria
		});
	}
}

async function seedValmez(tx: Db, refs: Map<string, string>) {
	const region = refs.get('area:kraj-zlk');
	const area = refs.get('area:mr-valmez');
	const plan = refs.get('plan:valmez');
	const m11 = refs.get('measure:valmez-1.1');
	const m12 = refs.get('measure:valmez-1.2');
	const m13 = refs.get('measure:valmez-1.3');
	if (!region || !area || !plan || !m11) return;
	const { call, criteria } = await seedCall(tx, {
		regionAreaId: region,
		year: 2023,
		title:
			'Výzva k předkládání rozvojových záměrů do sítě sociálních služeb Zlínského kraje na rok 2023',
		opensOn: '2022-05-02',
		closesOn: '2022-08-31',
		eligibleKinds: ['40', '44', '49', '50'],
		eligibleNeeds:
			'Chybějící kapacity pobytových služeb pro seniory, pečovatelská a odlehčovací služba podle komunitních plánů.',
		rulesText:
			'Podmínkou kraje je, že se záměr opírá o opatření platného komunitního plánu obce nebo mikroregionu ' +
			'a koordinátor plánování vydá stanovisko k souladu záměru s plánem. Kapacitu uvádějte v lůžkách ' +
			'(pobytové služby) nebo v přepočtených úvazcích pracovníků v přímé péči.',
		measureIds: [m11, m12, m13].filter((x): x is string => !!x),
		criteria: [
			['Soulad s komunitním plánem', 30],
			['Doložená potřebnost', 25],
			['Finanční udržitelnost', 25],
			['Připravenost záměru', 20]
		]
	});
	refs.set('call:zlk-2023', call.id);
	const town = await auditedInsert(tx, actor, organisations, 'organisation.organisation', {
		name: 'Město Valašské Meziříčí',
		ico: null,
		type: 'obec',
		city: 'Valašské Meziříčí',
		areaId: area
	});
	const base = {
		callId: call.id,
		type: 'A' as const,
		regionAreaId: region,
		year: 2023,
		planId: plan,
		planAreaId: area,
		territoryText: 'Mikroregion Valašskomeziříčsko-Kelečsko',
		criteria
	};
	// 1. Approved: the new wing of the home for seniors (30 beds) into the 2023 network.
	await seedIntention(tx, {
		...base,
		reference: 'RZ-2023-0001',
		organisationId: town.id,
		serviceId: null,
		plannedName: 'Domov pro seniory Valašské Meziříčí – nové křídlo',
		kindCode: '49',
		changeType: 'new_service',
		startDate: '2023-07-01',
		costEstimate: 14_600_000,
		justification:
			'Plán mikroregionu 2022–2024 (opatření 1.1) jmenuje jako nejvíce chybějící kapacitu pobytové služby pro seniory. ' +
			'Pořadník domova pro seniory má přes 200 žadatelů, z toho 60 v naléhavé situaci.',
		measureId: m11,
		capacity: [['pob', 30]],
		funding: [
			['municipalities', 6_000_000],
			['region', 4_000_000],
			['state_101a', 3_200_000],
			['user_fees', 1_400_000]
		],
		evidence: [
			{
				kind: 'waiting_list',
				description: 'Pořadník domova pro seniory k 31. 12. 2021',
				count: 212
			},
			{ kind: 'refused', description: 'Odmítnutí zájemci v naléhavé situaci 2021', count: 60 },
			{ kind: 'survey', description: 'Analýza potřeb mikroregionu 2021 (kapitola Senioři)' }
		],
		statement: {
			verdict: 'consistent',
			reasons:
				'Záměr přímo naplňuje opatření 1.1 plánu 2022–2024 (navýšení kapacity pobytových služeb pro seniory o 30 lůžek).',
			resolutionText: 'Pracovní skupina Senioři, usnesení č. 3/2022',
			meetingId: null
		},
		decision: {
			outcome: 'approved',
			categoryCode: 'rozvojova',
			fromYear: 2023,
			decisionRef: 'usnesení Rady Zlínského kraje č. 0612/R21/22',
			decidedOn: '2022-10-24',
			scores: [30, 24, 18, 15],
			apply: true
		}
	});
	// 2. A §50 home with a statement (partly), waiting for the region.
	const [special] = await servicesIn(tx, '7210', '50');
	await seedIntention(tx, {
		...base,
		reference: 'RZ-2023-0002',
		organisationId: special ? await organisationOf(tx, special, area) : town.id,
		serviceId: special?.id ?? null,
		plannedName: special ? null : 'Domov se zvláštním režimem Kelč',
		kindCode: '50',
		changeType: special ? 'increase' : 'new_service',
		startDate: '2023-01-01',
		costEstimate: 5_400_000,
		justification: 'Rostoucí počet lidí s demencí; domov se zvláštním režimem odmítá zájemce.',
		measureId: m11,
		capacity: [['pob', 12]],
		funding: [
			['state_101a', 2_800_000],
			['user_fees', 1_900_000],
			['health_insurance', 700_000]
		],
		evidence: [{ kind: 'refused', description: 'Odmítnutí zájemci 2021', count: 41 }],
		statement: {
			verdict: 'partly',
			reasons:
				'Opatření 1.1 počítá s domovem pro seniory; domov se zvláštním režimem je jen částečně v jeho rozsahu.',
			resolutionText: 'Pracovní skupina Senioři, usnesení č. 4/2022'
		}
	});
	// 3. Pečovatelská služba (measure 1.2): waiting for the coordinator's statement.
	const [care] = await servicesIn(tx, '7210', '40');
	if (m12) {
		await seedIntention(tx, {
			...base,
			reference: 'RZ-2023-0003',
			organisationId: care ? await organisationOf(tx, care, area) : town.id,
			serviceId: care?.id ?? null,
			plannedName: care ? null : 'Pečovatelská služba mikroregionu',
			kindCode: '40',
			changeType: care ? 'new_territory' : 'new_service',
			startDate: '2023-01-01',
			costEstimate: 1_600_000,
			justification: 'Rozšíření pečovatelské služby do menších obcí mikroregionu (opatření 1.2).',
			measureId: m12,
			capacity: [['ter', 2.5]],
			funding: [
				['municipalities', 700_000],
				['state_101a', 900_000]
			],
			evidence: [{ kind: 'suggestion', description: 'Podněty starostů malých obcí 2021', count: 9 }]
		});
	}
	// 4. Odlehčovací služba (measure 1.3): postponed to the reservoir.
	if (m13) {
		await seedIntention(tx, {
			...base,
			reference: 'RZ-2023-0004',
			organisationId: town.id,
			serviceId: null,
			plannedName: 'Odlehčovací služba Kelč',
			kindCode: '44',
			changeType: 'new_service',
			startDate: '2023-03-01',
			costEstimate: 2_100_000,
			justification: 'Pečující rodiny nemají možnost úlevy (opatření 1.3).',
			measureId: m13,
			capacity: [['pob', 4]],
			funding: [['municipalities', 900_000]],
			evidence: [{ kind: 'survey', description: 'Dotazník pro pečující 2021', count: 37 }],
			statement: { verdict: 'consistent', reasons: 'Naplňuje opatření 1.3.' },
			decision: {
				outcome: 'postponed',
				categoryCode: 'zasobnik',
				fromYear: null,
				decisionRef: 'usnesení Rady Zlínského kraje č. 0612/R21/22',
				decidedOn: '2022-10-24',
				note: 'Odloženo do zásobníku: financování obcí není zajištěno.',
				scores: [28, 18, 9, 10],
				apply: true
			}
		});
	}
}

export const intentionSeeder: Seeder = {
	id: 'network.intentions',
	order: 820,
	async run({ tx, refs }) {
		await seedLiberec(tx, refs);
		await seedValmez(tx, refs);
	}
};
