import { describe, expect, it } from 'vitest';
import { grantsFromForm, remapGrantErrors } from './user.form.ts';

const BODY = '55555555-5555-4555-8555-555555555555';

describe('user admin form', () => {
	it('reads kept grants and the new one', () => {
		const { grants, newIndex } = grantsFromForm({
			keepGrant: ['admin|||', `member||${BODY}|`, 'nesmysl'],
			role: 'coordinator',
			areaId: ' '
		});
		expect(grants).toEqual([
			{ role: 'admin', areaId: null, bodyId: null, organisationId: null },
			{ role: 'member', areaId: null, bodyId: BODY, organisationId: null },
			{ role: 'coordinator', areaId: null, bodyId: null, organisationId: null }
		]);
		expect(newIndex).toBe(2);
		expect(grantsFromForm({ role: '' })).toEqual({ grants: [], newIndex: null });
	});

	it('puts errors of the new grant on its fields, others on the grant list', () => {
		expect(
			remapGrantErrors(
				{ 'grants.2.areaId': ['a'], 'grants.0.bodyId': ['b'], grants: ['c'], name: ['d'] },
				2
			)
		).toEqual({ areaId: ['a'], grants: ['b', 'c'], name: ['d'] });
	});
});
