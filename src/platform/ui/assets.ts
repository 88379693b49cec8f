/**
 * The files a page loads, in one list, so the layout and the static-file routes agree.
 * Everything comes from our own origin (strict CSP; no CDN). Order matters: tokens, then the
 * Utrecht components that read them, then our own CSS that overrides both.
 */

/** Vendor CSS the server serves from node_modules: URL path → file relative to node_modules. */
export const VENDOR_FILES = [
  { url: '/static/vendor/utrecht/design-tokens.css', file: '@utrecht/design-tokens/dist/theme.css' },
  { url: '/static/vendor/utrecht/component-library.css', file: '@utrecht/component-library-css/dist/index.css' },
] as const;

/** Stylesheets for screen (and print, which starts from the screen look). */
export const STYLESHEETS: readonly string[] = [
  ...VENDOR_FILES.map((v) => v.url),
  '/static/css/app.css',
  '/static/css/forms.css',
  '/static/css/overzicht.css',
];
/** Loaded with media="print" on top of the others. */
export const PRINT_STYLESHEET = '/static/css/print.css';
/**
 * `defer`, and every page works without them: the print button (R-UI-4), and forms' questions
 * that apply only with some answers (formulier.js).
 */
export const SCRIPTS: readonly string[] = ['/static/js/print.js', '/static/js/formulier.js'];
