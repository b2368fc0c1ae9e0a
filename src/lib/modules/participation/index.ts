/** Public door of the participation module: suggestions (podněty), public consultations (připomínkování), needs surveys. */
import type { Seeder } from '#lib/platform/seed/seed.server.ts';

// ── suggestions (suggestion.*) ──
export { suggestions, suggestionLinks } from './suggestion.schema.ts';
export {
	SUGGESTION_TOPICS,
	SUGGESTION_CHANNELS,
	SUGGESTION_STATUSES,
	SUGGESTION_OUTCOMES,
	SUGGESTION_ACTIONS,
	canDo as canDoSuggestionAction,
	countLinks,
	StaffListQuery as SuggestionStaffListQuery,
	PublicListQuery as SuggestionPublicListQuery,
	lenientFilter,
	type SuggestionStatus,
	type SuggestionTopic,
	type SuggestionChannel,
	type SuggestionOutcome,
	type SuggestionAction,
	type StaffListFilter as SuggestionStaffFilter,
	type PublicListFilter as SuggestionPublicFilter
} from './suggestion.validation.ts';
export {
	SUGGESTION_ENTITY,
	SUGGESTION_FILE_OWNER,
	suggestionNumber,
	submitSuggestion,
	recordSuggestion,
	agendaItemPrefill,
	screenSuggestion,
	assignSuggestion,
	startSuggestion,
	settleSuggestion,
	publishSuggestion,
	rejectSuggestion,
	updatePublicWording,
	putOnAgenda,
	linkMeasure,
	getSuggestionDetail,
	getPublicSuggestion,
	listSuggestions,
	listPublicSuggestions,
	iterateSuggestions,
	suggestionStats,
	publicAreaOptions,
	targetGroupOptions,
	staffAreaOptions,
	bodyOptions as suggestionBodyOptions,
	bodyFilterOptions as suggestionBodyFilterOptions,
	meetingOptions as suggestionMeetingOptions,
	measureOptions as suggestionMeasureOptions,
	suggestionsForMeeting,
	suggestionsForMeasure,
	type Suggestion,
	type SuggestionDetail,
	type PublicSuggestion,
	type StaffListRow as SuggestionListRow,
	type SuggestionCounts,
	type LinkedSuggestion,
	type ChainItem as SuggestionChainItem,
	type MeasureLinkView as SuggestionMeasureLink
} from './suggestion.service.server.ts';
export {
	SuggestionSchema,
	SuggestionIdParams,
	SuggestionCreateBody,
	SuggestionListQuery as SuggestionApiListQuery,
	presentApiSuggestion
} from './suggestion.presenter.ts';
export { suggestionsCsv, suggestionsXlsx } from './suggestion.export.server.ts';
import { suggestionSeeder } from './suggestion.seed.server.ts';
// (end suggestions)

// ── consultations (consultation.*) ──
export {
	consultations,
	consultationSections,
	consultationComments
} from './consultation.schema.ts';
import './consultation.permissions.ts';
export {
	SETTLEMENT_STATUSES,
	CHANNELS,
	STAFF_CHANNELS,
	COMMENT_MAX,
	QUOTE_MAX,
	MIN_WINDOW_DAYS,
	splitSections,
	type SettlementStatus,
	type Channel
} from './consultation.validation.ts';
export {
	phaseOf,
	sectionLabel,
	sectionsOfPlan,
	publicAuthor,
	findConsultation,
	listPublicConsultations,
	listManagedConsultations,
	getPublicConsultation,
	submitComment,
	addStaffComment,
	createConsultation,
	newConsultationForm,
	updateConsultation,
	getConsultationAdmin,
	getCommentForSettlement,
	settleComment,
	publishSettlement,
	getSettlement,
	listComments,
	HONEYPOT_FIELD,
	COMMENTS_PAGE_SIZE,
	DOCUMENT_FILE_OWNER,
	type ConsultationPhase,
	type ConsultationRow,
	type ConsultationListRow,
	type ConsultationView,
	type CommentView,
	type AdminView,
	type SettleView,
	type SettlementRow,
	type SettlementView,
	type Stats as ConsultationStats
} from './consultation.service.server.ts';
export {
	renderSettlementDocx,
	renderSettlementXlsx,
	getSettlementFile,
	SETTLEMENT_STATUS_CS,
	CHANNEL_CS,
	ANNEX_TITLE
} from './consultation.export.server.ts';
import { consultationSeeder } from './consultation.seed.server.ts';
// (end consultations)

// ── surveys (survey.*) ──
export {
	surveys,
	surveySections,
	surveyQuestions,
	surveyOptions,
	surveyConditions,
	surveyInvitations,
	surveyResponses,
	surveyAnswers
} from './survey.schema.ts';
import './survey.permissions.ts';
export {
	findSurvey,
	managedSurvey,
	authorizeManageSurvey,
	isAcceptingAnswers,
	closedReason,
	loadDefinition,
	listManagedSurveys,
	listOpenSurveys,
	createSurvey,
	updateSurvey,
	openSurvey,
	closeSurvey,
	deleteSurvey,
	addSection,
	updateSection,
	deleteSection,
	addQuestion,
	updateQuestion,
	deleteQuestion,
	moveQuestion,
	surveyHistory,
	getSurveyAdmin,
	getSurveyDefinition,
	authorizeAnyArea,
	inviteToSurvey,
	listInvitations,
	invitationToken,
	SURVEY_ENTITY,
	QUESTION_ENTITY,
	type SurveyRow,
	type SurveyListRow,
	type InvitationView,
	type SurveyAdminView
} from './survey.service.server.ts';
export {
	getAnswerPage,
	getInvitationPage,
	getPaperEntryPage,
	submitPublicResponse,
	submitInvitationResponse,
	enterPaperResponse,
	SURVEY_HONEYPOT,
	type AnswerPage
} from './survey.answer.server.ts';
export {
	getSurveyResults,
	listTextAnswers,
	aggregateResults,
	responseBatches,
	csvChunks,
	writeXlsx,
	exportLayout,
	exportResponsesCsv,
	exportResponsesXlsx,
	surveyStats,
	EXPORT_BATCH,
	type ResultsView,
	type TextAnswerRow,
	type ExportStream,
	type SurveyStatRow
} from './survey.results.server.ts';
import { surveySeeder } from './survey.seed.server.ts';
// (end surveys)

/** Demo seeders in order: suggestions, consultations, surveys (each block adds its own). */
export const participationSeeders: Seeder[] = [
	// ── seeders (one line per block) ──
	suggestionSeeder,
	consultationSeeder,
	surveySeeder
];
