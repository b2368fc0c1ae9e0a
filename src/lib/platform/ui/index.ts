/**
 * UI kit: accessible Svelte components shared by all modules. Global styles live in styles.css
 * (imported once by the root layout): plain semantic HTML is styled; extra classes are
 * `button` (on links), `secondary` / `danger` / `link` (on buttons), `actions`, `grid` + `card`,
 * `lead`, `muted`, `num` (numeric cells), `visually-hidden`.
 */
export { default as Field } from './Field.svelte';
export { default as Select, type SelectOption } from './Select.svelte';
export { default as Checkbox } from './Checkbox.svelte';
export { default as ErrorSummary } from './ErrorSummary.svelte';
export { default as Pagination } from './Pagination.svelte';
export { default as SortHeader } from './SortHeader.svelte';
export { default as EmptyState } from './EmptyState.svelte';
export { default as Flash } from './Flash.svelte';
export { default as Breadcrumbs, type Crumb } from './Breadcrumbs.svelte';
export { default as Badge } from './Badge.svelte';
export type { BadgeTone } from './badge.ts';
export { default as ProgressBar } from './ProgressBar.svelte';
export { default as ConfirmButton } from './ConfirmButton.svelte';
export { default as TableScroll } from './TableScroll.svelte';
export { default as Icon, type IconName } from './Icon.svelte';
export { default as Logo } from './Logo.svelte';
export { clampPage, pageCountOf, paginate, pageWindow } from './pagination.ts';
export { sortParams, type SortDir } from './sort.ts';
