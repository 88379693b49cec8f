// Every error under /api/v1 is an application/problem+json answer (RFC 9457): type, title,
// status, detail (Dutch) and instance, and for invalid input `invalidParams` with the same Dutch
// message the page shows at the field. The schema here is the one the OpenAPI document
// references, so what is sent and what is documented cannot drift apart.
import { z } from 'zod';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** The problem types of this API: `type` is a URI reference into the reference page. */
export const PROBLEEM_TYPES = {
  400: 'ongeldig-verzoek',
  401: 'niet-geauthenticeerd',
  403: 'geen-toegang',
  404: 'niet-gevonden',
  405: 'methode-niet-toegestaan',
  406: 'niet-acceptabel',
  409: 'conflict',
  410: 'verlopen',
  413: 'te-groot',
  415: 'mediatype-niet-ondersteund',
  429: 'te-veel-verzoeken',
  500: 'interne-fout',
  503: 'niet-beschikbaar',
} as const satisfies Record<number, string>;
export type ProbleemStatus = keyof typeof PROBLEEM_TYPES;

export const invalidParamSchema = z
  .object({
    name: z.string().describe('Het veld: een JSON-pointer in de body (/dag/0/datum), of de naam van de query- of padparameter.'),
    code: z.string().describe('Wat er mis is, als code (bijvoorbeeld invalid_format, too_big, ongeldig_teken).'),
    reason: z.string().describe('Wat er mis is, in het Nederlands: dezelfde melding als het scherm bij het veld toont.'),
  })
  .describe('Een ongeldige parameter of een ongeldig veld.');
export type InvalidParam = z.infer<typeof invalidParamSchema>;

export const problemSchema = z
  .object({
    type: z.string().describe('URI-referentie naar de beschrijving van het soort fout.'),
    title: z.string().describe('Korte Nederlandse omschrijving van het soort fout.'),
    status: z.number().int().min(400).max(599).describe('De HTTP-statuscode van dit antwoord.'),
    detail: z.string().describe('Nederlandse uitleg van deze fout.'),
    instance: z.string().describe('Het pad van het verzoek waarop deze fout het antwoord is.'),
    invalidParams: z.array(invalidParamSchema).optional().describe('Bij ongeldige invoer: per veld wat er mis is.'),
  })
  .describe('Een fout volgens RFC 9457 (Problem Details for HTTP APIs).');
export type Problem = z.infer<typeof problemSchema>;

/** A problem a handler or the platform raises; the API's error handler sends it. */
export class ApiProblem extends Error {
  constructor(
    readonly status: ProbleemStatus,
    readonly title: string,
    readonly detail: string,
    readonly extra: { invalidParams?: InvalidParam[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }
}

export const probleemType = (status: ProbleemStatus, documentatie: string) => `${documentatie}#probleem-${PROBLEEM_TYPES[status]}`;
