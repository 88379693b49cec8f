// An API operation is declared once: method, path, operationId, Dutch summary and description,
// tags, the scope it needs, and zod schemas for its path parameters, query, body and every
// response. The same declaration registers the Fastify route (plugin.ts, validating with these
// schemas) and writes the OpenAPI document (openapi.ts), so the document cannot say other than
// what the route does.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ApiClient, ApiScope } from './client';
import type { ProbleemStatus } from './problem';

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiHeaderDoc {
  description: string;
  schema: z.ZodType;
}

export interface ApiResponseDoc {
  description: string;
  /** The JSON body (application/json); none for 204. */
  schema?: z.ZodType;
  /** Headers besides API-Version, which every answer carries. */
  headers?: Record<string, ApiHeaderDoc>;
}

/** What a handler answers: a status its declaration documents, a body, extra headers. */
export interface ApiAntwoord {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiContext<P, Q, B> {
  client: ApiClient;
  params: P;
  query: Q;
  body: B;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface ApiOperationSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: ApiMethod;
  /** Below /api/v1, in OpenAPI's form: `/meldingen/{meldingnummer}`. */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tags: readonly string[];
  scope: ApiScope;
  params?: P;
  query?: Q;
  body?: B;
  /** The successful answers; the platform adds the problem answers it can give. */
  responses: Readonly<Record<number, ApiResponseDoc>>;
  /** Problem answers beyond those the platform derives from the declaration (e.g. 409, 410). */
  problemen?: readonly ProbleemStatus[];
  handler(ctx: ApiContext<z.output<P>, z.output<Q>, z.output<B>>): Promise<ApiAntwoord>;
}

/** An operation with its schema types erased, as the registry holds it. */
export interface ApiOperation {
  method: ApiMethod;
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tags: readonly string[];
  scope: ApiScope;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  responses: Readonly<Record<number, ApiResponseDoc>>;
  problemen?: readonly ProbleemStatus[];
  handler(ctx: ApiContext<unknown, unknown, unknown>): Promise<ApiAntwoord>;
}

/** Declares an operation; the handler gets the parsed params, query and body in their schemas' types. */
export function defineOperation<P extends z.ZodType = z.ZodNever, Q extends z.ZodType = z.ZodNever, B extends z.ZodType = z.ZodNever>(spec: ApiOperationSpec<P, Q, B>): ApiOperation {
  // The platform calls the handler only with values these schemas parsed (plugin.ts).
  return spec;
}

/** `/meldingen/{meldingnummer}` → `/meldingen/:meldingnummer` (Fastify's form). */
export const fastifyPad = (pad: string): string => pad.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, ':$1');

/** A path pattern as a regular expression over a concrete path (for 405: which methods exist here). */
export const padPatroon = (pad: string): RegExp => new RegExp(`^${pad.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[A-Za-z][A-Za-z0-9]*\\?\}/g, '[^/]+')}$`);
