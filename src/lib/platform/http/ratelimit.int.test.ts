import { describe, expect, it } from 'vitest';
import { db } from '../db/client.server.ts';
import { useTestDatabase } from '../db/testing.server.ts';
import { RateLimitError } from './errors.ts';
import { assertWithinLimit } from './ratelimit.server.ts';
import { rateLimits } from './ratelimit.schema.ts';

useTestDatabase();

describe('assertWithinLimit', () => {
	const rule = { limit: 3, windowMs: 60_000 };
	const t0 = new Date('2026-11-22T10:00:05Z');

	it('allows the limit, refuses the next hit in Czech, and starts again in the next window', async () => {
		for (let i = 0; i < 3; i++) await assertWithinLimit('test', '10.0.0.1', rule, t0);
		const refused = await assertWithinLimit('test', '10.0.0.1', rule, t0).catch((e) => e);
		expect(refused).toBeInstanceOf(RateLimitError);
		expect(refused.message).toContain('Zkuste to prosím znovu za 1 minutu');
		expect(refused.retryAfterSeconds).toBe(55);
		// Another client and another bucket are counted apart.
		await assertWithinLimit('test', '10.0.0.2', rule, t0);
		await assertWithinLimit('other', '10.0.0.1', rule, t0);
		// The next window starts empty and removes the old one.
		await assertWithinLimit('test', '10.0.0.1', rule, new Date(t0.getTime() + 60_000));
		const rows = await db().select().from(rateLimits);
		expect(rows.every((r) => !r.key.includes('10.0.0'))).toBe(true);
		expect(rows.filter((r) => r.key.startsWith('test:')).length).toBe(2);
	});
});
