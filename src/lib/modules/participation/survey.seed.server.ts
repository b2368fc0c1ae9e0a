/**
 * Demo surveys (order 640): the closed survey of seniors' needs in Valašskomeziříčsko-Kelečsko
 * (spring 2026, linked to the Valmez plan as its analytical basis) with ten questions of every
 * kind, a condition and 120 deterministic responses (seeded random numbers); and an open public
 * survey of ORP Liberec about prevention services (seed 003) with a few answers.
 */
import type { Seeder, SeedContext } from '#lib/platform/seed/seed.server.ts';
import { systemActor, type Actor } from '#lib/platform/access/actor.ts';
import { auditedInsert, recordAudit } from '#lib/platform/audit/audit.server.ts';
import type { Db } from '#lib/platform/db/client.server.ts';
import {
	surveyAnswers,
	surveyConditions,
	surveyOptions,
	surveyQuestions,
	surveyResponses,
	surveySections,
	surveys
} from './survey.schema.ts';
import {
	CONDITION_ENTITY,
	OPTION_ENTITY,
	QUESTION_ENTITY,
	RESPONSE_ENTITY,
	SECTION_ENTITY,
	SURVEY_ENTITY
} from './survey.service.server.ts';
import type { QuestionKind } from './views/surveys/survey.form.ts';

const demo: Actor = systemActor('demo');

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface QSeed {
	key: string;
	section: number;
	kind: QuestionKind;
	text: string;
	help?: string;
	required?: boolean;
	options?: string[];
	rows?: string[];
	/** Condition: [question key, option label]. */
	when?: [string, string];
}

interface Built {
	questions: Map<
		string,
		{ id: string; kind: QuestionKind; options: Map<string, string>; rows: string[] }
	>;
	surveyId: string;
}

async function buildSurvey(
	tx: Db,
	areaId: string,
	survey: Omit<typeof surveys.$inferInsert, 'areaId'>,
	sections: string[],
	questions: QSeed[]
): Promise<Built> {
	const row = await auditedInsert(
		tx,
		demo,
		surveys,
		SURVEY_ENTITY,
		{ ...survey, areaId },
		{ areaId }
	);
	const sectionIds: string[] = [];
	for (const [i, title] of sections.entries()) {
		const s = await auditedInsert(
			tx,
			demo,
			surveySections,
			SECTION_ENTITY,
			{ surveyId: row.id, title, sort: i },
			{ areaId }
		);
		sectionIds.push(s.id);
	}
	const built: Built = { questions: new Map(), surveyId: row.id };
	for (const [i, q] of questions.entries()) {
		const question = await auditedInsert(
			tx,
			demo,
			surveyQuestions,
			QUESTION_ENTITY,
			{
				surveyId: row.id,
				sectionId: sectionIds[q.section],
				kind: q.kind,
				text: q.text,
				help: q.help ?? null,
				required: q.required ?? false,
				sort: i
			},
			{ areaId }
		);
		const options = new Map<string, string>();
		const rows: string[] = [];
		for (const [j, label] of (q.options ?? []).entries()) {
			const o = await auditedInsert(
				tx,
				demo,
				surveyOptions,
				OPTION_ENTITY,
				{ questionId: question.id, role: 'option', label, sort: j },
				{ areaId }
			);
			options.set(label, o.id);
		}
		for (const [j, label] of (q.rows ?? []).entries()) {
			const o = await auditedInsert(
				tx,
				demo,
				surveyOptions,
				OPTION_ENTITY,
				{ questionId: question.id, role: 'row', label, sort: 100 + j },
				{ areaId }
			);
			rows.push(o.id);
		}
		if (q.when) {
			const dep = built.questions.get(q.when[0])!;
			await auditedInsert(
				tx,
				demo,
				surveyConditions,
				CONDITION_ENTITY,
				{ questionId: question.id, dependsOnId: dep.id, optionId: dep.options.get(q.when[1])! },
				{ areaId }
			);
		}
		built.questions.set(q.key, { id: question.id, kind: q.kind, options, rows });
	}
	return built;
}

const SENIOR_QUESTIONS: QSeed[] = [
	{
		key: 'age',
		section: 0,
		kind: 'single',
		text: 'Do jaké věkové skupiny patříte?',
		required: true,
		options: ['do 64 let', '65–74 let', '75–84 let', '85 let a více']
	},
	{
		key: 'town',
		section: 0,
		kind: 'single',
		text: 'Kde bydlíte?',
		options: ['Valašské Meziříčí', 'Kelč', 'jiná obec mikroregionu']
	},
	{
		key: 'alone',
		section: 0,
		kind: 'single',
		text: 'Žijete v domácnosti sám nebo sama?',
		required: true,
		options: ['Ano', 'Ne']
	},
	{
		key: 'services',
		section: 1,
		kind: 'multiple',
		text: 'Které služby využíváte nebo byste v příštích letech potřeboval(a)?',
		help: 'Můžete vybrat více možností.',
		options: [
			'pečovatelská služba',
			'osobní asistence',
			'denní stacionář',
			'odlehčovací služba',
			'domov pro seniory',
			'doprava k lékaři (Taxík Maxík)'
		]
	},
	{
		key: 'satisfaction',
		section: 1,
		kind: 'scale',
		text: 'Jak jste spokojen(a) s dostupností sociálních služeb v místě bydliště?',
		help: '1 = velmi nespokojen(a), 5 = velmi spokojen(a).',
		required: true
	},
	{
		key: 'matrix',
		section: 1,
		kind: 'matrix',
		text: 'Jak hodnotíte tyto oblasti?',
		options: ['dobře', 'spíše dobře', 'spíše špatně', 'špatně'],
		rows: ['informace o službách', 'doprava k lékaři a na úřady', 'pomoc v domácnosti']
	},
	{
		key: 'family',
		section: 1,
		kind: 'number',
		text: 'Kolik hodin týdně Vám pomáhá rodina nebo sousedé?'
	},
	{
		key: 'missing',
		section: 1,
		kind: 'short_text',
		text: 'Co Vám jako osamělému člověku nejvíce chybí?',
		when: ['alone', 'Ano']
	},
	{
		key: 'idea',
		section: 2,
		kind: 'long_text',
		text: 'Jakou službu nebo pomoc v obci postrádáte? Máte námět?'
	},
	{
		key: 'info',
		section: 2,
		kind: 'single',
		text: 'Jak chcete dostávat informace o sociálních službách?',
		options: ['ve zpravodaji obce', 'e-mailem', 'od praktického lékaře', 'nechci']
	}
];

const MISSING = [
	'Někdo, kdo se zastaví a popovídá si.',
	'Doprava na nákup.',
	'Pomoc s úklidem.',
	'Společnost večer.',
	'Nouzové tlačítko.'
];
const IDEAS = [
	'Častější spoje do Kelče, hlavně odpoledne.',
	'Klub seniorů i v menších obcích.',
	'Taxík Maxík by měl jezdit i o víkendu.',
	'Více míst v odlehčovací službě přes léto.',
	'Informační leták o službách do každé schránky.',
	'Pomoc s vyřizováním příspěvku na péči.'
];

function pick<T>(rnd: () => number, list: readonly T[], weights?: number[]): T {
	if (!weights) return list[Math.floor(rnd() * list.length)];
	const total = weights.reduce((a, b) => a + b, 0);
	let x = rnd() * total;
	for (const [i, w] of weights.entries()) {
		x -= w;
		if (x < 0) return list[i];
	}
	return list[list.length - 1];
}

async function seedSeniors(ctx: SeedContext): Promise<void> {
	const { tx, refs } = ctx;
	const areaId = refs.get('area:mr-valmez') ?? refs.get('area:orp-liberec');
	if (!areaId) return;
	const built = await buildSurvey(
		tx,
		areaId,
		{
			title: 'Potřeby seniorů na Valašskomeziříčsku 2026',
			description:
				'Dotazník pro občany nad 60 let a jejich blízké: jaké sociální služby využívají, co jim chybí a jak hodnotí jejich dostupnost. Výsledky jsou podkladem pro aktualizaci komunitního plánu.',
			status: 'closed',
			opensOn: '2026-03-02',
			closesOn: '2026-04-15',
			publicLink: true,
			planId: refs.get('plan:valmez') ?? null,
			openedAt: new Date('2026-03-02T07:00:00Z'),
			closedAt: new Date('2026-04-16T06:00:00Z')
		},
		['O Vás', 'Služby a jejich dostupnost', 'Náměty'],
		SENIOR_QUESTIONS
	);
	refs.set('survey:valmez-seniori', built.surveyId);
	const q = (key: string) => built.questions.get(key)!;
	const rnd = random(2026);
	const start = new Date('2026-03-02T08:00:00Z').getTime();
	for (let i = 0; i < 120; i++) {
		const paper = i % 4 === 3;
		const [response] = await tx
			.insert(surveyResponses)
			.values({
				surveyId: built.surveyId,
				channel: paper ? 'paper' : 'public',
				paperRef: paper ? `P-${String(i + 1).padStart(3, '0')}` : null,
				submittedAt: new Date(start + Math.floor(rnd() * 44 * 24) * 3600 * 1000)
			})
			.returning({ id: surveyResponses.id });
		const answers: (typeof surveyAnswers.$inferInsert)[] = [];
		const choose = (key: string, label: string) =>
			answers.push({
				responseId: response.id,
				questionId: q(key).id,
				optionId: q(key).options.get(label)!
			});
		const age = pick(rnd, ['do 64 let', '65–74 let', '75–84 let', '85 let a více'], [2, 4, 3, 1]);
		choose('age', age);
		choose('town', pick(rnd, ['Valašské Meziříčí', 'Kelč', 'jiná obec mikroregionu'], [5, 2, 3]));
		const alone = rnd() < (age === 'do 64 let' ? 0.2 : 0.45) ? 'Ano' : 'Ne';
		choose('alone', alone);
		for (const label of q('services').options.keys()) {
			const older = age === '75–84 let' || age === '85 let a více';
			if (rnd() < (older ? 0.45 : 0.25)) choose('services', label);
		}
		const satisfaction = Math.min(
			5,
			Math.max(1, Math.round(1 + rnd() * 3 + (alone === 'Ne' ? 0.8 : 0)))
		);
		answers.push({
			responseId: response.id,
			questionId: q('satisfaction').id,
			numberValue: String(satisfaction)
		});
		if (rnd() < 0.9) {
			for (const rowId of q('matrix').rows) {
				answers.push({
					responseId: response.id,
					questionId: q('matrix').id,
					rowId,
					optionId: pick(rnd, [...q('matrix').options.values()], [3, 4, 2, 1])
				});
			}
		}
		if (rnd() < 0.7) {
			answers.push({
				responseId: response.id,
				questionId: q('family').id,
				numberValue: String(Math.floor(rnd() * 15))
			});
		}
		if (alone === 'Ano' && rnd() < 0.6) {
			answers.push({
				responseId: response.id,
				questionId: q('missing').id,
				textValue: pick(rnd, MISSING)
			});
		}
		if (rnd() < 0.35) {
			answers.push({
				responseId: response.id,
				questionId: q('idea').id,
				textValue: pick(rnd, IDEAS)
			});
		}
		if (rnd() < 0.85) {
			choose(
				'info',
				pick(
					rnd,
					['ve zpravodaji obce', 'e-mailem', 'od praktického lékaře', 'nechci'],
					[5, 2, 3, 1]
				)
			);
		}
		await tx.insert(surveyAnswers).values(answers);
	}
	await recordAudit(tx, demo, {
		entityType: RESPONSE_ENTITY,
		entityId: built.surveyId,
		action: 'seed',
		after: { responses: 120 },
		areaId
	});
}

async function seedPrevention(ctx: SeedContext): Promise<void> {
	const { tx, refs } = ctx;
	const areaId = refs.get('area:orp-liberec');
	if (!areaId) return;
	const built = await buildSurvey(
		tx,
		areaId,
		{
			title: 'Jak vnímáte preventivní služby v Liberci?',
			description:
				'Krátký anonymní dotazník o službách prevence (nízkoprahové kluby, terénní programy, poradny). Vyplnění zabere asi 3 minuty.',
			status: 'open',
			opensOn: '2026-09-01',
			closesOn: null,
			publicLink: true,
			openedAt: new Date('2026-09-01T06:00:00Z')
		},
		['Dotazník'],
		[
			{
				key: 'know',
				section: 0,
				kind: 'multiple',
				text: 'Které preventivní služby v Liberci znáte?',
				options: [
					'nízkoprahový klub pro děti a mládež',
					'terénní program',
					'občanská poradna',
					'žádnou'
				]
			},
			{
				key: 'safe',
				section: 0,
				kind: 'scale',
				text: 'Jak bezpečně se cítíte ve svém okolí?',
				help: '1 = velmi nebezpečně, 5 = velmi bezpečně.',
				required: true
			},
			{
				key: 'need',
				section: 0,
				kind: 'long_text',
				text: 'Co by podle Vás v oblasti prevence pomohlo?'
			}
		]
	);
	const rnd = random(3);
	const q = built.questions;
	for (let i = 0; i < 8; i++) {
		const [response] = await tx
			.insert(surveyResponses)
			.values({
				surveyId: built.surveyId,
				channel: 'public',
				submittedAt: new Date(Date.UTC(2026, 8, 2 + i * 3, 10))
			})
			.returning({ id: surveyResponses.id });
		const answers: (typeof surveyAnswers.$inferInsert)[] = [
			{
				responseId: response.id,
				questionId: q.get('safe')!.id,
				numberValue: String(1 + Math.floor(rnd() * 5))
			}
		];
		for (const id of q.get('know')!.options.values()) {
			if (rnd() < 0.4) {
				answers.push({ responseId: response.id, questionId: q.get('know')!.id, optionId: id });
			}
		}
		await tx.insert(surveyAnswers).values(answers);
	}
}

export const surveySeeder: Seeder = {
	id: 'participation.surveys',
	order: 640,
	async run(ctx) {
		await seedSeniors(ctx);
		await seedPrevention(ctx);
	}
};
