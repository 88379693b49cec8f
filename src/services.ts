// The composition root: every service is built here from the database and
// config, once per app. Routes, the CLI and tests take what they need from `Services`.
import type { Config } from './config';
import type { DB } from './db/database';
import { sessieGebruiker } from './modules/auth/gebruikers.repository';
import { gebruikersService } from './modules/auth/gebruikers.service';
import { loginService } from './modules/auth/login.service';
import { contactpersonenService } from './modules/beheer/contactpersonen/contactpersonen.service';
import { locatiesService } from './modules/beheer/locaties/locaties.service';
import { gemeenteService } from './modules/gemeente/gemeente.service';
import { koppelingenServices } from './modules/koppelingen/koppelingen.services';
import { vrijstellingenService } from './modules/vrijstellingen/vrijstellingen.service';
import { leesWijzigingen, verwijderOudeWijzigingen, type LeesOpties } from './modules/wijzigingen/face';
import { meldingenServices } from './modules/meldingen/meldingen.services';
import { registerImportService } from './modules/registers/import/import.service';
import { gemeenteNamen, instellingNamen, rememberedNames } from './modules/registers/names.service';
import { MENU } from './menu';
import { pageSender } from './platform/http/page';
import { menuFor } from './platform/menu';
import type { CurrentUser } from './platform/permissions';
import type { Database } from './db/types';
import { ruimOp, type OpruimResultaat, type OpruimTaak } from './platform/jobs/opruimen';
import type { JobLogger } from './platform/jobs/runner';
import { mailService } from './platform/mail/mail.service';
import { SessionStore } from './platform/session/session';

export interface ServiceDeps {
  db: DB;
  config: Config;
  now?: () => Date;
}

export function buildServices({ db, config, now = () => new Date() }: ServiceDeps) {
  const sessions = new SessionStore(db, sessieGebruiker, now);
  // The header's name of the chosen instelling or gemeente; a rename shows within a minute.
  const names = {
    instelling: rememberedNames(async (code) => (await instellingNamen(db, [code]))[0]?.naam, 60_000),
    gemeente: rememberedNames(async (code) => (await gemeenteNamen(db, [code]))[0]?.naam, 60_000),
  };
  const login = loginService({ db, now });
  const meldingen = meldingenServices({ db, now, baseUrl: config.baseUrl });
  const vrijstellingen = vrijstellingenService({ db, now, baseUrl: config.baseUrl });
  const koppelingen = koppelingenServices({ db, now, baseUrl: config.baseUrl, apiTokenSleutels: config.apiTokenSleutels });
  // Housekeeping (platform/jobs/opruimen.ts): each module's purge of its own expired rows.
  const opruimTaken: OpruimTaak<Database>[] = [
    { naam: 'sessies', verwijder: (trx, nu, max) => sessions.verwijderVerlopen(trx, nu, max) },
    { naam: 'concepten', verwijder: (trx, nu, max) => meldingen.concepten.verwijderVerlopen(trx, nu, max) },
    { naam: 'zoekopdrachten', verwijder: (trx, nu, max) => meldingen.raadplegen.verwijderVerlopenZoekopdrachten(trx, nu, max) },
    { naam: 'vrijstelling_leerlingkeuzes', verwijder: (trx, nu, max) => vrijstellingen.verwijderVerlopenKeuzes(trx, nu, max) },
    { naam: 'login_pogingen', verwijder: (trx, nu, max) => login.verwijderOudePogingen(trx, nu, max) },
    { naam: 'vertrouwde_apparaten', verwijder: (trx, nu, max) => login.verwijderOudeApparaten(trx, nu, max) },
    { naam: 'wijzigingen', verwijder: (trx, nu, max) => verwijderOudeWijzigingen(trx, nu, max, config.wijzigingenBewaardagen) },
    { naam: 'koppeling_assertions', verwijder: (trx, nu, max) => koppelingen.beheer.verwijderVerlopenAssertions(trx, nu, max) },
  ];
  return {
    db,
    config,
    now,
    sessions,
    names,
    login,
    gebruikers: gebruikersService({ db, sessions }),
    locaties: locatiesService({ db, now }),
    contactpersonen: contactpersonenService({ db, now }),
    meldingen,
    gemeente: gemeenteService({ db, now, baseUrl: config.baseUrl }),
    vrijstellingen,
    /** The change feed (issue 16): every change to a melding or vrijstelling, in order, never one skipped. */
    wijzigingen: { lees: (o: LeesOpties) => leesWijzigingen(db, o) },
    /** Koppelingen (issue 16): beheer, the token endpoint and the API's authenticator. */
    koppelingen,
    /** One housekeeping run (the job every OPRUIM_INTERVAL_MS, and the CLI's `opruimen`). */
    opruimen: (o: { signal?: AbortSignal; log?: JobLogger; batch?: number } = {}): Promise<OpruimResultaat> => ruimOp(db, opruimTaken, { ...o, nu: now() }),
    mail: mailService({ db, config, now }),
    registerImport: registerImportService({ db, now }),
    sendPage: pageSender({ sessions, names, menu: MENU }),
    /** The menu items this user may use (the start page lists them too). */
    menu: (user: CurrentUser, path: string) => menuFor(MENU, user, path),
  };
}

export type Services = ReturnType<typeof buildServices>;
