import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { ANONYMOUS } from '#lib/platform/access/actor.ts';
import { db } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import {
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
	ValidationError
} from '#lib/platform/http/errors.ts';
import { outbox } from '#lib/platform/mail/mail.schema.ts';
import {
	closeSurvey,
	deleteQuestion,
	inviteToSurvey,
	listInvitations,
	listManagedSurveys,
	listOpenSurveys,
	loadDefinition,
	openSurvey,
	findSurvey,
	updateQuestion,
	updateSurvey
} from './survey.service.server.ts';
import {
	enterPaperResponse,
	getInvitationPage,
	submitInvitationResponse,
	submitPublicResponse
} from './survey.answer.server.ts';
import {
	exportResponsesCsv,
	exportResponsesXlsx,
	getSurveyResults,
	listTextAnswers,
	surveyStats
} from './survey.results.server.ts';
import {
	answerForm,
	buildTestSurvey,
	surveyFixture,
	type BuiltSurvey,
	type SurveyFixture
} from './survey.testing.server.ts';
import { fieldName } from './views/surveys/survey.form.ts';
import { surveyResponses } from './survey.schema.ts';

useTestDatabase();

let f: SurveyFixture;
let s: BuiltSurvey;

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
	return new TextDecoder().decode(new Uint8Array(await new Response(stream).arrayBuffer()));
}

beforeAll(async () => {
	f = await surveyFixture();
	s = await buildTestSurvey(f.coordinator, f.area);
});

describe('survey builder and answers', () => {
	it('permissions: anonymous 401, other area 403, kraj coordinator manages the area below', async () => {
		await expect(listManagedSurveys(ANONYMOUS)).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(openSurvey(ANONYMOUS, s.id)).rejects.toBeInstanceOf(UnauthorizedError);
		await expect(openSurvey(f.otherCoordinator, s.id)).rejects.toBeInstanceOf(ForbiddenError);
		await expect(openSurvey(f.member, s.id)).rejects.toBeInstanceOf(ForbiddenError);
		const kraj = await listManagedSurveys(f.krajCoordinator);
		expect(kraj.rows.map((r) => r.id)).toContain(s.id);
		expect((await listManagedSurveys(f.otherCoordinator)).total).toBe(0);
	});

	it('a draft takes no answers and is not listed publicly', async () => {
		await expect(
			submitPublicResponse(
				ANONYMOUS,
				s.id,
				answerForm(s, { age: '65 a více', scale: 3 }),
				'10.0.0.1'
			)
		).rejects.toBeInstanceOf(NotFoundError);
		expect((await listOpenSurveys(ANONYMOUS)).total).toBe(0);
	});

	it('required questions missing → Czech errors; hidden-condition answers ignored', async () => {
		await openSurvey(f.coordinator, s.id);
		expect((await listOpenSurveys(ANONYMOUS)).rows.map((r) => r.id)).toEqual([s.id]);
		const error = await submitPublicResponse(ANONYMOUS, s.id, {}, '10.0.0.1').catch((e) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(Object.keys((error as ValidationError).fields).sort()).toEqual(
			[fieldName(s.q.age), fieldName(s.q.scale)].sort()
		);
		// living alone → the conditional required question must be answered
		const alone = await submitPublicResponse(
			ANONYMOUS,
			s.id,
			answerForm(s, { age: '65 a více', alone: 'Ano', scale: 2 }),
			'10.0.0.1'
		).catch((e) => e);
		expect((alone as ValidationError).fields[fieldName(s.q.short)]).toBeDefined();
	});

	it('three respondents, a paper questionnaire; results, filter, texts', async () => {
		await submitPublicResponse(
			ANONYMOUS,
			s.id,
			answerForm(s, {
				age: '65 a více',
				alone: 'Ano',
				services: ['pečovatelská služba', 'osobní asistence'],
				scale: 4,
				transport: 'špatně',
				number: '5',
				short: 'Společnost',
				long: 'Víc autobusů'
			}),
			'10.0.0.2'
		);
		await submitPublicResponse(
			ANONYMOUS,
			s.id,
			answerForm(s, {
				age: 'do 64 let',
				alone: 'Ne',
				services: ['pečovatelská služba'],
				scale: 2,
				transport: 'dobře',
				number: '2,5',
				short: 'ignorováno – podmínka nesplněna'
			}),
			'10.0.0.3'
		);
		await enterPaperResponse(f.coordinator, s.id, {
			...answerForm(s, { age: '65 a více', alone: 'Ne', scale: 5, services: ['denní stacionář'] }),
			paperRef: 'P-1'
		});
		// honeypot: accepted silently, stored nowhere
		expect(
			await submitPublicResponse(
				ANONYMOUS,
				s.id,
				{ ...answerForm(s, { age: '65 a více', scale: 1 }), web: 'http://spam' },
				'10.0.0.4'
			)
		).toEqual({ stored: false });

		const { results } = await getSurveyResults(f.coordinator, s.id);
		expect(results.respondents).toBe(3);
		const byId = (id: string) => results.questions.find((q) => q.id === id)!;
		expect(byId(s.q.age).counts.map((c) => [c.label, c.count])).toEqual([
			['do 64 let', 1],
			['65 a více', 2]
		]);
		expect(byId(s.q.age).counts[1].share).toBeCloseTo(2 / 3);
		const services = byId(s.q.services);
		expect(services.answered).toBe(3);
		expect(services.counts[0]).toMatchObject({ label: 'pečovatelská služba', count: 2 });
		expect(byId(s.q.scale).stats).toEqual({ mean: 11 / 3, min: 2, max: 5 });
		expect(byId(s.q.scale).counts.map((c) => c.count)).toEqual([0, 1, 0, 1, 1]);
		expect(byId(s.q.matrix).matrix!.rows[0]).toMatchObject({ label: 'doprava', answered: 2 });
		expect(byId(s.q.number).stats).toEqual({ mean: 3.75, min: 2.5, max: 5 });
		expect(byId(s.q.short).answered).toBe(1);

		const older = await getSurveyResults(f.coordinator, s.id, {
			filter: `${s.q.age}:${s.opt('age', '65 a více')}`
		});
		expect(older.results.respondents).toBe(2);
		expect(older.results.filter?.label).toContain('65 a více');
		expect(older.results.questions.find((q) => q.id === s.q.scale)!.stats!.mean).toBe(4.5);
		await expect(
			getSurveyResults(f.coordinator, s.id, { filter: `${s.q.scale}:${s.q.scale}` })
		).rejects.toBeInstanceOf(ValidationError);

		const texts = await listTextAnswers(f.coordinator, s.id, s.q.short);
		expect(texts.rows.map((r) => r.text)).toEqual(['Společnost']);
		await expect(listTextAnswers(f.otherCoordinator, s.id, s.q.short)).rejects.toBeInstanceOf(
			ForbiddenError
		);
	});

	it('questions with answers cannot be deleted, only hidden; answered options stay', async () => {
		const error = await deleteQuestion(f.coordinator, s.id, s.q.age).catch((e) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect((error as ValidationError).fields._form[0]).toContain('skrýt');
		const def = await loadDefinition(await findSurvey(s.id));
		const age = def.sections[0].questions[0];
		const removal = await updateQuestion(f.coordinator, s.id, age.id, {
			text: 'Věková skupina',
			version: String(age.version),
			remove: age.options[0].id
		}).catch((e) => e);
		expect(removal).toBeInstanceOf(ValidationError);
		const hidden = await updateQuestion(f.coordinator, s.id, s.q.long, {
			text: 'Náměty a připomínky',
			hidden: 'on',
			version: '1'
		});
		expect(hidden).toMatchObject({ hidden: true, text: 'Náměty a připomínky' });
		const stale = await updateQuestion(f.coordinator, s.id, s.q.long, {
			text: 'Jiné',
			version: '1'
		}).catch((e) => e);
		expect(stale.status).toBe(409);
	});

	it('CSV and XLSX exports stream every response with the question headers', async () => {
		const csv = await exportResponsesCsv(f.coordinator, s.id);
		expect(csv.filename).toMatch(/^dotaznik-potreby-senioru-test-\d{4}-\d{2}-\d{2}\.csv$/);
		const body = await text(csv.body);
		const lines = body
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[0]).toContain('1. Věk;');
		expect(lines[0]).toContain('5. Hodnocení – doprava');
		expect(lines[1]).toContain('pečovatelská služba; osobní asistence');
		expect(lines[2]).toContain('2,5');
		expect(lines[3]).toContain('papírový dotazník');
		await expect(exportResponsesCsv(ANONYMOUS, s.id)).rejects.toBeInstanceOf(UnauthorizedError);

		const xlsx = await exportResponsesXlsx(f.coordinator, s.id);
		const bytes = new Uint8Array(await new Response(xlsx.body).arrayBuffer());
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(bytes.buffer as ArrayBuffer);
		const sheet = wb.worksheets[0];
		expect(sheet.rowCount).toBe(4);
		expect(String(sheet.getRow(1).getCell(4).value)).toBe('1. Věk');
	});

	it('invitations: e-mails with personal links, one response per link', async () => {
		const bad = await inviteToSurvey(f.coordinator, s.id, { emails: 'jana@obec.cz, nic' }).catch(
			(e) => e
		);
		expect(bad).toBeInstanceOf(ValidationError);
		const sent = await inviteToSurvey(f.coordinator, s.id, {
			emails: 'jana@obec.cz\npetr@obec.cz; jana@obec.cz'
		});
		expect(sent).toEqual({ sent: 2, skipped: 0 });
		const again = await inviteToSurvey(f.coordinator, s.id, { emails: 'jana@obec.cz' });
		expect(again).toEqual({ sent: 0, skipped: 1 });
		const mails = await db().select().from(outbox).where(eq(outbox.to, 'jana@obec.cz'));
		expect(mails).toHaveLength(1);
		const token = /\/odpoved\/(\S+)/.exec(mails[0].text)![1];
		const page = await getInvitationPage(ANONYMOUS, s.id, token);
		expect(page.used).toBe(false);
		await expect(getInvitationPage(ANONYMOUS, s.id, `${token}x`)).rejects.toBeInstanceOf(
			NotFoundError
		);
		const form = answerForm(s, { age: 'do 64 let', scale: 3 });
		await submitInvitationResponse(ANONYMOUS, s.id, token, form);
		const used = await submitInvitationResponse(ANONYMOUS, s.id, token, form).catch((e) => e);
		expect((used as ValidationError).fields._form[0]).toContain('už byl použit');
		const list = await listInvitations(f.coordinator, s.id);
		expect(list).toMatchObject({ total: 2, used: 1 });
		const rows = await db()
			.select()
			.from(surveyResponses)
			.where(eq(surveyResponses.surveyId, s.id));
		expect(rows.filter((r) => r.channel === 'invitation')).toHaveLength(1);
	});

	it('a closed survey refuses answers with a Czech message; stats for the annual report', async () => {
		await closeSurvey(f.coordinator, s.id);
		const error = await submitPublicResponse(
			ANONYMOUS,
			s.id,
			answerForm(s, { age: 'do 64 let', scale: 3 }),
			'10.0.0.9'
		).catch((e) => e);
		expect((error as ValidationError).fields._form[0]).toBe(
			'Dotazník je uzavřen, odpovědi už nepřijímá.'
		);
		const stats = await surveyStats({ areaId: f.kraj, from: '2000-01-01', to: '2100-12-31' });
		expect(stats.surveys.map((x) => [x.id, x.responses])).toEqual([[s.id, 4]]);
		expect(stats.totalResponses).toBe(4);
		const none = await surveyStats({ areaId: f.otherArea, from: '2000-01-01', to: '2100-12-31' });
		expect(none.surveys).toEqual([]);
	});

	it('window dates are validated; edits of the survey are optimistic-locked', async () => {
		const survey = await findSurvey(s.id);
		const bad = await updateSurvey(f.coordinator, s.id, {
			title: 'X',
			opensOn: '2026-05-01',
			closesOn: '2026-04-01',
			version: String(survey.version)
		}).catch((e) => e);
		expect((bad as ValidationError).fields.closesOn).toBeDefined();
		const ok = await updateSurvey(f.coordinator, s.id, {
			title: 'Potřeby seniorů 2026',
			version: String(survey.version)
		});
		expect(ok.version).toBe(survey.version + 1);
	});
});
