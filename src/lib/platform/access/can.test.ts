import { describe, expect, it } from 'vitest';
import { ANONYMOUS, systemActor, type Actor, type RoleGrant } from './actor.ts';
import {
	authorize,
	can,
	definePermissions,
	listPermissions,
	rules,
	type ResourceScope
} from './can.ts';
import './platform.permissions.ts';
import { ForbiddenError, UnauthorizedError } from '../http/errors.ts';

const KRAJ = '00000000-0000-4000-8000-00000000000a';
const ORP = '00000000-0000-4000-8000-00000000000b'; // lies in KRAJ
const OTHER_AREA = '00000000-0000-4000-8000-00000000000c';
const BODY = '00000000-0000-4000-8000-0000000000b0';
const OTHER_BODY = '00000000-0000-4000-8000-0000000000b1';
const ORG = '00000000-0000-4000-8000-0000000000c0';

const user = (userId: string, grants: RoleGrant[]): Actor => ({
	kind: 'user',
	userId,
	name: userId,
	email: `${userId}@example.cz`,
	grants
});

const ACTORS: Record<string, Actor> = {
	admin: user('admin', [{ role: 'admin' }]),
	coordX: user('coordX', [{ role: 'coordinator', areaId: ORP }]),
	coordKraj: user('coordKraj', [{ role: 'coordinator', areaId: KRAJ }]),
	coordOther: user('coordOther', [{ role: 'coordinator', areaId: OTHER_AREA }]),
	managerB: user('managerB', [{ role: 'manager', bodyId: BODY }]),
	memberB: user('memberB', [{ role: 'member', bodyId: BODY }]),
	memberOther: user('memberOther', [{ role: 'member', bodyId: OTHER_BODY }]),
	providerO: user('providerO', [{ role: 'provider', organisationId: ORG }]),
	plain: user('plain', []),
	anonymous: ANONYMOUS
};

definePermissions({
	'test.coordinator': { description: 'test', rule: rules.coordinator() },
	'test.manager': { description: 'test', rule: rules.manager() },
	'test.member': { description: 'test', rule: rules.member() },
	'test.provider': { description: 'test', rule: rules.provider() },
	'test.owner': { description: 'test', rule: rules.owner() },
	'test.signed-in': { description: 'test', rule: rules.signedIn() },
	'test.coordinator-or-provider': {
		description: 'test',
		rule: rules.anyOf(rules.coordinator(), rules.provider())
	},
	'test.member-holding-manager': {
		description: 'test',
		rule: rules.allOf(rules.member(), rules.hasRole('manager'))
	},
	'test.admin-only': { description: 'test' }
});

/** A record in ORP (so its areaIds are ORP and its ancestor KRAJ), body B, organisation O, owned by `plain`. */
const RESOURCE: ResourceScope = {
	areaIds: [ORP, KRAJ],
	bodyId: BODY,
	organisationId: ORG,
	ownerUserId: 'plain'
};

const COLUMNS = Object.keys(ACTORS);
// prettier-ignore
const MATRIX: Record<string, string> = {
	//                                  admin coordX coordKraj coordOther managerB memberB memberOther providerO plain anonymous
	'admin.users.manage':              'Y     .      .         .          .        .       .           .         .     .',
	'admin.audit.read':                'Y     .      .         .          .        .       .           .         .     .',
	'admin.outbox.read':               'Y     .      .         .          .        .       .           .         .     .',
	'admin.jobs.read':                 'Y     .      .         .          .        .       .           .         .     .',
	'profile.manage':                  'Y     .      .         .          .        .       .           .         Y     .',
	'audit.history.read':              'Y     Y      Y         .          .        .       .           .         .     .',
	'health.read':                     'Y     Y      Y         Y          Y        Y       Y           Y         Y     Y',
	'test.coordinator':                'Y     Y      Y         .          .        .       .           .         .     .',
	'test.manager':                    'Y     .      .         .          Y        .       .           .         .     .',
	'test.member':                     'Y     .      .         .          Y        Y       .           .         .     .',
	'test.provider':                   'Y     .      .         .          .        .       .           Y         .     .',
	'test.owner':                      'Y     .      .         .          .        .       .           .         Y     .',
	'test.signed-in':                  'Y     Y      Y         Y          Y        Y       Y           Y         Y     .',
	'test.coordinator-or-provider':    'Y     Y      Y         .          .        .       .           Y         .     .',
	'test.member-holding-manager':     'Y     .      .         .          Y        .       .           .         .     .',
	'test.admin-only':                 'Y     .      .         .          .        .       .           .         .     .'
};

describe('permission matrix', () => {
	for (const [action, row] of Object.entries(MATRIX)) {
		const expected = row.split(/\s+/);
		it(`${action}`, () => {
			expect(expected).toHaveLength(COLUMNS.length);
			const actual = COLUMNS.map((c) => (can(ACTORS[c], action, RESOURCE) ? 'Y' : '.'));
			expect(Object.fromEntries(COLUMNS.map((c, i) => [c, actual[i]]))).toEqual(
				Object.fromEntries(COLUMNS.map((c, i) => [c, expected[i]]))
			);
		});
	}

	it('covers every platform permission', () => {
		const platform = listPermissions()
			.map(([action]) => action)
			.filter((a) => !a.startsWith('test.'));
		for (const action of platform) expect(MATRIX).toHaveProperty([action]);
	});

	it('a kraj coordinator covers an ORP record only through its ancestor list', () => {
		const kraj = ACTORS.coordKraj;
		expect(can(kraj, 'test.coordinator', { areaIds: [ORP, KRAJ] })).toBe(true);
		expect(can(kraj, 'test.coordinator', { areaIds: [ORP] })).toBe(false);
		// …and an ORP coordinator does not cover the kraj-level record.
		expect(can(ACTORS.coordX, 'test.coordinator', { areaIds: [KRAJ] })).toBe(false);
	});

	it('scoped rules deny records without the scope', () => {
		for (const name of ['coordX', 'managerB', 'memberB', 'providerO', 'plain']) {
			for (const action of [
				'test.coordinator',
				'test.manager',
				'test.member',
				'test.provider',
				'test.owner'
			]) {
				expect(can(ACTORS[name], action, {})).toBe(false);
			}
		}
	});

	it('grants without a scope id never match a record without one', () => {
		const broken = user('broken', [
			{ role: 'manager', bodyId: null },
			{ role: 'provider', organisationId: null },
			{ role: 'coordinator', areaId: null }
		]);
		expect(can(broken, 'test.manager', { bodyId: null })).toBe(false);
		expect(can(broken, 'test.provider', { organisationId: null })).toBe(false);
		expect(can(broken, 'test.coordinator', { areaIds: [] })).toBe(false);
	});

	it('the system may do everything', () => {
		for (const action of Object.keys(MATRIX)) expect(can(systemActor('job'), action)).toBe(true);
	});

	it('authorize: 401 for the public, 403 for a signed-in user without the permission', () => {
		expect(() => authorize(ANONYMOUS, 'admin.users.manage')).toThrow(UnauthorizedError);
		expect(() => authorize(ACTORS.plain, 'admin.users.manage')).toThrow(ForbiddenError);
		expect(() => authorize(ACTORS.admin, 'admin.users.manage')).not.toThrow();
		expect(() => authorize(ANONYMOUS, 'health.read')).not.toThrow();
	});

	it('refuses unknown and twice-defined permissions', () => {
		expect(() => can(ACTORS.admin, 'no.such.action')).toThrow(/Unknown permission/);
		expect(() => definePermissions({ 'test.owner': { description: 'x' } })).toThrow(/twice/);
	});
});
