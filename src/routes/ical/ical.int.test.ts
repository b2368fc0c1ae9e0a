import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '#lib/platform/db/testing.server.ts';
// eslint-disable-next-line no-restricted-imports -- test-only dataset of the meetings module, kept out of its public door
import {
	insertOutputsDataset,
	type OutputsDataset
} from '#lib/modules/meetings/outputs.testing.server.ts';
import { GET as bodyFeed } from './bodies/[id].ics/+server.ts';
import { GET as areaFeed } from './areas/[id].ics/+server.ts';

useTestDatabase();

let data: OutputsDataset;
beforeAll(async () => {
	data = await insertOutputsDataset();
});

type Handler = (event: never) => Response | Promise<Response>;
/** Call a GET handler like SvelteKit would; `error()` becomes its status. */
async function call(handler: Handler, id: string, path: string): Promise<Response> {
	const url = new URL(`http://localhost${path}`);
	try {
		return await handler({
			params: { id },
			url,
			locals: { actor: { kind: 'anonymous' } }
		} as never);
	} catch (caught) {
		const status = (caught as { status?: number }).status;
		if (!status) throw caught;
		return new Response((caught as { body?: { message?: string } }).body?.message ?? '', {
			status
		});
	}
}

describe('GET /ical/bodies/[id].ics', () => {
	it('serves the public feed of a body to anyone', async () => {
		const res = await call(bodyFeed, data.bodyId, `/ical/bodies/${data.bodyId}.ics`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(res.headers.get('cache-control')).toBe('public, max-age=300');
		const text = await res.text();
		expect(text).toContain(`UID:${data.meetingId}@souhra`);
		expect(text).toContain('STATUS:CANCELLED');
		expect(text.replace(/\r\n[ \t]/g, '')).toContain(
			`URL;VALUE=URI:http://localhost/skupiny/${data.bodyId}`
		);
	});

	it('answers 400 for a malformed id and 404 for an unknown one', async () => {
		expect((await call(bodyFeed, 'nic', '/ical/bodies/nic.ics')).status).toBe(400);
		const unknown = await call(bodyFeed, '00000000-0000-4000-8000-00000000dead', '/x');
		expect(unknown.status).toBe(404);
		expect(await unknown.text()).toBe('Skupina nebyla nalezena.');
	});
});

describe('GET /ical/areas/[id].ics', () => {
	it('serves the feed of an area, 400 and 404 otherwise', async () => {
		const res = await call(areaFeed, data.areaId, `/ical/areas/${data.areaId}.ics`);
		expect(res.status).toBe(200);
		const text = await res.text();
		expect(text).toContain(`UID:${data.meetingId}@souhra`);
		expect(text).not.toContain(data.otherAreaMeetingId);
		expect((await call(areaFeed, '123', '/x')).status).toBe(400);
		expect((await call(areaFeed, '00000000-0000-4000-8000-00000000dead', '/x')).status).toBe(404);
	});
});
