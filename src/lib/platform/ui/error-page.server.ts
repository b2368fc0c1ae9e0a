/**
 * What an error page (and a JSON error body) may show. Service errors (`AppError`) keep their
 * status and Czech message; framework errors (404, 405…) get Czech text; anything unexpected
 * becomes a 500 with a short error id that is logged with the full error – never the stack.
 */
import { randomBytes } from 'node:crypto';
import { isAppError } from '../http/errors.ts';
import { m } from '#lib/paraglide/messages.js';

export interface CaughtForPage {
	kind: 'app' | 'framework' | 'validation' | 'unknown';
	error: unknown;
	event: { request: Request; url: URL };
}

export interface ErrorPageBody {
	status?: number;
	message?: string;
	errorId?: string;
}

type Logger = (message: string, error: unknown) => void;

/** Short, readable id to quote on the phone: `E-7K2M9QXD`. */
export function newErrorId(): string {
	const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
	return `E-${[...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

function frameworkMessage(status: number): string {
	if (status === 404) return m.ui_error_404_text();
	if (status === 405) return m.ui_error_405_text();
	if (status === 413) return m.ui_error_413_text();
	if (status === 403) return m.ui_error_403_text();
	return m.ui_error_4xx_text();
}

/** The body of `handleError`: map the caught error to status + safe message (+ id for 500s). */
export function errorPageBody(
	caught: CaughtForPage,
	log: Logger = (message, error) => console.error(message, error)
): ErrorPageBody {
	const { kind, error, event } = caught;
	if (kind === 'app') return {};
	if (kind === 'framework') {
		const status = (error as { status: number }).status;
		return { status, message: frameworkMessage(status) };
	}
	if (kind === 'validation') return { status: 400, message: m.ui_error_4xx_text() };
	if (isAppError(error)) return { status: error.status, message: error.message };
	const errorId = newErrorId();
	log(`[${errorId}] ${event.request.method} ${event.url.pathname}`, error);
	return { status: 500, message: m.ui_error_500_title(), errorId };
}
