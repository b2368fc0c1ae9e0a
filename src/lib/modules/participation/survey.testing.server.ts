/** Tests only: areas and actors for the survey tests, and a small survey of every question kind. */
import { randomUUID } from 'node:crypto';
import type { Actor, RoleGrant } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { areas } from '#lib/modules/organisation/index.ts';
import {
	addQuestion,
	addSection,
	createSurvey,
	loadDefinition,
	findSurvey
} from './survey.service.server.ts';
import { fieldName, type SurveyDefinition } from './views/surveys/survey.form.ts';

export const fakeUser = (...grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId: randomUUID(),
	name: 'Test Dotazníků',
	email: `srv-${randomUUID().slice(0, 8)}@souhra.example`,
	grants
});

export interface SurveyFixture {
	kraj: string;
	area: string;
	otherArea: string;
	coordinator: Actor;
	krajCoordinator: Actor;
	otherCoordinator: Actor;
	member: Actor;
	admin: Actor;
}

export async function surveyFixture(): Promise<SurveyFixture> {
	const tag = randomUUID().slice(0, 6);
	const [kraj] = await db()
		.insert(areas)
		.values({ kind: 'kraj', name: `Zlínský kraj ${tag}`, code: `K${tag}` })
		.returning();
	const [area] = await db()
		.insert(areas)
		.values({ kind: 'mikroregion', name: `Mikroregion ${tag}`, parentId: kraj.id })
		.returning();
	const [otherArea] = await db()
		.insert(areas)
		.values({ kind: 'orp', name: `ORP jinde ${tag}`, code: `O${tag}` })
		.returning();
	return {
		kraj: kraj.id,
		area: area.id,
		otherArea: otherArea.id,
		coordinator: fakeUser({ role: 'coordinator', areaId: area.id }),
		krajCoordinator: fakeUser({ role: 'coordinator', areaId: kraj.id }),
		otherCoordinator: fakeUser({ role: 'coordinator', areaId: otherArea.id }),
		member: fakeUser({ role: 'member', bodyId: randomUUID() }),
		admin: fakeUser({ role: 'admin' })
	};
}

export interface BuiltSurvey {
	id: string;
	definition: SurveyDefinition;
	/** Question ids by key. */
	q: Record<
		'age' | 'alone' | 'services' | 'scale' | 'matrix' | 'number' | 'short' | 'long',
		string
	>;
	/** Option id by question key and label. */
	opt: (key: string, label: string) => string;
	/** Matrix row id by label. */
	row: (label: string) => string;
}

/** A survey with every kind of question and one condition (short text only when living alone). */
export async function buildTestSurvey(actor: Actor, areaId: string): Promise<BuiltSurvey> {
	const survey = await createSurvey(actor, {
		areaId,
		title: 'Potřeby seniorů (test)',
		publicLink: 'on'
	});
	let definition = await loadDefinition(survey);
	const first = definition.sections[0].id;
	const second = (await addSection(actor, survey.id, { title: 'Služby' })).id;
	const age = await addQuestion(actor, survey.id, {
		sectionId: first,
		kind: 'single',
		text: 'Věk',
		required: 'on',
		options: 'do 64 let\n65 a více'
	});
	const alone = await addQuestion(actor, survey.id, {
		sectionId: first,
		kind: 'single',
		text: 'Žijete sám?',
		options: 'Ano\nNe'
	});
	definition = await loadDefinition(survey);
	const yes = definition.sections[0].questions[1].options[0].id;
	const services = await addQuestion(actor, survey.id, {
		sectionId: second,
		kind: 'multiple',
		text: 'Služby',
		options: 'pečovatelská služba\nosobní asistence\ndenní stacionář'
	});
	const scale = await addQuestion(actor, survey.id, {
		sectionId: second,
		kind: 'scale',
		text: 'Spokojenost',
		required: 'on'
	});
	const matrix = await addQuestion(actor, survey.id, {
		sectionId: second,
		kind: 'matrix',
		text: 'Hodnocení',
		options: 'dobře\nšpatně',
		rows: 'doprava\ninformace'
	});
	const number = await addQuestion(actor, survey.id, {
		sectionId: second,
		kind: 'number',
		text: 'Hodiny pomoci'
	});
	const short = await addQuestion(actor, survey.id, {
		sectionId: second,
		kind: 'short_text',
		text: 'Co chybí?',
		required: 'on',
		condition: `${alone.id}:${yes}`
	});
	const long = await addQuestion(actor, survey.id, {
		sectionId: second,
		kind: 'long_text',
		text: 'Náměty'
	});
	definition = await loadDefinition(await findSurvey(survey.id));
	const all = definition.sections.flatMap((s) => s.questions);
	const ids = {
		age: age.id,
		alone: alone.id,
		services: services.id,
		scale: scale.id,
		matrix: matrix.id,
		number: number.id,
		short: short.id,
		long: long.id
	};
	return {
		id: survey.id,
		definition,
		q: ids,
		opt: (key, label) =>
			all
				.find((x) => x.id === ids[key as keyof typeof ids])!
				.options.find((o) => o.label === label)!.id,
		row: (label) => all.find((x) => x.id === matrix.id)!.rows.find((r) => r.label === label)!.id
	};
}

/** Form values of one respondent. */
export function answerForm(
	s: BuiltSurvey,
	a: {
		age: string;
		alone?: string;
		services?: string[];
		scale: number;
		transport?: string;
		number?: string;
		short?: string;
		long?: string;
	}
): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {
		[fieldName(s.q.age)]: s.opt('age', a.age),
		[fieldName(s.q.scale)]: String(a.scale)
	};
	if (a.alone) out[fieldName(s.q.alone)] = s.opt('alone', a.alone);
	if (a.services) out[fieldName(s.q.services)] = a.services.map((l) => s.opt('services', l));
	if (a.transport) out[fieldName(s.q.matrix, s.row('doprava'))] = s.opt('matrix', a.transport);
	if (a.number) out[fieldName(s.q.number)] = a.number;
	if (a.short) out[fieldName(s.q.short)] = a.short;
	if (a.long) out[fieldName(s.q.long)] = a.long;
	return out;
}
