import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '#lib/platform/http/errors.ts';
import { fakeEvent, outcome } from '#lib/platform/auth/testing.routes.server.ts';
import { openSurvey } from '#lib/modules/participation/index.ts';
// eslint-disable-next-line no-restricted-imports -- test-only fixture of the surveys, kept out of the public door
import * as fx from '#lib/modules/participation/survey.testing.server.ts';
import * as publicList from './+page.server.ts';
import * as answer from './[id]/+page.server.ts';
import * as invitation from './[id]/odpoved/[token]/+page.server.ts';
import * as adminList from './sprava/+page.server.ts';
import * as create from './sprava/novy/+page.server.ts';
import * as builder from './sprava/[id]/+page.server.ts';
import * as question from './sprava/[id]/otazky/[questionId]/+page.server.ts';
import * as preview from './sprava/[id]/nahled/+page.server.ts';
import * as paper from './sprava/[id]/papirovy/+page.server.ts';
import * as invitations from './sprava/[id]/pozvanky/+page.server.ts';
import * as results from './sprava/[id]/vysledky/+page.server.ts';

useTestDatabase();

type Loose = (event: unknown) => unknown;
const call = (fn: unknown, event: unknown) => outcome(() => (fn as Loose)(event));
let f: fx.SurveyFixture;
let s: fx.BuiltSurvey;

beforeAll(async () => {
	f = await fx.surveyFixture();
	s = await fx.buildTestSurvey(f.coordinator, f.area);
});

const at = (path: string, params: Record<string, string> = {}) => ({
	url: `http://localhost${path}`,
	params: { id: s.id, ...params }
});

describe('/dotazniky pages', () => {
	it('anonymous: login redirect on admin pages, 401 on admin actions, 404 for a draft', async () => {
		const list = await call(adminList.load, fakeEvent(at('/dotazniky/sprava')).event);
		expect(list.thrown).toMatchObject({ status: 303 });
		for (const load of [builder.load, preview.load, paper.load, invitations.load, results.load]) {
			expect((await call(load, fakeEvent(at('/x')).event)).thrown).toMatchObject({ status: 303 });
		}
		expect(
			(await call(create.actions.default, fakeEvent({ form: { title: 'X' } }).event)).value
		).toMatchObject({ status: 401 });
		expect(
			(
				await call(
					builder.actions.addQuestion,
					fakeEvent({ ...at('/x'), form: { text: 'X' } }).event
				)
			).value
		).toMatchObject({ status: 401 });
		expect((await call(answer.load, fakeEvent(at('/x')).event)).thrown).toBeInstanceOf(
			NotFoundError
		);
		expect((await call(publicList.load, fakeEvent(at('/dotazniky')).event)).value).toMatchObject({
			total: 0
		});
	});

	it('wrong role: 403 on admin pages and actions', async () => {
		for (const actor of [f.member, f.otherCoordinator]) {
			expect(
				(await call(builder.load, fakeEvent({ ...at('/x'), actor }).event)).thrown
			).toBeInstanceOf(ForbiddenError);
			expect(
				(
					await call(
						builder.actions.addSection,
						fakeEvent({ ...at('/x'), actor, form: { sectionTitle: 'X' } }).event
					)
				).value
			).toMatchObject({ status: 403 });
			expect(
				(await call(results.load, fakeEvent({ ...at('/x'), actor }).event)).thrown
			).toBeInstanceOf(ForbiddenError);
		}
		expect((await call(create.load, fakeEvent({ actor: f.member }).event)).thrown).toBeInstanceOf(
			ForbiddenError
		);
	});

	it('bad input: 400 with Czech errors and the input kept', async () => {
		const actor = f.coordinator;
		const created = await call(
			create.actions.default,
			fakeEvent({ actor, form: { areaId: f.area, title: '' } }).event
		);
		expect(created.value).toMatchObject({
			status: 400,
			data: { errors: { title: expect.any(Array) } }
		});
		const q = await call(
			builder.actions.addQuestion,
			fakeEvent({
				...at('/x'),
				actor,
				form: {
					sectionId: s.definition.sections[0].id,
					kind: 'single',
					text: 'Jen jedna',
					options: 'A'
				}
			}).event
		);
		expect(q.value).toMatchObject({
			status: 400,
			data: { which: 'question', values: { text: 'Jen jedna' } }
		});
		const edit = await call(
			question.actions.save,
			fakeEvent({ ...at('/x', { questionId: s.q.age }), actor, form: { text: '', version: '1' } })
				.event
		);
		expect(edit.value).toMatchObject({ status: 400 });
		const invite = await call(
			invitations.actions.default,
			fakeEvent({ ...at('/x'), actor, form: { emails: 'neplatna-adresa' } }).event
		);
		expect(invite.value).toMatchObject({ status: 400 });
	});

	it('coordinator builds, opens; the public answers; results and texts load', async () => {
		const actor = f.coordinator;
		const page = (await call(builder.load, fakeEvent({ ...at('/x'), actor }).event)).value as {
			definition: { sections: unknown[] };
			conditionOptions: unknown[];
		};
		expect(page.definition.sections).toHaveLength(2);
		expect(page.conditionOptions.length).toBeGreaterThan(0);
		const opened = await call(
			builder.actions.open,
			fakeEvent({ ...at('/x'), actor, form: {} }).event
		);
		expect(opened.thrown).toMatchObject({ status: 303 });
		await openSurvey(actor, s.id);
		const empty = await call(answer.actions.default, fakeEvent({ ...at('/x'), form: {} }).event);
		expect(empty.value).toMatchObject({ status: 400 });
		const ok = await call(
			answer.actions.default,
			fakeEvent({
				...at('/x'),
				form: fx.answerForm(s, { age: '65 a více', scale: 4, long: 'Díky' })
			}).event
		);
		expect(ok.thrown).toMatchObject({ status: 303, location: '/dotazniky' });
		const r = (await call(results.load, fakeEvent({ ...at('/x?otazka=' + s.q.long), actor }).event))
			.value as { results: { respondents: number }; texts: { total: number } };
		expect(r.results.respondents).toBe(1);
		expect(r.texts.total).toBe(1);
		const badFilter = (await call(results.load, fakeEvent({ ...at('/x?filtr=nic'), actor }).event))
			.value as { filterError: string | null };
		expect(badFilter.filterError).toBeTruthy();
		const paperOk = await call(
			paper.actions.default,
			fakeEvent({ ...at('/x'), actor, form: fx.answerForm(s, { age: 'do 64 let', scale: 2 }) })
				.event
		);
		expect(paperOk.thrown).toMatchObject({ status: 303 });
	});

	it('an invalid invitation link is not found', async () => {
		expect(
			(await call(invitation.load, fakeEvent(at('/x', { token: 'abc.def' })).event)).thrown
		).toBeInstanceOf(NotFoundError);
		expect(
			(
				await call(
					invitation.actions.default,
					fakeEvent({ ...at('/x', { token: 'x' }), form: {} }).event
				)
			).value
		).toMatchObject({ status: 404 });
	});

	it('anonymous on the admin list via API-like call is 401 in the service', async () => {
		expect(
			(await call(adminList.load, fakeEvent({ url: 'http://localhost/dotazniky/sprava' }).event))
				.thrown
		).not.toBeInstanceOf(UnauthorizedError);
	});
});
