/**
 * Property-based: whatever arrives at the login and create-user inputs, the services answer with
 * ValidationError / RateLimitError (never a crash), and never store an account with invalid data.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { db } from '../db/client.server.ts';
import { useTestDatabase } from '../db/testing.server.ts';
import { systemActor } from '../access/actor.ts';
import { RateLimitError, ValidationError } from '../http/errors.ts';
import { users } from './auth.schema.ts';
import { login } from './login.service.server.ts';
import { createUser } from './user.service.server.ts';

useTestDatabase();

const junk = fc.oneof(
	fc.anything(),
	fc.string(),
	fc.emailAddress(),
	fc.constant(''),
	fc.constant('   '),
	fc.string({ minLength: 300, maxLength: 2000 })
);

const loginInput = fc.oneof(
	fc.anything(),
	fc.record({ email: junk, password: junk }, { requiredKeys: [] }),
	fc.record({ email: fc.emailAddress(), password: fc.string({ maxLength: 40 }) })
);

const grantInput = fc.record(
	{
		role: fc.oneof(
			fc.constantFrom('admin', 'coordinator', 'manager', 'member', 'provider'),
			fc.string()
		),
		areaId: fc.oneof(fc.uuid(), fc.string(), fc.constant(null)),
		bodyId: fc.oneof(fc.uuid(), fc.constant('')),
		organisationId: fc.oneof(fc.uuid(), fc.anything())
	},
	{ requiredKeys: ['role'] }
);

const plausibleEmail = fc
	.tuple(fc.stringMatching(/^[a-z0-9._-]{1,12}$/), fc.stringMatching(/^[a-z0-9-]{1,10}$/))
	.map(([local, domain]) => `${local}@${domain}.cz`);

/** Mostly well-formed records, so the success path is exercised too. */
const plausibleCreate = fc.record({
	email: fc.oneof(
		plausibleEmail,
		plausibleEmail.map((e) => ` ${e.toUpperCase()} `)
	),
	name: fc.oneof(fc.string({ minLength: 1, maxLength: 210 }), fc.constant('Jana Nová')),
	password: fc.oneof(fc.string({ minLength: 8, maxLength: 210 }), fc.constant(undefined)),
	locale: fc.constantFrom('cs', 'en', 'de'),
	grants: fc.array(grantInput, { maxLength: 2 }),
	sendInvitation: fc.boolean()
});

const createInput = fc.oneof(
	plausibleCreate,
	plausibleCreate,
	fc.anything(),
	fc.record(
		{
			email: fc.oneof(fc.emailAddress(), junk),
			name: fc.oneof(fc.string({ maxLength: 250 }), junk),
			password: fc.oneof(fc.string({ maxLength: 250 }), junk),
			locale: fc.oneof(fc.constantFrom('cs', 'en'), junk),
			grants: fc.oneof(fc.array(grantInput, { maxLength: 3 }), junk),
			sendInvitation: fc.oneof(fc.boolean(), junk)
		},
		{ requiredKeys: [] }
	)
);

function expectOnlyUserErrors(error: unknown): void {
	expect(error instanceof ValidationError || error instanceof RateLimitError).toBe(true);
}

describe('input robustness', () => {
	it('login never throws anything but ValidationError or RateLimitError', async () => {
		await fc.assert(
			fc.asyncProperty(loginInput, async (input) => {
				try {
					await login(input, { ip: '203.0.113.1' });
					throw new Error('random input must not log anyone in');
				} catch (error) {
					expectOnlyUserErrors(error);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('createUser rejects bad input with ValidationError and stores only valid accounts', async () => {
		const admin = systemActor('property-test');
		let created = 0;
		await fc.assert(
			fc.asyncProperty(createInput, async (input) => {
				try {
					const user = await createUser(admin, input);
					created++;
					expect(user.email).toBe(user.email.trim().toLowerCase());
					expect(user.email).toMatch(/^[^@\s]+@[^@\s]+$/);
					expect(user.name.trim()).toBe(user.name);
					expect(user.name.length).toBeGreaterThan(0);
					expect(user.name.length).toBeLessThanOrEqual(200);
					expect(['cs', 'en']).toContain(user.locale);
					for (const g of user.grants) {
						if (g.role === 'coordinator') expect(g.areaId).toMatch(/^[0-9a-f-]{36}$/);
						if (g.role === 'provider') expect(g.organisationId).toMatch(/^[0-9a-f-]{36}$/);
					}
					const pw = (input as { password?: unknown }).password;
					if (typeof pw === 'string' && pw !== '') expect(pw.length).toBeGreaterThanOrEqual(10);
				} catch (error) {
					expectOnlyUserErrors(error);
				}
			}),
			{ numRuns: 150 }
		);
		// The generators must also reach the success path, or the property proves little.
		expect(created).toBeGreaterThan(0);
		const rows = await db().select().from(users);
		expect(rows).toHaveLength(created);
		for (const row of rows) {
			expect(row.email).toBe(row.email.toLowerCase());
			expect(row.name.length).toBeGreaterThan(0);
		}
	});
});
