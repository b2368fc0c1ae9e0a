/** UI kit: accessible Svelte components shared by all modules. */
export { default as Field } from './Field.svelte';
export { default as ErrorSummary } from './ErrorSummary.svelte';
