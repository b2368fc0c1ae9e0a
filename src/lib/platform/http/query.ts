/** Query-string helpers without SvelteKit imports (safe for drizzle-kit, the CLI and the browser). */

/** `?a=1&a=2&b=3` → `{ a: ['1', '2'], b: '3' }`. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const [key, value] of params) {
		const existing = out[key];
		if (existing === undefined) out[key] = value;
		else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
	}
	return out;
}
