// The OpenAPI 3.1 document, written from the operations' declarations (operation.ts) with
// z.toJSONSchema: the schemas that validate a request are the ones documented. Every answer
// documents the API-Version header; every error is a problem+json answer of one shared schema.
import { z } from 'zod';
import { API_SCOPES } from './client';
import type { ApiOperation, ApiResponseDoc } from './operation';
import { PROBLEM_MEDIA_TYPE, problemSchema, type ProbleemStatus } from './problem';
import { API_VERSIE } from './versie';

type Json = Record<string, unknown>;

/** A schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without its own $schema line. */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

const HEADER_REF = { $ref: '#/components/headers/API-Version' };

/** The problem answers by status, as components.responses names them. */
export const PROBLEEM_ANTWOORDEN: Record<ProbleemStatus, { naam: string; description: string; headers?: Json }> = {
  400: { naam: 'OngeldigVerzoek', description: 'Ongeldige invoer: invalidParams noemt per parameter of veld wat er mis is.' },
  401: {
    naam: 'NietGeauthenticeerd',
    description: 'Geen, een ongeldig of een verlopen access token.',
    headers: { 'WWW-Authenticate': { description: 'Het authenticatieschema: Bearer.', schema: { type: 'string' } } },
  },
  403: { naam: 'GeenToegang', description: 'Het access token heeft niet de scope die deze bewerking vraagt.' },
  404: { naam: 'NietGevonden', description: 'De resource bestaat niet of is niet zichtbaar voor deze koppeling.' },
  405: { naam: 'MethodeNietToegestaan', description: 'Deze methode bestaat niet voor dit pad.' },
  406: { naam: 'NietAcceptabel', description: 'De Accept-header vraagt een mediatype dat deze resource niet heeft.' },
  409: { naam: 'Conflict', description: 'Het verzoek botst met de huidige toestand van de resource.' },
  410: { naam: 'Verlopen', description: 'Wat het verzoek aanwijst bestaat niet meer (bijvoorbeeld een cursor van voor de bewaartermijn).' },
  413: { naam: 'TeGroot', description: 'De body van het verzoek is te groot.' },
  415: { naam: 'MediatypeNietOndersteund', description: 'De body is geen application/json.' },
  429: { naam: 'TeVeelVerzoeken', description: 'Te veel verzoeken van deze koppeling.' },
  500: { naam: 'InterneFout', description: 'Een onverwachte fout; het antwoord noemt een referentie en geen details.' },
  503: {
    naam: 'NietBeschikbaar',
    description: 'De dienst is tijdelijk niet beschikbaar (bijvoorbeeld de database).',
    headers: { 'Retry-After': { description: 'Na hoeveel seconden een nieuwe poging zin heeft.', schema: { type: 'integer' } } },
  },
};

/** The problem statuses an operation can answer, from what it declares. */
export function probleemStatussen(op: ApiOperation): ProbleemStatus[] {
  const s: ProbleemStatus[] = [];
  if (op.params || op.query || op.body) s.push(400);
  s.push(401, 403, 404, 406, ...(op.problemen ?? []));
  if (op.body) s.push(413, 415);
  s.push(500, 503);
  return s;
}

function antwoord(doc: ApiResponseDoc): Json {
  const headers: Json = { 'API-Version': HEADER_REF };
  for (const [naam, h] of Object.entries(doc.headers ?? {})) headers[naam] = { description: h.description, schema: jsonSchema(h.schema, 'output') };
  return {
    description: doc.description,
    headers,
    ...(doc.schema ? { content: { 'application/json': { schema: jsonSchema(doc.schema, 'output') } } } : {}),
  };
}

function parameters(schema: z.ZodType | undefined, plaats: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const s = jsonSchema(schema, 'input');
  const verplicht = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries((s.properties as Record<string, Json> | undefined) ?? {}).map(([name, p]) => ({
    name,
    in: plaats,
    required: plaats === 'path' || verplicht.has(name),
    description: p.description,
    schema: p,
  }));
}

function operatie(op: ApiOperation): Json {
  const responses: Json = {};
  for (const [status, doc] of Object.entries(op.responses)) responses[status] = antwoord(doc);
  for (const status of probleemStatussen(op)) responses[String(status)] = { $ref: `#/components/responses/${PROBLEEM_ANTWOORDEN[status].naam}` };
  const params = [...parameters(op.params, 'path'), ...parameters(op.query, 'query')];
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: op.description,
    tags: [...op.tags],
    security: [{ oauth2: [op.scope] }],
    ...(params.length ? { parameters: params } : {}),
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
    responses,
  };
}

export interface DocumentOpties {
  /** The service's public address (BASE_URL). */
  baseUrl: string;
  tags: readonly { name: string; description: string }[];
}

export function openApiDocument(operations: readonly ApiOperation[], opties: DocumentOpties): Json {
  const paths: Record<string, Json> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method.toLowerCase()] = operatie(op);
  // Only the problem answers some operation gives: an unused component is noise (and a finding).
  const gebruikt = new Set(operations.flatMap(probleemStatussen));
  const responses: Json = {};
  for (const p of Object.entries(PROBLEEM_ANTWOORDEN).filter(([s]) => gebruikt.has(Number(s) as ProbleemStatus)).map(([, p]) => p)) {
    responses[p.naam] = {
      description: p.description,
      headers: { 'API-Version': HEADER_REF, ...(p.headers ?? {}) },
      content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Verzuimloket API',
      version: API_VERSIE,
      description:
        'De JSON API van het Verzuimloket: gemeenten en onderwijsinstellingen behandelen en melden verzuim machine tot machine. Volgt de NL GOV API Design Rules.',
      contact: { name: 'Functioneel beheer Verzuimloket', url: `${opties.baseUrl}/contact` },
    },
    servers: [{ url: `${opties.baseUrl}/api/v1`, description: 'Deze omgeving van het Verzuimloket.' }],
    tags: opties.tags.map((t) => ({ ...t })),
    paths,
    components: {
      schemas: gebruikt.size ? { Problem: jsonSchema(problemSchema, 'output') } : {},
      headers: operations.length
        ? { 'API-Version': { description: 'De volledige versie van de API (semver).', required: true, schema: { type: 'string', example: API_VERSIE } } }
        : {},
      responses,
      securitySchemes: {
        oauth2: {
          type: 'oauth2',
          description: 'OAuth 2.0 client credentials met private_key_jwt (NL GOV Assurance profile for OAuth 2.0).',
          flows: { clientCredentials: { tokenUrl: `${opties.baseUrl}/oauth/token`, scopes: { ...API_SCOPES } } },
        },
      },
    },
  };
}
