// The demo accounts: fixed names, one password and fixed TOTP secrets, so a newcomer can log
// in from the README. Only ever seeded into a database that has no users yet.
import type { Rol } from '../modules/auth/auth.tables';

export const DEMO_PASSWORD = 'Verzuimloket-demo-2026';

export interface DemoAccount {
  gebruikersnaam: string;
  weergavenaam: string;
  /** Base32, 32 characters (160 bits). */
  totpSecret: string;
  /** Which roles; the codes are picked from the imported registers at seeding time. */
  rollen: { rol: Rol; scope: 'instelling1' | 'instelling2' | 'gemeente1' | 'gemeente2' | null }[];
  wat: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    gebruikersnaam: 'melder',
    weergavenaam: 'Marieke de Melder',
    totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    rollen: [
      { rol: 'melder', scope: 'instelling1' },
      { rol: 'melder', scope: 'instelling2' },
    ],
    wat: 'verzuimloketmelder voor twee instellingen (kiest de instellingscode)',
  },
  {
    gebruikersnaam: 'schoolbeheer',
    weergavenaam: 'Bert Beheer',
    totpSecret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
    rollen: [{ rol: 'beheerder_onderwijs', scope: 'instelling1' }],
    wat: 'Verzuimloket beheerder onderwijs (locaties en contactpersonen)',
  },
  {
    gebruikersnaam: 'leerplicht',
    weergavenaam: 'Lotte Leerplicht',
    totpSecret: 'MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK',
    rollen: [{ rol: 'gemeente_behandelaar', scope: 'gemeente1' }],
    wat: 'leerplichtambtenaar (gemeente behandelaar)',
  },
  {
    gebruikersnaam: 'functioneelbeheer',
    weergavenaam: 'Frank Functioneel',
    totpSecret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
    rollen: [{ rol: 'functioneel_beheerder', scope: null }],
    wat: 'functioneel beheerder (gebruikers, registers, audit, e-mails)',
  },
];
