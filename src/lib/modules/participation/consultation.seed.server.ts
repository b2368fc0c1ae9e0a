/**
 * Demo consultations (order 610, after plans): the closed public consultation of the
 * Valašskomeziříčsko-Kelečsko plan draft (version "připomínkování" of 18. 10. 2021, seed 004) with
 * eight comments from the web, e-mail, post and the public hearing, settled by the managerial team
 * and published; and an open consultation of a document of ORP Liberec.
 * Refs: `consultation:valmez`, `consultation:liberec`.
 */
import type { Seeder, SeedContext } from '#lib/platform/seed/seed.server.ts';
import { systemActor } from '#lib/platform/access/actor.ts';
import { auditedInsert } from '#lib/platform/audit/audit.server.ts';
import { pragueDay } from '#lib/platform/i18n/format.ts';
import { fromPrague } from '#lib/modules/meetings/index.ts';
import { loadPlanVersionTree, setPlanConsultation } from '#lib/modules/plans/index.ts';
import {
	consultationComments,
	consultations,
	consultationSections
} from './consultation.schema.ts';
import { ENTITY, sectionsOfPlan } from './consultation.service.server.ts';
import type { SettlementStatus } from './consultation.validation.ts';

const demo = systemActor('demo');

interface DemoComment {
	/** Measure number, `intro`, or null for the whole document. */
	section: string | null;
	quote?: string;
	text: string;
	author: string | null;
	organisation?: string;
	publishName?: boolean;
	channel: 'web' | 'email' | 'paper' | 'hearing';
	receivedOn: string;
	status: SettlementStatus;
	justification: string;
	/** Worked into this measure. */
	measure?: string;
}

const MT_WHERE = 'Jednání Manažerského týmu 24. 11. 2021, usnesení MT/2021/11/02';

const VALMEZ_COMMENTS: DemoComment[] = [
	{
		section: 'intro',
		quote: 'Sociální služby na sebe navazují',
		text: 'Ve vizi chybí doprava. Senioři a lidé se zdravotním postižením z menších obcí se k lékaři ani do služeb nedostanou – navrhuji doplnit podporu dopravy typu „Taxík Maxík“.',
		author: 'Jaroslav Pavelka',
		publishName: true,
		channel: 'web',
		receivedOn: '2021-10-22',
		status: 'partly_accepted',
		justification:
			'Doprava není sociální služba podle zákona o sociálních službách, vize ji proto neuvádí. Podpora dopravy seniorů je doplněna jako aktivita opatření 1.2 ve spolupráci s obcemi.',
		measure: '1.2'
	},
	{
		section: '1.1',
		text: 'Navýšení o 30 lůžek nestačí, pořadník domova pro seniory má přes 200 žadatelů. Požadujeme navýšit cílovou kapacitu na 40 lůžek.',
		author: 'Mgr. Petra Hrubá',
		organisation: 'Charita Valašské Meziříčí',
		channel: 'paper',
		receivedOn: '2021-11-12',
		status: 'partly_accepted',
		justification:
			'Část žadatelů v pořadníku je evidována u více domovů. Kapacita 30 lůžek zůstává, do opatření je doplněno vyhodnocení pořadníku v roce 2023 a případné rozšíření v další aktualizaci plánu.',
		measure: '1.1'
	},
	{
		section: '1.3',
		text: 'Pečující rodiny potřebují odlehčovací službu i o víkendech, nejen ve všední dny.',
		author: 'Marie Křenková',
		publishName: true,
		channel: 'web',
		receivedOn: '2021-10-30',
		status: 'accepted',
		justification: 'Do popisu opatření je doplněn provoz odlehčovací služby i o víkendech.',
		measure: '1.3'
	},
	{
		section: '2.2',
		text: 'Město Kelč poskytne pro nízkoprahový klub prostory v budově bývalé školy; prosíme uvést v opatření jako partnera.',
		author: 'Ing. Tomáš Vašek',
		organisation: 'Město Kelč',
		publishName: true,
		channel: 'hearing',
		receivedOn: '2021-11-03',
		status: 'accepted',
		justification: 'Město Kelč je doplněno jako partner opatření včetně nabídky prostor.',
		measure: '2.2'
	},
	{
		section: '3.3',
		text: 'Nesouhlasíme se snížením kapacity sociálně terapeutické dílny. Klienti by přišli o denní program.',
		author: 'Jana Malá',
		organisation: 'Spolek rodičů a přátel lidí s postižením Valašsko, z. s.',
		channel: 'email',
		receivedOn: '2021-11-08',
		status: 'rejected',
		justification:
			'Jde o zrušení duplicitně vykazované kapacity, počet míst pro klienty se nemění. Vysvětleno zástupcům spolku na jednání pracovní skupiny.'
	},
	{
		section: '4.1',
		quote: 'Celoroční provoz noclehárny',
		text: 'Noclehárna by měla mít i denní místnost, kam lidé mohou přijít přes den v zimě.',
		author: null,
		channel: 'web',
		receivedOn: '2021-11-14',
		status: 'accepted',
		justification: 'Do opatření je doplněn záměr denní místnosti v zimních měsících.',
		measure: '4.1'
	},
	{
		section: null,
		text: 'V dokumentu se střídají názvy „Mikroregion Valašskomeziříčsko-Kelečsko“ a „MRVK“. Sjednoťte prosím.',
		author: 'Petr Novotný',
		channel: 'email',
		receivedOn: '2021-10-25',
		status: 'accepted',
		justification: 'Názvy sjednoceny v celém dokumentu (formální připomínka, vypořádána průběžně).'
	},
	{
		section: '5.1',
		text: 'Příspěvek obcí do společného fondu by měl být podle počtu obyvatel i podle počtu klientů z obce.',
		author: 'starosta obce',
		channel: 'hearing',
		receivedOn: '2021-11-03',
		status: 'noted',
		justification:
			'Způsob výpočtu příspěvku je věcí smlouvy obcí o fondu, ne plánu. Předáno valné hromadě mikroregionu k projednání.'
	}
];

async function seedValmez(ctx: SeedContext): Promise<void> {
	const { tx, refs } = ctx;
	const planId = refs.get('plan:valmez');
	const areaId = refs.get('area:mr-valmez');
	if (!planId || !areaId) return;
	let version: { no: number; tree: Awaited<ReturnType<typeof loadPlanVersionTree>> } | null = null;
	for (let no = 1; no <= 6 && !version; no++) {
		const found = await loadPlanVersionTree(tx, planId, no);
		if (found?.status === 'consultation') version = { no, tree: found };
	}
	if (!version?.tree) return;
	const c = await auditedInsert(
		tx,
		demo,
		consultations,
		ENTITY.consultation,
		{
			areaId,
			source: 'plan',
			title: 'Veřejné připomínkování návrhu plánu rozvoje sociálních služeb 2022–2024',
			description:
				'Návrh střednědobého plánu Mikroregionu Valašskomeziříčsko-Kelečsko byl zveřejněn k připomínkám. Všechny připomínky jsou zaznamenány a vypořádány s odůvodněním; vypořádání je přílohou schváleného plánu.',
			planId,
			planVersionNo: version.no,
			opensOn: '2021-10-18',
			closesOn: '2021-11-15',
			hearingAt: fromPrague('2021-11-03', '17:00'),
			hearingPlace: 'Valašské Meziříčí, zasedací místnost městského úřadu, Náměstí 7',
			identityRequired: false,
			settlementPublishedAt: new Date('2021-11-30T09:00:00Z')
		},
		{ areaId }
	);
	refs.set('consultation:valmez', c.id);
	const sections = await tx
		.insert(consultationSections)
		.values(sectionsOfPlan(version.tree.tree).map((s) => ({ ...s, consultationId: c.id })))
		.returning();
	const byKey = new Map<string, (typeof sections)[number]>();
	for (const s of sections) {
		if (s.kind === 'intro') byKey.set('intro', s);
		if (s.kind === 'measure' && s.number) byKey.set(s.number, s);
	}
	const mt = refs.get('body:valmez-mt') ?? null;
	let number = 0;
	for (const d of VALMEZ_COMMENTS) {
		const section = d.section ? byKey.get(d.section) : undefined;
		const measure = d.measure ? byKey.get(d.measure) : undefined;
		await auditedInsert(
			tx,
			demo,
			consultationComments,
			ENTITY.comment,
			{
				consultationId: c.id,
				number: ++number,
				sectionId: section?.id ?? null,
				quote: d.quote ?? null,
				text: d.text,
				authorName: d.author,
				organisationName: d.organisation ?? null,
				publishName: d.publishName ?? false,
				channel: d.channel,
				receivedOn: d.receivedOn,
				enteredByStaff: d.channel !== 'web',
				settlementStatus: d.status,
				justification: d.justification,
				decidedByBodyId: mt,
				decidedByLabel: 'Manažerský tým',
				decidedWhere: MT_WHERE,
				settledAt: new Date('2021-11-24T16:00:00Z'),
				measureId: measure?.sourceId ?? null,
				measureNumber: measure?.number ?? null
			},
			{ areaId, redact: ['authorEmail'] }
		);
	}
	await setPlanConsultation(tx, demo, planId, c.id);
}

const addDays = (day: string, n: number) =>
	new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function seedLiberec(ctx: SeedContext): Promise<void> {
	const { tx, refs } = ctx;
	const areaId = refs.get('area:orp-liberec');
	if (!areaId) return;
	const today = pragueDay();
	const c = await auditedInsert(
		tx,
		demo,
		consultations,
		ENTITY.consultation,
		{
			areaId,
			source: 'document',
			title: 'Připomínkování návrhu Komunitního plánu sociálních služeb ORP Liberec – aktualizace',
			description:
				'Návrh aktualizace komunitního plánu je zveřejněn k připomínkám. Připomínku můžete podat k jednotlivým oddílům nebo k celému dokumentu.',
			opensOn: addDays(today, -7),
			closesOn: addDays(today, 14),
			hearingAt: fromPrague(addDays(today, 7), '16:30'),
			hearingPlace: 'Liberec, nová radnice, zasedací místnost č. 301',
			identityRequired: true
		},
		{ areaId }
	);
	refs.set('consultation:liberec', c.id);
	const sections = [
		[
			'Úvod a postup zpracování',
			'Aktualizaci připravily pracovní skupiny komunitního plánování v roce 2025 na základě analýzy potřeb a dotazníkového šetření mezi seniory.'
		],
		[
			'Senioři',
			'Rozšíření terénní pečovatelské služby do okrajových částí města a podpora dopravy seniorů k lékaři.'
		],
		[
			'Lidé v krizi a bez domova',
			'Krizové ubytování pro rodiny, které přišly o bydlení (např. po odpojení ubytovny od vody), a navýšení kapacity noclehárny v zimních měsících.'
		],
		[
			'Financování',
			'Spolufinancování služeb městem a obcemi ORP podle počtu uživatelů z jednotlivých obcí.'
		]
	];
	await tx.insert(consultationSections).values(
		sections.map(([title, body], i) => ({
			consultationId: c.id,
			sort: i,
			kind: 'text' as const,
			number: String(i + 1),
			title,
			body
		}))
	);
}

export const consultationSeeder: Seeder = {
	id: 'participation.consultations',
	order: 610,
	async run(ctx) {
		await seedValmez(ctx);
		await seedLiberec(ctx);
	}
};
