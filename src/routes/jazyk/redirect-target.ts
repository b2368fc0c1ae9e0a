/** Where the language switch may send the user back to: same-site paths only. */
export function safeRedirectTarget(value: FormDataEntryValue | null): string {
	if (typeof value !== 'string' || !value.startsWith('/')) return '/';
	// "//evil.example" and "/\evil.example" are protocol-relative in browsers.
	if (value.startsWith('//') || value.startsWith('/\\') || /[\r\n\t]/.test(value)) return '/';
	return value;
}
