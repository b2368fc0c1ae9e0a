/**
 * Needs surveys (dotazníková šetření): a survey of one planning area with sections and questions
 * (single/multiple choice, scale 1–5, matrix, number, short and long text), options (matrix rows
 * are options with `role = 'row'`), one simple condition per question ("show if question X was
 * answered with option Y"), invitation links, responses (public, invitation, paper) and answers.
 *
 * Answers are one row per value: a choice per selected option, a matrix cell per row, a number
 * or a text. Responses are exported by keyset batches, so the export never holds them all.
 */
import {
	bigserial,
	boolean,
	date,
	index,
	integer,
	numeric,
	pgEnum,
	pgTable,
	text,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { id, timestamps, tstz, version } from '#lib/platform/db/columns.ts';
import { areas } from '#lib/modules/organisation/index.ts';

/** draft (freely editable) → open (answers within the window) → closed. */
export const surveyStatusEnum = pgEnum('participation_survey_status', ['draft', 'open', 'closed']);

export const surveyQuestionKindEnum = pgEnum('participation_survey_question_kind', [
	'single',
	'multiple',
	'scale',
	'matrix',
	'number',
	'short_text',
	'long_text'
]);

/** How a response arrived. */
export const surveyChannelEnum = pgEnum('participation_survey_channel', [
	'public',
	'invitation',
	'paper'
]);

export const surveys = pgTable(
	'participation_surveys',
	{
		id: id(),
		areaId: uuid()
			.notNull()
			.references(() => areas.id, { onDelete: 'restrict' }),
		title: text().notNull(),
		description: text(),
		status: surveyStatusEnum().notNull().default('draft'),
		/** Answers accepted from this day (Prague), inclusive; null = from opening. */
		opensOn: date(),
		/** Answers accepted until this day (Prague), inclusive; null = until closed. */
		closesOn: date(),
		/** Anyone with the public link may answer; otherwise only invitation links and paper entry. */
		publicLink: boolean().notNull().default(true),
		/** The plan this survey is an analytical basis of (plans module). */
		planId: uuid(),
		openedAt: tstz(),
		closedAt: tstz(),
		createdById: uuid(),
		...timestamps(),
		version: version()
	},
	(t) => [
		index('participation_surveys_area_idx').on(t.areaId, t.status),
		index('participation_surveys_status_idx').on(t.status, t.closesOn),
		index('participation_surveys_plan_idx').on(t.planId)
	]
);

export const surveySections = pgTable(
	'participation_survey_sections',
	{
		id: id(),
		surveyId: uuid()
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		description: text(),
		sort: integer().notNull().default(0),
		...timestamps(),
		version: version()
	},
	(t) => [index('participation_survey_sections_survey_idx').on(t.surveyId, t.sort)]
);

export const surveyQuestions = pgTable(
	'participation_survey_questions',
	{
		id: id(),
		surveyId: uuid()
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		sectionId: uuid()
			.notNull()
			.references(() => surveySections.id, { onDelete: 'restrict' }),
		kind: surveyQuestionKindEnum().notNull(),
		text: text().notNull(),
		help: text(),
		required: boolean().notNull().default(false),
		/** Hidden questions are not asked any more (kept because they have answers). */
		hidden: boolean().notNull().default(false),
		sort: integer().notNull().default(0),
		...timestamps(),
		version: version()
	},
	(t) => [
		index('participation_survey_questions_survey_idx').on(t.surveyId, t.sort),
		index('participation_survey_questions_section_idx').on(t.sectionId)
	]
);

/** Choice options; for a matrix the options are the columns and `role = 'row'` rows the items. */
export const surveyOptions = pgTable(
	'participation_survey_options',
	{
		id: id(),
		questionId: uuid()
			.notNull()
			.references(() => surveyQuestions.id, { onDelete: 'cascade' }),
		role: text().notNull().default('option'),
		label: text().notNull(),
		sort: integer().notNull().default(0),
		...timestamps()
	},
	(t) => [index('participation_survey_options_question_idx').on(t.questionId, t.role, t.sort)]
);

/** "Show the question only if question `dependsOnId` was answered with option `optionId`." */
export const surveyConditions = pgTable(
	'participation_survey_conditions',
	{
		id: id(),
		questionId: uuid()
			.notNull()
			.references(() => surveyQuestions.id, { onDelete: 'cascade' }),
		dependsOnId: uuid()
			.notNull()
			.references(() => surveyQuestions.id, { onDelete: 'cascade' }),
		optionId: uuid()
			.notNull()
			.references(() => surveyOptions.id, { onDelete: 'cascade' }),
		...timestamps()
	},
	(t) => [
		uniqueIndex('participation_survey_conditions_question_uq').on(t.questionId),
		index('participation_survey_conditions_depends_idx').on(t.dependsOnId)
	]
);

/** A personal link for one e-mail: one response per invitation. */
export const surveyInvitations = pgTable(
	'participation_survey_invitations',
	{
		id: id(),
		surveyId: uuid()
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		email: text().notNull(),
		sentAt: tstz(),
		usedAt: tstz(),
		...timestamps()
	},
	(t) => [uniqueIndex('participation_survey_invitations_email_uq').on(t.surveyId, t.email)]
);

export const surveyResponses = pgTable(
	'participation_survey_responses',
	{
		id: id(),
		surveyId: uuid()
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		/** Running number (one sequence for all surveys): the export order and the respondent number. */
		seq: bigserial({ mode: 'number' }).notNull(),
		channel: surveyChannelEnum().notNull(),
		invitationId: uuid().references(() => surveyInvitations.id, { onDelete: 'set null' }),
		/** Staff member who entered a paper questionnaire. */
		enteredById: uuid(),
		/** Number written on the paper questionnaire, when there is one. */
		paperRef: text(),
		submittedAt: tstz().notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('participation_survey_responses_seq_uq').on(t.surveyId, t.seq),
		uniqueIndex('participation_survey_responses_invitation_uq').on(t.invitationId)
	]
);

export const surveyAnswers = pgTable(
	'participation_survey_answers',
	{
		id: bigserial({ mode: 'number' }).primaryKey(),
		responseId: uuid()
			.notNull()
			.references(() => surveyResponses.id, { onDelete: 'cascade' }),
		questionId: uuid()
			.notNull()
			.references(() => surveyQuestions.id, { onDelete: 'restrict' }),
		/** Chosen option (single, multiple) or matrix column. */
		optionId: uuid().references(() => surveyOptions.id, { onDelete: 'restrict' }),
		/** Matrix row. */
		rowId: uuid().references(() => surveyOptions.id, { onDelete: 'restrict' }),
		/** Scale 1–5 and numbers. */
		numberValue: numeric(),
		textValue: text()
	},
	(t) => [
		index('participation_survey_answers_response_idx').on(t.responseId),
		index('participation_survey_answers_question_idx').on(t.questionId, t.optionId),
		index('participation_survey_answers_option_idx').on(t.optionId),
		index('participation_survey_answers_row_idx').on(t.rowId)
	]
);
