/** Public door of the catalogue module: providers, services, facilities, registry import, public search, HSDS open data. */
import type { Command } from '#lib/platform/cli/cli.server.ts';
export {
	providers,
	services,
	serviceForms,
	capacities,
	facilities,
	codeListItems,
	importRuns,
	serviceEdits
} from './catalogue.schema.ts';
export {
	SERVICE_KINDS,
	SERVICE_KIND_CODES,
	SERVICE_FORMS,
	SERVICE_CATEGORIES,
	CAPACITY_TYPES,
	SERVICE_FORM_LABELS,
	SERVICE_CATEGORY_LABELS,
	CAPACITY_TYPE_LABELS,
	serviceKind,
	serviceKindByOpenDataId,
	serviceKindLabel,
	type ServiceKind,
	type ServiceCategory,
	type ServiceForm,
	type CapacityType
} from './service-kinds.ts';
import './catalogue.permissions.ts';
export { foldText, serviceSearchText, type SearchTextParts } from './search-text.ts';

// ── registry import, fixture generator, code lists (registry.*, import.*) ──
import { registryCommands } from './registry.command.server.ts';
import './import.jobs.server.ts';
export const catalogueCommands: Command[] = [...registryCommands];
export {
	startRegistryUpload,
	listImportRuns,
	getImportRun,
	getImportRunDetail,
	importUploadLimit,
	importRegistryFile,
	IMPORT_RUNS_PAGE_SIZE,
	type ImportChanges,
	type ChangedService
} from './import.service.server.ts';
export {
	presentImportRun,
	presentImportRunRow,
	presentImportProgress,
	type ImportRunView,
	type ImportRunRow,
	type ImportProgress
} from './import.presenter.ts';
export { runRegistryImport, type ImportRun, type ImportSummary } from './import.server.ts';
export type { ImportProblem } from './registry.server.ts';
export { fixtureItems, fixtureChunks, fixtureCodeLists, DEMO_PROVIDER } from './fixture.ts';
export {
	RegistryLookups,
	BUILTIN_OBCE,
	BUILTIN_ORP,
	BUILTIN_KRAJE,
	CODE_LIST_FILES,
	parseCodeListDocument
} from './codelist.ts';
export { storeCodeListItems, readCodeListDir } from './codelist.server.ts';
// (end registry import)

// ── public search, life situations, service detail, planners' overview (search.*, service.*) ──
export {
	searchServices,
	type SearchResult,
	type SearchResultItem,
	type FacetValue
} from './search.service.server.ts';
export {
	SearchInput,
	SEARCH_SORTS,
	SEARCH_PAGE_SIZE,
	type SearchSort
} from './search.validation.ts';
export { territoryNames } from './search.codes.server.ts';
export { searchPage } from './search.page.server.ts';
export { LIFE_SITUATIONS, lifeSituation, type LifeSituation } from './situations.ts';
export { getServiceDetail, getProviderDetail } from './service.detail.server.ts';
export {
	serviceDetailView,
	capacityText,
	capacityUnitLabel,
	formLabelOf,
	type ServiceView,
	type ServiceDetailData,
	type ProviderDetailData
} from './service.presenter.ts';
export { serviceJsonLd, jsonLdScript, organisationType } from './service.jsonld.ts';
export {
	capacityOverview,
	OVERVIEW_LEVELS,
	type OverviewResult,
	type OverviewLevel
} from './overview.service.server.ts';
export { overviewXlsx } from './overview.xlsx.server.ts';
// (end public search)

// ── HSDS open data, REST API, editing and approvals (hsds.*, edit.*) ──
export {
	hsdsRoot,
	hsdsListServices,
	hsdsGetService,
	hsdsListOrganizations,
	hsdsGetOrganization,
	hsdsListServiceAtLocations,
	hsdsGetServiceAtLocation,
	hsdsListTaxonomies,
	hsdsGetTaxonomy,
	hsdsListTaxonomyTerms,
	hsdsGetTaxonomyTerm,
	HSDS_MAX_PER_PAGE
} from './hsds.service.server.ts';
export { hsdsGet, hsdsOptions, hsdsFallback, HSDS_CORS_HEADERS } from './hsds.http.server.ts';
export {
	openDataZipStream,
	datapackageDescriptor,
	OPEN_DATA_RESOURCES,
	type OpenDataResource
} from './opendata.server.ts';
export {
	createManualService,
	updateManualService,
	confirmServiceVerified,
	getManagedService,
	getCatalogueAdminOverview,
	territoryOptions,
	SERVICE_ENTITY,
	type CatalogueService,
	type CatalogueProvider,
	type ManagedService,
	type AdminOverview
} from './manual.service.server.ts';
export {
	proposeServiceEdit,
	approveServiceEdit,
	rejectServiceEdit,
	getServiceEditReview,
	listMyServices,
	getMyService,
	pendingEditCount,
	patchService,
	EDIT_ENTITY,
	type ServiceEdit,
	type EditReview,
	type EditDiffRow,
	type MyService,
	type MyServiceRow
} from './edit.service.server.ts';
export {
	listCatalogueProviders,
	getCatalogueProvider,
	listCatalogueServices,
	getCatalogueService
} from './provider.service.server.ts';
export {
	CatalogueIdParams,
	ProviderListQuery,
	ServiceListQuery,
	ProviderSummarySchema,
	ProviderDetailSchema,
	ServiceSummarySchema,
	ServiceDetailSchema,
	ServiceEditSchema,
	ManualServiceBody,
	ServicePatchBody,
	presentApiProviderSummary,
	presentApiProviderDetail,
	presentApiServiceSummary,
	presentApiServiceDetail,
	presentApiServiceEdit
} from './catalogue.api.ts';
export { EDIT_FIELDS, TERRITORY_PATTERN, type EditField } from './manual.validation.ts';
// (end open data)

import { catalogueSeeder } from './catalogue.seed.server.ts';

export const catalogueSeeders = [catalogueSeeder];
