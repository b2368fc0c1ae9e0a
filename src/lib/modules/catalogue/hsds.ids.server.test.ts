import { describe, expect, it } from 'vitest';
import { hsdsIds, uuidV5 } from './hsds.ids.server.ts';

describe('uuidV5', () => {
	it('matches the RFC 4122 example (DNS namespace, "www.example.com")', () => {
		expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
			'2ed6657d-e927-568b-95e1-2665a8aea6a2'
		);
	});

	it('is stable and distinguishes names', () => {
		expect(hsdsIds.term('kinds', '49')).toBe(hsdsIds.term('kinds', '49'));
		expect(hsdsIds.term('kinds', '49')).not.toBe(hsdsIds.term('forms', '49'));
		expect(hsdsIds.taxonomy('kinds')).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
	});
});
