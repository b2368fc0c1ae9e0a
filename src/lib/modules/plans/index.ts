/** Public door of the plans module: medium-term plans, versions, action plans, monitoring, evaluation reports. */
export {
	plans,
	planTargetGroups,
	priorities,
	measures,
	activities,
	measureCosts,
	indicators,
	indicatorTargets,
	planVersions,
	actionPlans,
	actionPlanItems,
	monitoringYears,
	measureMonitoring,
	indicatorValues
} from './plan.schema.ts';
import './plan.permissions.ts';
export {
	FUNDING_SOURCES,
	PUBLIC_PLAN_STATUSES,
	EDITABLE_PLAN_STATUSES,
	planYears,
	allMeasures,
	type PlanTree,
	type PriorityNode,
	type MeasureNode,
	type ActivityNode,
	type IndicatorNode,
	type CostLine,
	type MeasureYearStatus,
	type PlanStatus,
	type FundingSource,
	type CapacityUnit,
	type IndicatorDirection,
	type MeasureStatus
} from './plan.tree.ts';

// ── plan structure, lifecycle, versions (plan.*.server.ts) ──
export {
	PLAN_KINDS,
	PLAN_KIND_CODES,
	planKindLabel,
	PLAN_YEAR_MIN,
	PLAN_YEAR_MAX,
	type PlanKind
} from './plan.kinds.ts';
export {
	PLAN_STATUSES,
	CAPACITY_UNITS,
	INDICATOR_DIRECTIONS,
	parseCzechNumber,
	czechNumber,
	optionalCzechNumber,
	planInput,
	planUpdateInput,
	priorityInput,
	measureInput,
	measureFieldsInput,
	indicatorInput,
	activityInput,
	costLineInput,
	measurePeriodErrors,
	type PlanInput,
	type PriorityInput,
	type MeasureInput,
	type IndicatorInput,
	type ActivityInput,
	type CostLineInput
} from './plan.validation.ts';
export {
	writePriority,
	writeMeasure,
	assertEditable,
	lockPlan,
	NOT_EDITABLE_MESSAGE
} from './plan.write.server.ts';
export {
	findPlan,
	planScope,
	canReadPlan,
	canManagePlan,
	authorizeReadPlan,
	authorizeViewPlan,
	authorizeManagePlan,
	isPublicStatus,
	type PlanRow
} from './plan.access.server.ts';
export {
	getPlanTree,
	getPublishedPlan,
	loadPlanTree,
	mergeMonitoring
} from './plan.tree.server.ts';
export {
	listPlans,
	createPlan,
	updatePlan,
	deletePlan,
	createPriority,
	updatePriority,
	deletePriority,
	movePriority,
	createMeasure,
	updateMeasure,
	deleteMeasure,
	moveMeasure,
	setPlannedCosts,
	addIndicator,
	updateIndicator,
	deleteIndicator,
	addActivity,
	updateActivity,
	deleteActivity,
	renumberPlan,
	planAreaOptions,
	historyOf,
	planBodyOptions,
	type PlanListRow,
	type PlanAreaOption
} from './plan.service.server.ts';
export {
	changePlanStatus,
	approvePlan,
	startPlanUpdate,
	listPlanVersions,
	getPlanVersion,
	comparePlanVersionsOf,
	getVersionsPage,
	type VersionComparison,
	APPROVAL_FILE_OWNER,
	type PlanVersionListRow
} from './plan.versions.server.ts';
export { TRANSITIONS, UPDATE_FROM, canTransition } from './plan.lifecycle.ts';
export {
	comparePlanVersions,
	type PlanComparison,
	type FieldChange,
	type EntityChange,
	type MeasureChange
} from './plan.compare.ts';
export {
	newPlanForm,
	getPlanOverview,
	getPlanEditForm,
	getStructurePage,
	getMeasurePage,
	kindOptions,
	type PlanOverview,
	type MeasurePage
} from './plan.pages.server.ts';
// (end plan structure)

// ── monitoring, action plans, evaluation reports, public pages (monitoring.*, evaluation.*) ──
export {
	MEASURE_STATUSES,
	rollupYear,
	costDelta,
	type YearRollup,
	type GroupRollup,
	type PriorityRollup,
	type StatusCounts
} from './plan.rollup.ts';
export {
	measureMonitoringInput,
	monitoringFormToInput,
	formErrorKeys,
	type MeasureMonitoringInput
} from './monitoring.validation.ts';
export {
	recordMeasureMonitoring,
	closeMonitoringYear,
	reopenMonitoringYear,
	getMonitoringOverview,
	getMonitoringYear,
	MONITORED_PLAN_STATUSES,
	MONITORING_ENTITY,
	MONITORING_YEAR_ENTITY,
	INDICATOR_VALUE_ENTITY,
	ACTUAL_COST_ENTITY,
	type EvidenceItem,
	type MeasureRecordView,
	type MonitoringYearView,
	type MonitoringOverview
} from './monitoring.service.server.ts';
export {
	getEvaluationReport,
	saveEvaluationTexts,
	getPublicPlan,
	getPublicEvaluation,
	getEvaluationForDownload,
	listPublicPlans,
	type PublicPlanRow,
	type PublicPlanView,
	type EvaluationView
} from './evaluation.service.server.ts';
export {
	buildEvaluationReport,
	reportFileStem,
	STATUS_LABELS_CS,
	SOURCE_LABELS_CS,
	type EvaluationReport
} from './evaluation.document.ts';
export { renderEvaluationDocx } from './evaluation.docx.server.ts';
export { renderEvaluationPdf } from './evaluation.pdf.server.ts';
export { renderEvaluationXlsx } from './evaluation.xlsx.server.ts';
// (end monitoring)

// ── import, action plans, DOCX (import.*, actionplan.*, plan.docx.*) ──
export {
	getImportPage,
	uploadImportFile,
	confirmImport,
	planImportTemplate,
	genericImportTemplate,
	canReplaceStructure,
	IMPORT_FILE_OWNER,
	type ImportPageView,
	type ImportPreviewView,
	type ImportSummary
} from './import.service.server.ts';
export { IMPORT_MAX_BYTES, type ImportIssue } from './import.parse.server.ts';
export {
	FUNDING_SOURCE_LABELS,
	FUNDING_SOURCE_TITLES,
	CAPACITY_UNIT_LABELS,
	CAPACITY_UNIT_TITLES
} from './import.columns.ts';
export {
	listActionPlans,
	getActionPlan,
	createActionPlan,
	updateActionPlan,
	approveActionPlan,
	reopenActionPlan,
	deleteActionPlan,
	ACTION_PLAN_ENTITY,
	ACTION_PLAN_ITEM_ENTITY,
	type ActionPlanView,
	type ActionPlanListView,
	type ActionPlanItemView,
	type ActionPlanCandidate
} from './actionplan.service.server.ts';
export { actionPlanFormToInput, itemKey } from './actionplan.validation.ts';
export {
	getActionPlanFile,
	renderActionPlanXlsx,
	renderActionPlanDocx,
	ACTION_PLAN_STATUS_LABELS
} from './actionplan.export.server.ts';
export { getPlanDocx, renderPlanDocx, planFileStem } from './plan.docx.server.ts';
// (end import)

// ── consultation link (participation) ──
export {
	listConsultablePlanVersions,
	loadPlanVersionTree,
	getPlanForConsultation,
	planEditState,
	setPlanConsultation,
	type PlanVersionOption
} from './plan.consultation.server.ts';
// (end consultation link)

import { planSeeder } from './plan.seed.server.ts';
import { monitoringSeeder } from './monitoring.seed.server.ts';

export const plansSeeders = [planSeeder, monitoringSeeder];
