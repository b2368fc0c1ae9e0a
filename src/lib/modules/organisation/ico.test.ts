import { describe, expect, it } from 'vitest';
import { isValidIco, normalizeIco } from './ico.ts';

describe('IČO', () => {
	it('accepts valid identifiers (e.g. Statutární město Liberec, Moravskoslezský kraj)', () => {
		expect(isValidIco('00262978')).toBe(true);
		expect(isValidIco('70890692')).toBe(true);
		expect(isValidIco('25394495')).toBe(true);
	});

	it('pads short numbers and ignores spaces', () => {
		expect(normalizeIco('262978')).toBe('00262978');
		expect(isValidIco('002 62 978')).toBe(true);
	});

	it('rejects a wrong check digit, letters and wrong length', () => {
		expect(isValidIco('00262979')).toBe(false);
		expect(isValidIco('0026297A')).toBe(false);
		expect(isValidIco('123456789')).toBe(false);
		expect(isValidIco('')).toBe(false);
	});
});
