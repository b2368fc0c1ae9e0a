/**
 * Answering a survey: from the public link (anonymous, honeypot + rate limit, no IP stored), from a
 * personal invitation link (signed token, one response per link) or as a paper questionnaire
 * entered by staff. Conditions are evaluated on the server: answers to questions not shown are
 * ignored, required questions shown must be answered.
 */
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '#lib/platform/access/actor.ts';
import { authorize } from '#lib/platform/access/can.ts';
import { db, type Db } from '#lib/platform/db/client.server.ts';
import { NotFoundError, ValidationError } from '#lib/platform/http/errors.ts';
import { assertWithinLimit } from '#lib/platform/http/ratelimit.server.ts';
import { surveyAnswers, surveyInvitations, surveyResponses } from './survey.schema.ts';
import {
	auditResponse,
	closedReason,
	findSurvey,
	loadDefinition,
	managedSurvey,
	verifyInvitationToken,
	type SurveyRow
} from './survey.service.server.ts';
import {
	parseAnswers,
	type AnswerValue,
	type FormValues,
	type SurveyDefinition
} from './views/surveys/survey.form.ts';
import './survey.permissions.ts';

const ANSWER = 'participation.surveys.answer';
/** Name of the honeypot field (hidden from people; bots fill it). */
export const SURVEY_HONEYPOT = 'web';
export const INVITATION_INVALID =
	'Odkaz na dotazník je neplatný. Zkontrolujte, že jste jej z e-mailu zkopírovali celý.';
export const INVITATION_USED =
	'Tento osobní odkaz už byl použit – dotazník z něj byl vyplněn. Děkujeme!';

export interface AnswerPage {
	survey: {
		id: string;
		title: string;
		description: string | null;
		opensOn: string | null;
		closesOn: string | null;
	};
	definition: SurveyDefinition;
	/** Czech reason when answers are not accepted, else null. */
	closed: string | null;
}

function pageOf(
	survey: SurveyRow,
	definition: SurveyDefinition,
	closed: string | null
): AnswerPage {
	return {
		survey: {
			id: survey.id,
			title: survey.title,
			description: survey.description,
			opensOn: survey.opensOn,
			closesOn: survey.closesOn
		},
		definition,
		closed
	};
}

/** The public answer page (drafts and surveys without a public link are not found). */
export async function getAnswerPage(actor: Actor, surveyId: string): Promise<AnswerPage> {
	authorize(actor, ANSWER);
	const survey = await findSurvey(surveyId);
	if (survey.status === 'draft' || !survey.publicLink) {
		throw new NotFoundError('Dotazník nebyl nalezen.');
	}
	return pageOf(survey, await loadDefinition(survey), closedReason(survey));
}

/** The page of a personal invitation link. */
export async function getInvitationPage(
	actor: Actor,
	surveyId: string,
	token: string
): Promise<AnswerPage & { used: boolean }> {
	authorize(actor, ANSWER);
	const invitationId = await verifyInvitationToken(token);
	if (!invitationId) throw new NotFoundError(INVITATION_INVALID);
	const [invitation] = await db()
		.select()
		.from(surveyInvitations)
		.where(eq(surveyInvitations.id, invitationId));
	if (!invitation || invitation.surveyId !== surveyId) throw new NotFoundError(INVITATION_INVALID);
	const survey = await findSurvey(surveyId);
	if (survey.status === 'draft') throw new NotFoundError(INVITATION_INVALID);
	return {
		...pageOf(survey, await loadDefinition(survey), closedReason(survey)),
		used: !!invitation.usedAt
	};
}

function parseOrThrow(definition: SurveyDefinition, values: FormValues): AnswerValue[] {
	const parsed = parseAnswers(definition, values);
	if (Object.keys(parsed.errors).length) {
		throw new ValidationError(
			parsed.errors,
			'Dotazník nebyl odeslán: některé odpovědi chybí nebo nejsou v pořádku.'
		);
	}
	if (parsed.answers.length === 0) {
		throw new ValidationError(
			{ _form: ['Vyplňte prosím alespoň jednu odpověď.'] },
			'Dotazník nebyl odeslán: je prázdný.'
		);
	}
	return parsed.answers;
}

async function insertResponse(
	tx: Db,
	actor: Actor,
	survey: SurveyRow,
	values: {
		channel: 'public' | 'invitation' | 'paper';
		invitationId?: string | null;
		paperRef?: string | null;
	},
	answers: AnswerValue[]
): Promise<string> {
	const [response] = await tx
		.insert(surveyResponses)
		.values({
			surveyId: survey.id,
			channel: values.channel,
			invitationId: values.invitationId ?? null,
			paperRef: values.paperRef ?? null,
			enteredById: values.channel === 'paper' && actor.kind === 'user' ? actor.userId : null
		})
		.returning({ id: surveyResponses.id, seq: surveyResponses.seq });
	await tx.insert(surveyAnswers).values(
		answers.map((a) => ({
			responseId: response.id,
			questionId: a.questionId,
			optionId: a.optionId ?? null,
			rowId: a.rowId ?? null,
			numberValue: a.numberValue ?? null,
			textValue: a.textValue ?? null
		}))
	);
	await auditResponse(tx, actor, survey, response.id, {
		surveyId: survey.id,
		seq: response.seq,
		channel: values.channel,
		paperRef: values.paperRef ?? null,
		answers: answers.length
	});
	return response.id;
}

/**
 * An anonymous answer from the public link. A filled honeypot is accepted silently and stored
 * nowhere; the rate limit counts per client (the address is only hashed, never stored).
 */
export async function submitPublicResponse(
	actor: Actor,
	surveyId: string,
	values: FormValues,
	clientAddress: string | null
): Promise<{ stored: boolean }> {
	authorize(actor, ANSWER);
	const survey = await findSurvey(surveyId);
	if (survey.status === 'draft' || !survey.publicLink) {
		throw new NotFoundError('Dotazník nebyl nalezen.');
	}
	const reason = closedReason(survey);
	if (reason) throw new ValidationError({ _form: [reason] }, 'Odpověď nelze přijmout.');
	const honeypot = values[SURVEY_HONEYPOT];
	if (typeof honeypot === 'string' && honeypot.trim() !== '') return { stored: false };
	const definition = await loadDefinition(survey);
	const answers = parseOrThrow(definition, values);
	await assertWithinLimit('survey-answer', clientAddress);
	await db().transaction(async (tx) => {
		await insertResponse(tx, actor, survey, { channel: 'public' }, answers);
	});
	return { stored: true };
}

/** An answer from a personal invitation link: one response per link. */
export async function submitInvitationResponse(
	actor: Actor,
	surveyId: string,
	token: string,
	values: FormValues
): Promise<void> {
	authorize(actor, ANSWER);
	const invitationId = await verifyInvitationToken(token);
	if (!invitationId) throw new NotFoundError(INVITATION_INVALID);
	const survey = await findSurvey(surveyId);
	const reason = closedReason(survey);
	if (reason) throw new ValidationError({ _form: [reason] }, 'Odpověď nelze přijmout.');
	const definition = await loadDefinition(survey);
	const answers = parseOrThrow(definition, values);
	await db().transaction(async (tx) => {
		const [invitation] = await tx
			.select()
			.from(surveyInvitations)
			.where(eq(surveyInvitations.id, invitationId))
			.for('update');
		if (!invitation || invitation.surveyId !== survey.id) {
			throw new NotFoundError(INVITATION_INVALID);
		}
		if (invitation.usedAt) {
			throw new ValidationError({ _form: [INVITATION_USED] }, 'Odpověď nelze přijmout.');
		}
		await insertResponse(tx, actor, survey, { channel: 'invitation', invitationId }, answers);
		await tx
			.update(surveyInvitations)
			.set({ usedAt: new Date(), updatedAt: sql`now()` })
			.where(eq(surveyInvitations.id, invitationId));
	});
}

/** The form page of paper entry (staff). */
export async function getPaperEntryPage(actor: Actor, surveyId: string): Promise<AnswerPage> {
	const survey = await managedSurvey(actor, surveyId);
	return pageOf(survey, await loadDefinition(survey), null);
}

/** Staff enter a paper questionnaire (open or closed survey; not a draft). */
export async function enterPaperResponse(
	actor: Actor,
	surveyId: string,
	values: FormValues
): Promise<{ id: string }> {
	const survey = await managedSurvey(actor, surveyId);
	if (survey.status === 'draft') {
		throw new ValidationError(
			{ _form: ['Papírové dotazníky lze zapisovat až po otevření dotazníku.'] },
			'Odpověď nelze zapsat.'
		);
	}
	const paperRef = typeof values.paperRef === 'string' ? values.paperRef.trim() : '';
	if (paperRef.length > 50) {
		throw new ValidationError({ paperRef: ['Číslo dotazníku může mít nejvýše 50 znaků.'] });
	}
	const definition = await loadDefinition(survey);
	const answers = parseOrThrow(definition, values);
	const id = await db().transaction((tx) =>
		insertResponse(tx, actor, survey, { channel: 'paper', paperRef: paperRef || null }, answers)
	);
	return { id };
}
