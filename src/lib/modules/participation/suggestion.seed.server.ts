/**
 * Demo suggestions (order 600): fifteen suggestions in ORP Liberec and on Valašskomeziříčsko in
 * every state of the lifecycle — "Taxík Maxík" (transport of seniors and people with
 * disabilities, discussed at the Liberec ŘPS meeting of November 2015, seed 001), crisis
 * accommodation after the water was cut off in a hostel, one linked to a Valmez plan measure.
 * Each step is written as the service would (audited, with its action name).
 */
import { and, eq, ilike } from 'drizzle-orm';
import { systemActor } from '#lib/platform/access/actor.ts';
import { auditedInsert, auditedUpdate } from '#lib/platform/audit/audit.server.ts';
import type { Db } from '#lib/platform/db/client.server.ts';
import type { Seeder } from '#lib/platform/seed/seed.server.ts';
import { agendaItems } from '#lib/modules/meetings/index.ts';
import { measures } from '#lib/modules/plans/index.ts';
import { suggestionLinks, suggestions } from './suggestion.schema.ts';
import {
	insertSuggestion,
	SUGGESTION_ENTITY,
	SUGGESTION_LINK_ENTITY,
	type Suggestion
} from './suggestion.service.server.ts';
import type {
	SuggestionChannel,
	SuggestionOutcome,
	SuggestionTopic
} from './suggestion.validation.ts';

const demo = systemActor('ukázková data');

interface DemoSuggestion {
	area: 'area:orp-liberec' | 'area:mr-valmez';
	receivedOn: string;
	channel: SuggestionChannel;
	topic: SuggestionTopic;
	targetGroup: string | null;
	place?: string;
	text: string;
	publicText?: string;
	isPublic: boolean;
	submitter?: { name?: string; email?: string; phone?: string };
	/** How far it got. */
	steps: (
		| { do: 'screen' }
		| { do: 'assign'; body?: string; department?: string; dueOn: string }
		| { do: 'start' }
		| { do: 'settle'; answer: string; outcome: SuggestionOutcome }
		| { do: 'publish' }
		| { do: 'reject'; reason: string }
	)[];
	/** Agenda item of a seeded meeting whose minutes mention this text. */
	agendaOf?: { meeting: string; minutesContain: string };
	measure?: string;
}

export const DEMO_SUGGESTIONS: DemoSuggestion[] = [
	{
		area: 'area:orp-liberec',
		receivedOn: '2015-10-07',
		channel: 'users_council',
		topic: 'transport',
		targetGroup: 'Senioři',
		place: 'Liberec',
		text: 'Senioři a lidé na vozíku se nedostanou k lékaři ani na úřad: MHD nemá dost nízkopodlažních spojů a taxi je pro ně drahé. Navrhujeme levnou přepravu na zavolání pro seniory a osoby se zdravotním postižením, jako mají jiná města.',
		isPublic: true,
		submitter: { name: 'Rada uživatelů sociálních služeb' },
		steps: [
			{ do: 'screen' },
			{ do: 'assign', body: 'body:liberec-rs', dueOn: '2015-12-31' },
			{ do: 'start' },
			{
				do: 'settle',
				answer:
					'Podnět projednala Řídící skupina KPSS 18. 11. 2015. Odbor sociální a kulturní připravuje projekt „Taxík Maxík“ – přepravu seniorů a zdravotně postižených osob; provozovatelem bude Komunitní středisko Kontakt, p. o. O spuštění budeme informovat na webu města.',
				outcome: 'resolved'
			},
			{ do: 'publish' }
		],
		agendaOf: { meeting: 'meeting:liberec-2015-11', minutesContain: 'Taxík Maxík' }
	},
	{
		area: 'area:orp-liberec',
		receivedOn: '2026-09-14',
		channel: 'phone',
		topic: 'housing',
		targetGroup: 'Osoby ohrožené sociálním vyloučením',
		place: 'Liberec – ubytovna v ulici Tanvaldská',
		text: 'Na ubytovně odpojili vodu kvůli dluhům majitele. Bydlí tam rodiny s malými dětmi a dva senioři. Kam se mají obrátit, když nemají kde jinde bydlet? Potřebují krizové ubytování hned.',
		publicText:
			'Na jedné ubytovně v Liberci byla odpojena voda. Bydlí tam rodiny s malými dětmi a senioři. Potřebují krizové ubytování.',
		isPublic: true,
		submitter: { name: 'Marie Dvořáková', phone: '777 123 456' },
		steps: [
			{ do: 'screen' },
			{ do: 'assign', department: 'Odbor sociální a kulturní', dueOn: '2026-09-21' },
			{ do: 'start' },
			{
				do: 'settle',
				answer:
					'Terénní sociální pracovníci města navštívili ubytovnu ještě týž den. Osm lidí přešlo do azylového domu a krizového bydlení, dvě rodiny získaly byt z programu prostupného bydlení. Potřebu krizových lůžek projedná pracovní skupina Sociální vyloučení při aktualizaci plánu.',
				outcome: 'resolved'
			},
			{ do: 'publish' }
		]
	},
	{
		area: 'area:orp-liberec',
		receivedOn: '2026-10-02',
		channel: 'web',
		topic: 'information',
		targetGroup: 'Senioři',
		text: 'Chybí jeden přehled, kam se obrátit, když mamince po mrtvici nestačí pečovatelská služba. Na webu města je to rozházené.',
		isPublic: true,
		submitter: { email: 'pecujici.dcera@example.cz' },
		steps: [
			{ do: 'screen' },
			{ do: 'assign', body: 'body:liberec-sen', dueOn: '2026-12-15' },
			{
				do: 'settle',
				answer:
					'Děkujeme. Katalog sociálních služeb v Souhře nově nabízí životní situaci „Péče o blízkého doma“ s přehledem služeb v Liberci. Tištěný průvodce pro pečující vyjde v lednu.',
				outcome: 'resolved'
			},
			{ do: 'publish' }
		]
	},
	{
		area: 'area:orp-liberec',
		receivedOn: '2026-10-20',
		channel: 'meeting',
		topic: 'access',
		targetGroup: 'Osoby se zdravotním postižením',
		text: 'Sociální rehabilitace pro nevidomé má čekací dobu přes půl roku. Žádáme posílení kapacity.',
		isPublic: true,
		steps: [
			{ do: 'screen' },
			{ do: 'assign', body: 'body:liberec-zz', dueOn: '2026-12-31' },
			{ do: 'start' }
		]
	},
	{
		area: 'area:orp-liberec',
		receivedOn: '2026-11-03',
		channel: 'email',
		topic: 'care',
		targetGroup: 'Duševní zdraví',
		text: 'V Liberci chybí krizové centrum pro lidi s duševním onemocněním, které by fungovalo i v noci.',
		isPublic: false,
		submitter: { name: 'Petr Novák', email: 'petr.novak@example.cz' },
		steps: [{ do: 'screen' }, { do: 'assign', body: 'body:liberec-rs', dueOn: '2026-11-20' }]
	},
	{
		area: 'area:orp-liberec',
		receivedOn: '2026-11-16',
		channel: 'web',
		topic: 'transport',
		targetGroup: 'Osoby se zdravotním postižením',
		text: 'Taxík Maxík je skvělý, ale o víkendu nejezdí. Prosíme o rozšíření provozu i na sobotu dopoledne.',
		isPublic: true,
		steps: [{ do: 'screen' }]
	},
	{
		area: 'area:orp-liberec',
		receivedOn: '2026-11-19',
		channel: 'web',
		topic: 'employment',
		targetGroup: 'Osoby ohrožené závislostmi',
		text: 'Po léčbě závislosti je těžké najít práci. Pomohlo by chráněné pracovní místo nebo tréninková kavárna.',
		isPublic: true,
		steps: []
	},
	{
		area: 'area:orp-liberec',
		receivedOn: '2026-11-20',
		channel: 'web',
		topic: 'other',
		targetGroup: null,
		text: 'Levné půjčky bez registru! Pište na www.pujcka-hned.example a www.uver.example',
		isPublic: true,
		steps: [{ do: 'reject', reason: 'Reklama (spam), nesouvisí se sociálními službami.' }]
	},
	{
		area: 'area:orp-liberec',
		receivedOn: '2026-06-10',
		channel: 'letter',
		topic: 'housing',
		targetGroup: 'Senioři',
		place: 'Vratislavice nad Nisou',
		text: 'Domov pro seniory má dlouhý pořadník. Uvítali bychom více bytů zvláštního určení pro seniory, kteří ještě zvládnou bydlet sami.',
		isPublic: true,
		submitter: { name: 'Jaroslav Beneš' },
		steps: [
			{ do: 'screen' },
			{ do: 'assign', department: 'Odbor správy veřejného majetku', dueOn: '2026-08-31' },
			{
				do: 'settle',
				answer:
					'Město připravuje rekonstrukci domu s pečovatelskou službou s 24 byty zvláštního určení (dokončení 2028). Podnět byl předán odboru správy majetku.',
				outcome: 'forwarded'
			},
			{ do: 'publish' }
		]
	},
	{
		area: 'area:mr-valmez',
		receivedOn: '2026-03-12',
		channel: 'users_council',
		topic: 'access',
		targetGroup: 'Senioři',
		place: 'Kelč, Choryně',
		text: 'V menších obcích mikroregionu nejezdí pečovatelská služba o víkendu a v malých obcích vůbec. Senioři kvůli tomu musí do domova dřív, než by museli.',
		isPublic: true,
		submitter: { name: 'Klub seniorů Kelč', email: 'klub.senioru.kelc@example.cz' },
		steps: [
			{ do: 'screen' },
			{ do: 'assign', body: 'body:valmez-seniori', dueOn: '2026-05-31' },
			{ do: 'start' },
			{
				do: 'settle',
				answer:
					'Podnět jsme zapracovali do opatření „Rozšíření pečovatelské služby do menších obcí“ Plánu sociálních služeb Valašskomeziříčska; od roku 2027 se služba rozšíří do obcí Kelč, Choryně a Police včetně víkendů.',
				outcome: 'plan'
			},
			{ do: 'publish' }
		],
		measure: 'measure:valmez-1.2'
	},
	{
		area: 'area:mr-valmez',
		receivedOn: '2026-05-04',
		channel: 'in_person',
		topic: 'transport',
		targetGroup: 'Osoby se zdravotním postižením',
		place: 'Valašské Meziříčí',
		text: 'Na Valašskomeziříčsku chybí přeprava pro vozíčkáře k lékaři do Vsetína. Mohla by vzniknout služba podobná Taxíku Maxíkovi v Liberci?',
		isPublic: true,
		steps: [
			{ do: 'screen' },
			{ do: 'assign', body: 'body:valmez-mt', dueOn: '2026-07-31' },
			{
				do: 'settle',
				answer:
					'Manažerský tým oslovil Charitu Valašské Meziříčí; přeprava pro osoby se zdravotním postižením bude součástí akčního plánu 2027. Do té doby lze využít dobrovolnickou přepravu Senior taxi (objednání den předem).',
				outcome: 'plan'
			},
			{ do: 'publish' }
		]
	},
	{
		area: 'area:mr-valmez',
		receivedOn: '2026-09-28',
		channel: 'web',
		topic: 'information',
		targetGroup: 'Rodiny s dětmi',
		text: 'Jako rodič dítěte s autismem nevím, na koho se obrátit v Rožnově. Chybí poradna.',
		isPublic: true,
		submitter: { email: 'rodic@example.cz' },
		steps: [
			{ do: 'screen' },
			{ do: 'assign', department: 'Odbor sociálních věcí Valašské Meziříčí', dueOn: '2026-11-30' },
			{ do: 'start' }
		]
	},
	{
		area: 'area:mr-valmez',
		receivedOn: '2026-10-30',
		channel: 'phone',
		topic: 'care',
		targetGroup: 'Senioři',
		text: 'Odlehčovací služba v Zašové má volno jen v létě, potřebujeme pomoc i v zimě, když je manžel po operaci.',
		isPublic: false,
		submitter: { name: 'Jana Kovářová', phone: '604 555 123' },
		steps: [
			{ do: 'screen' },
			{
				do: 'settle',
				answer:
					'Paní Kovářová byla telefonicky informována o terénní odlehčovací službě Charity a o příspěvku na péči.',
				outcome: 'resolved'
			}
		]
	},
	{
		area: 'area:mr-valmez',
		receivedOn: '2026-11-18',
		channel: 'web',
		topic: 'employment',
		targetGroup: 'Osoby se zdravotním postižením',
		text: 'Sociálně terapeutická dílna by měla spolupracovat s místními firmami, aby lidé mohli přejít na běžný trh práce.',
		isPublic: true,
		steps: []
	},
	{
		area: 'area:mr-valmez',
		receivedOn: '2026-11-21',
		channel: 'web',
		topic: 'other',
		targetGroup: null,
		text: 'Všichni úředníci jsou …! (urážlivý text)',
		isPublic: false,
		steps: [{ do: 'reject', reason: 'Urážlivý obsah bez podnětu k řešení.' }]
	}
];

const at = (day: string) => new Date(`${day}T10:00:00+02:00`);
const addDays = (day: string, n: number) =>
	new Date(at(day).getTime() + n * 86_400_000).toISOString().slice(0, 10);

async function step(
	tx: Db,
	s: Suggestion,
	action: string,
	values: Partial<typeof suggestions.$inferInsert>
): Promise<Suggestion> {
	return auditedUpdate(tx, demo, suggestions, SUGGESTION_ENTITY, s.id, values, {
		action,
		areaId: s.areaId,
		redact: ['submitterName', 'submitterEmail', 'submitterPhone']
	});
}

export const suggestionSeeder: Seeder = {
	id: 'participation.suggestions',
	order: 600,
	async run({ tx, refs }) {
		for (const d of DEMO_SUGGESTIONS) {
			const areaId = refs.get(d.area);
			if (!areaId) continue;
			let s = await insertSuggestion(tx, demo, {
				areaId,
				channel: d.channel,
				topic: d.topic,
				targetGroupId: d.targetGroup ? (refs.get(`target-group:${d.targetGroup}`) ?? null) : null,
				place: d.place ?? null,
				text: d.text,
				publicText: d.publicText ?? null,
				isPublic: d.isPublic,
				submitterName: d.submitter?.name ?? null,
				submitterEmail: d.submitter?.email ?? null,
				submitterPhone: d.submitter?.phone ?? null,
				receivedOn: d.receivedOn,
				status: 'new'
			});
			let day = d.receivedOn;
			for (const st of d.steps) {
				day = addDays(day, 2);
				if (st.do === 'screen') s = await step(tx, s, 'screen', { status: 'screening' });
				else if (st.do === 'assign') {
					s = await step(tx, s, 'assign', {
						status: 'assigned',
						assignedBodyId: st.body ? (refs.get(st.body) ?? null) : null,
						assignedDepartment:
							st.department ?? (st.body && !refs.get(st.body) ? 'Odbor sociálních věcí' : null),
						dueOn: st.dueOn,
						assignedAt: at(day)
					});
				} else if (st.do === 'start') s = await step(tx, s, 'start', { status: 'in_progress' });
				else if (st.do === 'settle') {
					s = await step(tx, s, 'settle', {
						status: 'settled',
						answer: st.answer,
						outcome: st.outcome,
						settledAt: at(day)
					});
				} else if (st.do === 'publish') {
					s = await step(tx, s, 'publish', { status: 'published', publishedAt: at(day) });
				} else if (st.do === 'reject') {
					s = await step(tx, s, 'reject', {
						status: 'rejected',
						rejectReason: st.reason,
						rejectedAt: at(day)
					});
				}
			}
			if (d.agendaOf) {
				const meetingId = refs.get(d.agendaOf.meeting);
				const [item] = meetingId
					? await tx
							.select({ id: agendaItems.id })
							.from(agendaItems)
							.where(
								and(
									eq(agendaItems.meetingId, meetingId),
									ilike(agendaItems.minutesHtml, `%${d.agendaOf.minutesContain}%`)
								)
							)
							.limit(1)
					: [];
				if (item) {
					await auditedInsert(
						tx,
						demo,
						suggestionLinks,
						SUGGESTION_LINK_ENTITY,
						{ suggestionId: s.id, kind: 'agenda_item', meetingId, agendaItemId: item.id },
						{ areaId }
					);
				}
			}
			if (d.measure) {
				const measureId = refs.get(d.measure);
				const [measure] = measureId
					? await tx
							.select({ id: measures.id, planId: measures.planId })
							.from(measures)
							.where(eq(measures.id, measureId))
					: [];
				if (measure) {
					await auditedInsert(
						tx,
						demo,
						suggestionLinks,
						SUGGESTION_LINK_ENTITY,
						{ suggestionId: s.id, kind: 'measure', planId: measure.planId, measureId: measure.id },
						{ areaId }
					);
				}
			}
		}
	}
};
