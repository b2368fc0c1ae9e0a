import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './redirect-target.ts';

describe('safeRedirectTarget', () => {
	it('keeps local paths with query strings', () => {
		expect(safeRedirectTarget('/sprava/audit?strana=2')).toBe('/sprava/audit?strana=2');
		expect(safeRedirectTarget('/')).toBe('/');
	});

	it('rejects other sites and garbage', () => {
		expect(safeRedirectTarget('https://evil.example/')).toBe('/');
		expect(safeRedirectTarget('//evil.example/')).toBe('/');
		expect(safeRedirectTarget('/\\evil.example/')).toBe('/');
		expect(safeRedirectTarget('/a\r\nSet-Cookie: x=1')).toBe('/');
		expect(safeRedirectTarget(null)).toBe('/');
		expect(safeRedirectTarget('')).toBe('/');
	});
});
