/**
 * Application errors thrown by services. Pages turn them into `fail(status, …)` or Czech error
 * pages; the API turns them into `application/problem+json`. User errors are never a 500.
 */
export type FieldErrors = Record<string, string[]>;

export abstract class AppError extends Error {
	abstract readonly status: number;
	/** Stable machine code, used as the problem `type` suffix. */
	abstract readonly code: string;
}

/** 400: invalid input; `fields` maps a field name to its Czech messages. */
export class ValidationError extends AppError {
	readonly status = 400;
	readonly code = 'validation';
	constructor(
		public readonly fields: FieldErrors,
		message = 'Formulář obsahuje chyby. Opravte prosím označená pole.'
	) {
		super(message);
		this.name = 'ValidationError';
	}
}

/** 401: the request needs a signed-in user or a valid API token. */
export class UnauthorizedError extends AppError {
	readonly status = 401;
	readonly code = 'unauthorized';
	constructor(message = 'Pro tuto akci se musíte přihlásit.') {
		super(message);
		this.name = 'UnauthorizedError';
	}
}

/** 403: signed in, but not allowed. */
export class ForbiddenError extends AppError {
	readonly status = 403;
	readonly code = 'forbidden';
	constructor(message = 'K této akci nemáte oprávnění.') {
		super(message);
		this.name = 'ForbiddenError';
	}
}

/** 404: the record does not exist (or the actor may not know it exists). */
export class NotFoundError extends AppError {
	readonly status = 404;
	readonly code = 'not-found';
	constructor(message = 'Záznam nebyl nalezen.') {
		super(message);
		this.name = 'NotFoundError';
	}
}

/** 409: someone else changed the record since it was loaded (optimistic locking), or a duplicate. */
export class ConflictError extends AppError {
	readonly status = 409;
	readonly code = 'conflict';
	constructor(
		message = 'Záznam mezitím změnil někdo jiný. Načtěte prosím aktuální verzi a změny proveďte znovu.',
		/** The current state of the record, so the UI can show both versions. */
		public readonly current?: Record<string, unknown>
	) {
		super(message);
		this.name = 'ConflictError';
	}
}

/** 429: too many attempts (login, public forms). */
export class RateLimitError extends AppError {
	readonly status = 429;
	readonly code = 'rate-limited';
	constructor(
		message: string,
		public readonly retryAfterSeconds: number
	) {
		super(message);
		this.name = 'RateLimitError';
	}
}

export function isAppError(error: unknown): error is AppError {
	return error instanceof AppError;
}
