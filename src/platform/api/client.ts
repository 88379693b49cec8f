// Who calls the JSON API (issue 16): a koppeling, a gemeente's case system or a school's
// administration system registered by functioneel beheer (modules/koppelingen), acting for the
// gemeenten or instellingen it was registered for. The API's routes see only this, whatever
// proved it (an access token from the token endpoint; a reverse proxy's client certificate
// later), so authorisation reads the same fields as a session's user.
import type { FastifyRequest } from 'fastify';

/** What a koppeling may do; an access token carries a subset of its registered scopes. */
export const API_SCOPES = {
  'meldingen:lezen': 'Meldingen en hun historie lezen, en de wijzigingenfeed volgen',
  'meldingen:behandelen': 'Meldingen behandelen: in behandeling nemen, terugkoppelen, afsluiten, routeren, overdragen',
  'vrijstellingen:beheren': 'Vrijstellingen registreren, wijzigen en beëindigen',
  'meldingen:indienen': 'Meldingen indienen, wijzigen en intrekken namens een instelling',
} as const;
export type ApiScope = keyof typeof API_SCOPES;

export interface ApiClient {
  /** The koppeling's id (uuid): the actor in the audit log. */
  id: string;
  naam: string;
  /** A gemeente's case system acts for gemeentecodes, a school's system for instellingscodes. */
  soort: 'gemeente' | 'school';
  /** The gemeentecodes or instellingscodes it acts for. */
  codes: readonly string[];
  /** The scopes granted to this access token. */
  scopes: readonly ApiScope[];
}

/** Why a request is not authenticated; the API answers 401 (403 for a missing scope). */
export type ApiAuthReden = 'ontbreekt' | 'ongeldig' | 'verlopen' | 'scope';

export class ApiAuthError extends Error {
  constructor(
    readonly reden: ApiAuthReden,
    message: string,
  ) {
    super(message);
    this.name = 'ApiAuthError';
  }
}

/** Reads and verifies the request's bearer token; throws ApiAuthError when absent or not valid. */
export type ApiAuthenticator = (request: FastifyRequest) => Promise<ApiClient>;
