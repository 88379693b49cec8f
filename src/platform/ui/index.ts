/**
 * The shared page components (docs/architecture.md, platform/ui): one import for a module's views.
 * Pure helpers (overview state) are exported too, so routes and rules can use them; dates live
 * in platform/datum.ts.
 */
export * from './assets';
export * from './choices';
export * from './error-pages';
export * from './error-summary';
export * from './fields';
export * from './help-text';
export * from './layout';
export * from './overzicht';
export * from './overzicht-state';
export * from './privacy-warning';
export * from './summary-list';
export { DateInput, type DateInputProps } from './date-input';
