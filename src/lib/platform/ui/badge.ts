/** Tones of the status `Badge` (a plain module, so non-Svelte code and plain `tsc` can use the type). */
export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info';
