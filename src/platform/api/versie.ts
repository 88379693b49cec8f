// The API's version: the major in the path (/api/v1), the full version in every answer's
// API-Version header and in the OpenAPI document (NL GOV API Design Rules, /core/version-header).
// Raise the minor for an added field or operation, the patch for a fix; a breaking change is /api/v2.
export const API_VERSIE = '1.0.0';
export const API_PREFIX = '/api/v1';

/**
 * Whether a request is the API's. Fastify hands a hook added to the root to every child plugin,
 * also one registered before it, so the pages' pipeline (request-context.ts) asks this to stay
 * out of the API's way; the API's own plugin holds everything the API does instead.
 */
export const isApiPad = (url: string): boolean => url.startsWith(API_PREFIX) && (url.length === API_PREFIX.length || '/?#'.includes(url[API_PREFIX.length]!));
