/** Public door of the organisation module: areas, organisations, people, bodies, memberships. */
export { areas, areaKindEnum, areaMunicipalities } from './area.schema.ts';
export { bodies, people, organisations, memberships, targetGroups } from './organisation.schema.ts';
export {
	listAreas,
	getArea,
	findArea,
	searchAreas,
	getAreaOverview,
	coordinatedAreas,
	createArea,
	updateArea,
	type Area,
	type AreaListRow,
	type AreaQuery
} from './area.service.server.ts';
export {
	listMunicipalities,
	addMunicipality,
	removeMunicipality,
	type Municipality
} from './municipality.service.server.ts';
export { AREA_KINDS, LISTED_KINDS, type AreaKind } from './area.validation.ts';
export { territoryGroups, territoryChoice } from './territory.ts';
export { areaLineage, areaScope } from './scope.server.ts';
export { isValidIco, normalizeIco } from './ico.ts';
export { isUuid } from './uuid.ts';
export {
	createOrganisation,
	updateOrganisation,
	getOrganisation,
	listOrganisations,
	organisationOptions,
	ORGANISATION_SORTS,
	type Organisation,
	type OrganisationSort
} from './organisation.service.server.ts';
export {
	createPerson,
	updatePerson,
	getPerson,
	getPersonDetail,
	listPeople,
	personOptions,
	listOrganisationPeople,
	peopleByIds,
	fullName,
	shortName,
	type Person,
	type PersonListRow
} from './person.service.server.ts';
export {
	createBody,
	updateBody,
	getBody,
	getBodyDetail,
	listBodies,
	searchBodies,
	listTargetGroups,
	type Body,
	type BodyDetail
} from './body.service.server.ts';
export {
	addMembership,
	updateMembership,
	endMembership,
	getMembership,
	listMemberships,
	listMembers,
	membershipsOn,
	memberCountByMonth,
	membershipHistory,
	type Membership,
	type MembershipView,
	type MemberRow
} from './membership.service.server.ts';
export {
	ORGANISATION_TYPES,
	TRIAD_ROLES,
	BODY_KINDS,
	MEMBERSHIP_ROLES
} from './organisation.validation.ts';
export {
	areaKindLabel,
	organisationTypeLabel,
	triadRoleLabel,
	bodyKindLabel,
	membershipRoleLabel,
	monthName,
	statuteSentences,
	publicMemberName
} from './organisation.presenter.ts';
export {
	areaFieldLabels,
	organisationFieldLabels,
	personFieldLabels,
	bodyFieldLabels,
	membershipFieldLabels
} from './organisation.labels.ts';
import { areaSeeder } from './area.seed.server.ts';
import { organisationSeeder } from './organisation.seed.server.ts';

export const organisationSeeders = [areaSeeder, organisationSeeder];
