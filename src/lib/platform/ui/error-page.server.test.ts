import { describe, expect, it, vi } from 'vitest';
import { errorPageBody, newErrorId } from './error-page.server.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../http/errors.ts';

const event = {
	request: new Request('http://localhost/sprava/x'),
	url: new URL('http://localhost/sprava/x')
};

describe('errorPageBody', () => {
	it('keeps the status and Czech message of service errors', () => {
		const log = vi.fn();
		expect(errorPageBody({ kind: 'unknown', error: new UnauthorizedError(), event }, log)).toEqual({
			status: 401,
			message: 'Pro tuto akci se musíte přihlásit.'
		});
		expect(errorPageBody({ kind: 'unknown', error: new ForbiddenError(), event }, log).status).toBe(
			403
		);
		expect(
			errorPageBody(
				{ kind: 'unknown', error: new NotFoundError('Jednání nebylo nalezeno.'), event },
				log
			)
		).toEqual({ status: 404, message: 'Jednání nebylo nalezeno.' });
		expect(log).not.toHaveBeenCalled();
	});

	it('translates framework errors to Czech', () => {
		expect(
			errorPageBody({ kind: 'framework', error: { status: 404, message: 'Not Found' }, event })
		).toEqual({ status: 404, message: 'Stránka, kterou hledáte, neexistuje nebo byla přesunuta.' });
		expect(
			errorPageBody({
				kind: 'framework',
				error: { status: 405, message: 'Method Not Allowed' },
				event
			}).message
		).toMatch(/nepodporuje/);
	});

	it('leaves errors thrown with error() as they are', () => {
		expect(errorPageBody({ kind: 'app', error: { status: 410, message: 'Pryč' }, event })).toEqual(
			{}
		);
	});

	it('hides unexpected errors behind a logged error id', () => {
		const log = vi.fn();
		const boom = new Error('relation "secret_table" does not exist');
		const body = errorPageBody({ kind: 'unknown', error: boom, event }, log);
		expect(body.status).toBe(500);
		expect(body.message).toBe('Něco se pokazilo');
		expect(body.errorId).toMatch(/^E-[2-9A-Z]{8}$/);
		expect(JSON.stringify(body)).not.toContain('secret_table');
		expect(log).toHaveBeenCalledWith(`[${body.errorId}] GET /sprava/x`, boom);
	});

	it('makes distinct ids', () => {
		const ids = new Set(Array.from({ length: 50 }, newErrorId));
		expect(ids.size).toBe(50);
	});
});
