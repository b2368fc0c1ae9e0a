/**
 * The editor page has many small forms; a failed action names its form in `values.scope`.
 * These helpers pick the failure of one form and give its fields unique ids
 * (`field-<name>-<suffix>`) so the error summary links to the right input.
 */
export interface Failure {
	errors: Record<string, string[]>;
	message: string;
	values: Record<string, string | string[]>;
	current?: Record<string, unknown>;
}

export interface Preview {
	scope: string;
	html: string;
	values: Record<string, string | string[]>;
}

/** The failure of the form `scope`, or null when another form (or none) failed. */
export function failureOf(form: unknown, scope: string): Failure | null {
	const f = form as Partial<Failure> | null | undefined;
	if (!f || !f.values || !f.errors) return null;
	return f.values.scope === scope ? (f as Failure) : null;
}

/** The preview returned for the form `scope`, if any. */
export function previewOf(form: unknown, scope: string): Preview | null {
	const p = (form as { preview?: Preview } | null | undefined)?.preview;
	return p && p.scope === scope ? p : null;
}

/** A kept value of a failed form (first one when repeated). */
export function kept(values: Failure['values'] | undefined, name: string): string | undefined {
	const v = values?.[name];
	return Array.isArray(v) ? v[0] : v;
}

/** Error keys suffixed like the field ids (unknown fields go to `_form`), plus labels for the summary. */
export function summaryOf(
	failure: Failure | null,
	suffix: string,
	labels: Record<string, string>
): { errors: Record<string, string[]>; labels: Record<string, string> } {
	const errors: Record<string, string[]> = {};
	const out: Record<string, string> = {};
	for (const [key, messages] of Object.entries(failure?.errors ?? {})) {
		// Errors of fields this form does not have (e.g. the meeting's state) are not linked.
		const id = labels[key] ? `${key}-${suffix}` : '_form';
		errors[id] = [...(errors[id] ?? []), ...messages];
		if (labels[key]) out[id] = labels[key];
	}
	return { errors, labels: out };
}

/** A task row as the editor shows it (see `presentTask`). */
export interface TaskRow {
	id: string;
	text: string;
	responsible: string;
	due: string;
	status: 'open' | 'done' | 'cancelled';
	statusLabel: string;
	note: string | null;
	given: string;
	itemTitle: string | null;
	version: number;
}
