/**
 * /dotazniky/sprava/[id]/vysledky: counts and shares per question (SVG charts + tables), filter
 * by one answer (`?filtr=<question>:<option>`), free-text answers of one question
 * (`?otazka=<id>&strana=`), downloads of the raw answers (CSV, XLSX; streamed by the API).
 */
import type { PageServerLoad } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { getSurveyResults, listTextAnswers } from '#lib/modules/participation/index.ts';
import { filterOptions } from '#lib/modules/participation/views/surveys/survey.results.ts';
import { requireSignedIn } from '#lib/platform/auth/auth.form.server.ts';
import { isAppError } from '#lib/platform/http/errors.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSignedIn(locals.actor, url);
	const filter = url.searchParams.get('filtr') ?? '';
	let view;
	let filterError: string | null = null;
	try {
		view = await getSurveyResults(locals.actor, params.id, { filter });
	} catch (error) {
		if (!isAppError(error) || error.status !== 400) throw error;
		filterError = error.message;
		view = await getSurveyResults(locals.actor, params.id, {});
	}
	const questionId = url.searchParams.get('otazka');
	const page = Number(url.searchParams.get('strana') ?? '1');
	const texts = questionId
		? await listTextAnswers(locals.actor, params.id, questionId, {
				page: Number.isInteger(page) && page > 0 ? page : 1,
				pageSize: 20,
				filter: filterError ? null : filter || null
			})
		: null;
	const textQuestion = questionId
		? view.results.questions.find((q) => q.id === questionId)
		: undefined;
	return {
		title: m.part_srv_results_title({ title: view.survey.title }),
		breadcrumbs: [
			{ label: m.part_srv_admin_title(), href: '/dotazniky/sprava' },
			{ label: view.survey.title, href: `/dotazniky/sprava/${view.survey.id}` },
			{ label: m.part_srv_results() }
		],
		survey: { id: view.survey.id, title: view.survey.title, status: view.survey.status },
		results: view.results,
		filterOptions: filterOptions(view.definition),
		filter: filterError ? '' : filter,
		filterError,
		texts,
		textQuestion: textQuestion ? `${textQuestion.number}. ${textQuestion.text}` : null,
		questionId
	};
};
