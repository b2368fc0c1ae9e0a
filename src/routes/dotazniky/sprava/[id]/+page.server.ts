/**
 * /dotazniky/sprava/[id]: the survey builder — sections and questions (add, move, delete or hide),
 * the survey's texts, window, audience and linked plan, and its lifecycle (open, close, delete).
 */
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { m } from '#lib/paraglide/messages.js';
import {
	addQuestion,
	addSection,
	closeSurvey,
	deleteQuestion,
	deleteSection,
	deleteSurvey,
	getSurveyAdmin,
	moveQuestion,
	openSurvey,
	updateSurvey
} from '#lib/modules/participation/index.ts';
import { failFrom, requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { setFlash } from '#lib/platform/http/flash.server.ts';
import { formToObject } from '#lib/platform/http/validation.ts';
import { surveyFormOptions } from '../survey.options.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals.actor, url);
	const view = await getSurveyAdmin(locals.actor, params.id);
	const { planOptions } = await surveyFormOptions(locals.actor, view.survey.areaId);
	return {
		title: view.survey.title,
		breadcrumbs: [
			{ label: m.part_srv_admin_title(), href: '/dotazniky/sprava' },
			{ label: view.survey.title }
		],
		...view,
		planOptions
	};
};

type Event = RequestEvent;

/** Run one service call with the form's values; errors keep the input and say which form failed. */
async function run(
	event: Event,
	which: string,
	call: (values: Record<string, string | string[]>) => Promise<unknown>,
	message: () => string,
	to?: string
) {
	const values = formToObject(await event.request.formData());
	try {
		await call(values);
	} catch (error) {
		const failure = failFrom(error, values);
		return fail(failure.status, { ...failure.data, which });
	}
	setFlash(event.cookies, { type: 'success', message: message() });
	redirect(303, to ?? `/dotazniky/sprava/${event.params.id}`);
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : (v ?? ''));

export const actions: Actions = {
	save: (event) =>
		run(
			event,
			'survey',
			(v) => updateSurvey(event.locals.actor, event.params.id, v),
			m.part_srv_saved
		),
	open: (event) =>
		run(event, 'status', () => openSurvey(event.locals.actor, event.params.id), m.part_srv_opened),
	close: (event) =>
		run(event, 'status', () => closeSurvey(event.locals.actor, event.params.id), m.part_srv_closed),
	delete: (event) =>
		run(
			event,
			'status',
			() => deleteSurvey(event.locals.actor, event.params.id),
			m.part_srv_deleted,
			'/dotazniky/sprava'
		),
	addSection: (event) =>
		run(
			event,
			'section',
			(v) =>
				addSection(event.locals.actor, event.params.id, {
					title: one(v.sectionTitle),
					description: one(v.sectionDescription)
				}),
			m.part_srv_section_added
		),
	deleteSection: (event) =>
		run(
			event,
			'status',
			(v) => deleteSection(event.locals.actor, event.params.id, one(v.sectionId)),
			m.part_srv_section_deleted
		),
	addQuestion: (event) =>
		run(
			event,
			'question',
			(v) => addQuestion(event.locals.actor, event.params.id, v),
			m.part_srv_question_added
		),
	deleteQuestion: (event) =>
		run(
			event,
			'status',
			(v) => deleteQuestion(event.locals.actor, event.params.id, one(v.questionId)),
			m.part_srv_question_deleted
		),
	moveUp: (event) =>
		run(
			event,
			'status',
			(v) => moveQuestion(event.locals.actor, event.params.id, one(v.questionId), 'up'),
			m.part_srv_question_moved
		),
	moveDown: (event) =>
		run(
			event,
			'status',
			(v) => moveQuestion(event.locals.actor, event.params.id, one(v.questionId), 'down'),
			m.part_srv_question_moved
		)
};
