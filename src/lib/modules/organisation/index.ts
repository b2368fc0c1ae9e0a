/** Public door of the organisation module: areas, organisations, people, bodies, memberships. */
export { areas, areaKindEnum } from './area.schema.ts';
export { bodies, people, organisations, memberships, targetGroups } from './organisation.schema.ts';
export { listAreas, getArea, type Area } from './area.service.server.ts';
export { areaLineage, areaScope } from './scope.server.ts';
export { isValidIco, normalizeIco } from './ico.ts';
export {
	createOrganisation,
	updateOrganisation,
	getOrganisation,
	listOrganisations,
	type Organisation
} from './organisation.service.server.ts';
export {
	createPerson,
	updatePerson,
	getPerson,
	listPeople,
	fullName,
	shortName,
	type Person
} from './person.service.server.ts';
export { createBody, updateBody, getBody, listBodies, type Body } from './body.service.server.ts';
export {
	addMembership,
	updateMembership,
	listMembers,
	memberCountByMonth,
	type Membership,
	type MemberRow
} from './membership.service.server.ts';
export {
	ORGANISATION_TYPES,
	TRIAD_ROLES,
	BODY_KINDS,
	MEMBERSHIP_ROLES
} from './organisation.validation.ts';
import { areaSeeder } from './area.seed.server.ts';
import { organisationSeeder } from './organisation.seed.server.ts';

export const organisationSeeders = [areaSeeder, organisationSeeder];
