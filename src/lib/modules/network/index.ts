/** Public door of the network module: network of services by year, development intentions, capacity gap analysis. */
import type { Seeder } from '#lib/platform/seed/seed.server.ts';

// ── network (network.*) ──
export {
	networkCategories,
	networks,
	networkEntries,
	networkEntryCapacities,
	networkEntryTerritories,
	NETWORK_STATUSES,
	NETWORK_UNITS,
	type NetworkStatus,
	type NetworkUnit
} from './network.schema.ts';
export {
	unitOfForm,
	type ServiceFormCode,
	type CapacityDelta,
	type ApprovedIntentionChange,
	type KindCapacity
} from './network.contract.ts';
export {
	applyApprovedIntention,
	currentNetworkCapacity,
	listNetworkCategories,
	effectiveNetwork
} from './network.contract.server.ts';
export { networkCapacityByKind } from './network.capacity.server.ts';
export {
	listRegionNetworks,
	readableNetwork,
	getNetworkDetail,
	networkEntryBatches,
	listNetworkEntries,
	compareNetworks,
	managedRegions,
	getRegionAdmin,
	createCategory,
	getCategory,
	updateCategory,
	deleteCategory,
	createNetwork,
	getManagedNetwork,
	updateNetwork,
	publishNetwork,
	unpublishNetwork,
	searchServicesForNetwork,
	serviceForEntry,
	addEntry,
	getManagedEntry,
	updateEntry,
	removeEntry,
	territoryText,
	ENTRIES_PAGE_SIZE,
	type EntryView,
	type NetworkDetail,
	type NetworkComparison,
	type ComparisonRow,
	type RegionNetworks,
	type NetworkTotals,
	type ServiceOption,
	type CategoryRow,
	type NetworkRow,
	type EntryRow
} from './network.service.server.ts';
export { networkXlsx } from './network.xlsx.server.ts';
export {
	NetworkIdParams,
	NetworkListQuery,
	NetworkEntriesQuery,
	NetworkSchema,
	NetworkEntrySchema,
	NetworkCreateBody,
	NetworkEntryBody,
	presentApiNetwork,
	presentApiEntry,
	entryBodyToInput
} from './network.api.ts';
export { networkHistoryView } from './network.history.server.ts';
import { networkSeeder } from './network.seed.server.ts';
// (end network)

// ── intentions (intention.*, call.*) ──
export {
	networkCalls,
	networkCallMeasures,
	networkCallCriteria,
	networkIntentions,
	networkIntentionCapacities,
	networkIntentionFunding,
	networkIntentionEvidence,
	networkIntentionStatements,
	networkIntentionScores,
	networkIntentionDecisions,
	INTENTION_TYPES,
	CHANGE_TYPES,
	INTENTION_STATUSES,
	EVIDENCE_KINDS,
	STATEMENT_VERDICTS,
	DECISION_OUTCOMES,
	type IntentionType,
	type ChangeType,
	type IntentionStatus,
	type EvidenceKind,
	type StatementVerdict,
	type DecisionOutcome
} from './intention.schema.ts';
export {
	callInput,
	intentionInput,
	statementInput,
	decisionInput,
	callFormToInput,
	callErrorsToForm,
	intentionFormToInput,
	intentionErrorsToForm,
	decisionFormToInput,
	decisionErrorsToForm,
	FORMS as INTENTION_FORMS,
	EVIDENCE_ROWS,
	CRITERION_ROWS,
	type CallInput,
	type IntentionInput,
	type StatementInput,
	type DecisionInput
} from './intention.validation.ts';
export {
	createCall,
	listCalls,
	getCall,
	callState,
	callRegionOptions,
	measureOptionsOfRegion,
	CALL_ENTITY,
	CALLS_PAGE_SIZE,
	type CallListItem,
	type CallDetail,
	type CallState
} from './call.service.server.ts';
export {
	submitIntention,
	getSubmitForm,
	listIntentions,
	getIntention,
	findIntention,
	stateIntention,
	decideIntention,
	statementMeetingOptions,
	decisionCategoryOptions,
	intentionsForMeasures,
	INTENTION_ENTITY,
	INTENTIONS_PAGE_SIZE,
	type IntentionListItem,
	type IntentionDetail,
	type SubmitFormView,
	type RelyingIntention
} from './intention.service.server.ts';
import { intentionSeeder } from './intention.seed.server.ts';
// (end intentions)

// ── analysis (analysis.*) ──
export {
	networkPopulation,
	networkDemand,
	networkNorms,
	networkSubstitutionGroups,
	networkSubstitutionMembers,
	AGE_BANDS,
	DEMAND_KINDS,
	DEMAND_SOURCES,
	type AgeBand,
	type DemandKind,
	type DemandSource
} from './analysis.schema.ts';
export {
	capacityAnalysis,
	analysisAreaOptions,
	type CapacityAnalysis,
	type DemandEvidence,
	type PopulationEvidence,
	type NetworkCapacitySource
} from './analysis.service.server.ts';
export {
	importPopulation,
	populationSummary,
	createNorm,
	deleteNorm,
	createGroup,
	deleteGroup,
	getAnalysisAdmin,
	recordDemand,
	deleteDemand,
	listDemand,
	DEMAND_PAGE_SIZE,
	NORM_ENTITY,
	GROUP_ENTITY,
	DEMAND_ENTITY,
	POPULATION_ENTITY,
	type PopulationImportResult
} from './analysis.admin.server.ts';
export { analysisXlsxStream } from './analysis.xlsx.server.ts';
export { AnalysisApiQuery, AnalysisSchema, presentAnalysisApi } from './analysis.api.ts';
export { parsePopulationCsv, POPULATION_COLUMNS } from './analysis.population.ts';
import { analysisSeeder } from './analysis.seed.server.ts';
// (end analysis)

/** Demo seeders in order: network, intentions, analysis (each block adds its own). */
export const networkSeeders: Seeder[] = [
	// ── seeders (one line per block) ──
	networkSeeder,
	intentionSeeder,
	analysisSeeder
];
