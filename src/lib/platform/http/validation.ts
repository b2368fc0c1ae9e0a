/**
 * Input validation at the edge: zod schemas with Czech messages, form-data parsing, and one
 * `parseInput` that throws `ValidationError` with field errors.
 */
import { z } from 'zod';
import { ValidationError, type FieldErrors } from './errors.ts';
import { plural } from '../i18n/plural.ts';

const chars = (n: number) => plural(n, ['znak', 'znaky', 'znaků']);

/** Czech messages for zod issues (installed once, globally). */
export const czechErrorMap: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined || issue.input === null || issue.input === '') {
				return 'Toto pole je povinné.';
			}
			if (issue.expected === 'number' || issue.expected === 'int') return 'Zadejte číslo.';
			if (issue.expected === 'date') return 'Zadejte platné datum.';
			return 'Neplatná hodnota.';
		case 'too_small':
			if (issue.origin === 'string') {
				return Number(issue.minimum) <= 1
					? 'Toto pole je povinné.'
					: `Zadejte alespoň ${issue.minimum} ${chars(Number(issue.minimum))}.`;
			}
			if (issue.origin === 'array' || issue.origin === 'set') {
				return `Vyberte alespoň ${issue.minimum}.`;
			}
			return `Hodnota musí být alespoň ${issue.minimum}.`;
		case 'too_big':
			if (issue.origin === 'string') {
				return `Zadejte nejvýše ${issue.maximum} ${chars(Number(issue.maximum))}.`;
			}
			if (issue.origin === 'array' || issue.origin === 'set') {
				return `Vyberte nejvýše ${issue.maximum}.`;
			}
			return `Hodnota může být nejvýše ${issue.maximum}.`;
		case 'invalid_format':
			if (issue.format === 'email') {
				return 'Zadejte platnou e-mailovou adresu (např. jana@obec.cz).';
			}
			if (issue.format === 'url') return 'Zadejte platnou adresu začínající http:// nebo https://.';
			if (issue.format === 'uuid') return 'Neplatný identifikátor.';
			if (issue.format === 'date' || issue.format === 'datetime') return 'Zadejte platné datum.';
			return 'Hodnota nemá správný formát.';
		case 'invalid_value':
			return 'Vyberte jednu z nabízených možností.';
		case 'not_multiple_of':
			return `Hodnota musí být násobkem ${issue.divisor}.`;
		case 'unrecognized_keys':
			return `Neznámá pole: ${issue.keys.join(', ')}.`;
		default:
			return 'Neplatná hodnota.';
	}
};

z.config({ customError: czechErrorMap });

/** Turn zod issues into `{ field: [messages] }` (nested paths joined with dots). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
	const fields: FieldErrors = {};
	for (const issue of error.issues) {
		const key = issue.path.length ? issue.path.join('.') : '_form';
		(fields[key] ??= []).push(issue.message);
	}
	return fields;
}

/** Validate `input`; throws `ValidationError` (400) with Czech field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const result = schema.safeParse(input);
	if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
	return result.data;
}

/**
 * Form data → plain object. Repeated names become arrays; empty strings are kept (schemas decide
 * whether '' means "missing"). Files are skipped; read them with `formData.get` explicitly.
 */
export function formToObject(form: FormData): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value !== 'string') continue;
		const existing = out[key];
		if (existing === undefined) out[key] = value;
		else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
	}
	return out;
}

/** Common field schemas with trimming. */
export const fields = {
	text: (max = 500) => z.string().trim().min(1).max(max),
	optionalText: (max = 5000) =>
		z
			.string()
			.trim()
			.max(max)
			.optional()
			.transform((v) => (v ? v : null)),
	email: () => z.string().trim().toLowerCase().pipe(z.email()),
	uuid: () => z.uuid(),
	/** `version` hidden field of optimistic locking. */
	version: () => z.coerce.number().int().min(1)
};
