import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './env.server.ts';

describe('parseEnv', () => {
	it('applies defaults for an empty environment', () => {
		const env = parseEnv({});
		expect(env.PORT).toBe(3000);
		expect(env.DATA_DIR).toBe('./data');
		expect(env.DATABASE_URL).toBeUndefined();
		expect(env.SOUHRA_DEMO).toBe(true);
	});

	it('reads SOUHRA_DEMO=0 as off', () => {
		expect(parseEnv({ SOUHRA_DEMO: '0' }).SOUHRA_DEMO).toBe(false);
	});

	it('names every bad variable in Czech', () => {
		try {
			parseEnv({ PORT: 'abc', DATABASE_URL: 'mysql://x', PUBLIC_URL: 'nope' });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ConfigError);
			const problems = (error as ConfigError).problems.join('\n');
			expect(problems).toContain('PORT');
			expect(problems).toContain('DATABASE_URL: musí začínat postgres://');
			expect(problems).toContain('PUBLIC_URL');
		}
	});

	it('requires S3 credentials when the s3 driver is chosen', () => {
		expect(() => parseEnv({ FILES_DRIVER: 's3' })).toThrow(/S3_BUCKET/);
	});
});
