/**
 * /dotazniky/sprava/[id]/otazky/[questionId]: edit one question — wording (audited), help,
 * required, hidden, condition; rename, remove (only without answers) and add options.
 */
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	deleteQuestion,
	getSurveyAdmin,
	updateQuestion
} from '#lib/modules/participation/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals.actor, url);
	const view = await getSurveyAdmin(locals.actor, params.id);
	const question = view.definition.sections
		.flatMap((s) => s.questions)
		.find((q) => q.id === params.questionId);
	if (!question) error(404, m.part_srv_question_not_found());
	return {
		title: m.part_srv_edit_question_title({ number: question.number }),
		breadcrumbs: [
			{ label: m.part_srv_admin_title(), href: '/dotazniky/sprava' },
			{ label: view.survey.title, href: `/dotazniky/sprava/${view.survey.id}` },
			{ label: m.part_srv_edit_question_title({ number: question.number }) }
		],
		surveyId: view.survey.id,
		question,
		answered: view.answeredQuestionIds.includes(question.id),
		conditionOptions: view.conditionOptions.filter((o) => !o.value.startsWith(`${question.id}:`))
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		const values = formToObject(await request.formData());
		try {
			await updateQuestion(locals.actor, params.id, params.questionId, values);
		} catch (e) {
			return failFrom(e, values);
		}
		setFlash(cookies, { type: 'success', message: m.part_srv_question_saved() });
		redirect(303, `/dotazniky/sprava/${params.id}`);
	},
	delete: async ({ locals, params, cookies }) => {
		try {
			await deleteQuestion(locals.actor, params.id, params.questionId);
		} catch (e) {
			return failFrom(e, {});
		}
		setFlash(cookies, { type: 'success', message: m.part_srv_question_deleted() });
		redirect(303, `/dotazniky/sprava/${params.id}`);
	}
};
