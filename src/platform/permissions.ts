// Authorisation by named ability, in one place. A role grants abilities,
// scoped to the instellingscode or gemeentecode it was given for. Every route and use case
// asks here; nothing else decides who may do what.

/** The roles of the service (R-AUTH-3). Platform vocabulary: the guard below decides by them. */
export const ROLLEN = ['melder', 'beheerder_onderwijs', 'gemeente_behandelaar', 'functioneel_beheerder'] as const;
export type Rol = (typeof ROLLEN)[number];

export type Scope = 'instelling' | 'gemeente' | 'geen';

export const ABILITIES = {
  'verzuim.opvoeren': { rollen: ['melder'], scope: 'instelling' },
  'verzuim.raadplegen': { rollen: ['melder'], scope: 'instelling' },
  'locaties.beheren': { rollen: ['beheerder_onderwijs'], scope: 'instelling' },
  'contactpersonen.beheren': { rollen: ['beheerder_onderwijs'], scope: 'instelling' },
  'meldingen.behandelen': { rollen: ['gemeente_behandelaar'], scope: 'gemeente' },
  'vrijstellingen.beheren': { rollen: ['gemeente_behandelaar'], scope: 'gemeente' },
  'gebruikers.beheren': { rollen: ['functioneel_beheerder'], scope: 'geen' },
  'registers.beheren': { rollen: ['functioneel_beheerder'], scope: 'geen' },
  'audit.inzien': { rollen: ['functioneel_beheerder'], scope: 'geen' },
  'mails.inzien': { rollen: ['functioneel_beheerder'], scope: 'geen' },
  /** Registering the machines that use the API (issue 16), with their keys and scopes. */
  'koppelingen.beheren': { rollen: ['functioneel_beheerder'], scope: 'geen' },
} as const satisfies Record<string, { rollen: readonly Rol[]; scope: Scope }>;

export type Ability = keyof typeof ABILITIES;

export interface RolToekenning {
  rol: Rol;
  instellingscode: string | null;
  gemeentecode: string | null;
}

export interface CurrentUser {
  id: string;
  gebruikersnaam: string;
  weergavenaam: string;
  rollen: RolToekenning[];
}

/** The user a request works for: none when unknown or blocked (their session then ends). */
export function activeUser(row: (CurrentUser & { geblokkeerd: boolean }) | null | undefined): CurrentUser | null {
  if (!row || row.geblokkeerd) return null;
  return { id: row.id, gebruikersnaam: row.gebruikersnaam, weergavenaam: row.weergavenaam, rollen: row.rollen };
}

export function scopeOf(ability: Ability): Scope {
  return ABILITIES[ability].scope;
}

/** The codes (instellingscodes or gemeentecodes) for which the user has the ability, sorted. */
export function scopesFor(user: CurrentUser, ability: Ability): string[] {
  const { rollen, scope } = ABILITIES[ability];
  const granted = user.rollen.filter((r) => (rollen as readonly Rol[]).includes(r.rol));
  const codes = granted.map((r) => (scope === 'instelling' ? r.instellingscode : scope === 'gemeente' ? r.gemeentecode : '*'));
  return [...new Set(codes.filter((c): c is string => c !== null))].sort();
}

/**
 * Whether the user may use the ability; for a scoped ability, for that code.
 * @example can(user, 'locaties.beheren', '00AA')
 */
export function can(user: CurrentUser | null, ability: Ability, code?: string | null): boolean {
  if (!user) return false;
  const codes = scopesFor(user, ability);
  if (scopeOf(ability) === 'geen') return codes.length > 0;
  return code ? codes.includes(code) : codes.length > 0;
}

/** Every instellingscode or gemeentecode the user holds any role for (for the chooser, R-AUTH-2). */
export function allScopes(user: CurrentUser, scope: 'instelling' | 'gemeente'): string[] {
  const codes = user.rollen.map((r) => (scope === 'instelling' ? r.instellingscode : r.gemeentecode));
  return [...new Set(codes.filter((c): c is string => c !== null))].sort();
}
