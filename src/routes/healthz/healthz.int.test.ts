import { describe, expect, it } from 'vitest';
import { openPglite, setDatabase } from '#lib/platform/db/client.server.ts';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
import { callEndpoint } from '#lib/platform/http/api.testing.server.ts';
import { GET } from './+server.ts';

const testDb = useTestDatabase();

describe('GET /healthz', () => {
	it('reports ok and the database kind', async () => {
		const res = await callEndpoint(GET, { url: '/healthz' });
		expect(res.status).toBe(200);
		expect(res.json).toEqual({ status: 'ok', database: testDb.current().kind });
		expect(res.headers.get('cache-control')).toBe('no-store');
	});

	it('answers 503 when the database does not answer', async () => {
		const broken = await openPglite(undefined);
		await broken.close();
		setDatabase(broken);
		try {
			const res = await callEndpoint(GET, { url: '/healthz' });
			expect(res.status).toBe(503);
			expect(res.json).toEqual({ status: 'error', database: 'pglite' });
		} finally {
			setDatabase(testDb.current());
		}
	});
});
