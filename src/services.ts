// The composition root (STYLE.md habit 6): every service is built here from the database and
// config, once per app. Routes, the CLI and tests take what they need from `Services`.
import type { Config } from './config';
import type { DB } from './db/database';
import { sessieGebruiker } from './modules/auth/gebruikers.repository';
import { gebruikersService } from './modules/auth/gebruikers.service';
import { loginService } from './modules/auth/login.service';
import { contactpersonenService } from './modules/beheer/contactpersonen/contactpersonen.service';
import { locatiesService } from './modules/beheer/locaties/locaties.service';
import { gemeenteService } from './modules/gemeente/gemeente.service';
import { vrijstellingenService } from './modules/vrijstellingen/vrijstellingen.service';
import { meldingenServices } from './modules/meldingen/meldingen.services';
import { registerImportService } from './modules/registers/import/import.service';
import { gemeenteNamen, instellingNamen, rememberedNames } from './modules/registers/names.service';
import { MENU } from './menu';
import { pageSender } from './platform/http/page';
import { menuFor } from './platform/menu';
import type { CurrentUser } from './platform/permissions';
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
  return {
    db,
    config,
    now,
    sessions,
    names,
    login: loginService({ db, now }),
    gebruikers: gebruikersService({ db, sessions }),
    locaties: locatiesService({ db, now }),
    contactpersonen: contactpersonenService({ db, now }),
    meldingen: meldingenServices({ db, now, baseUrl: config.baseUrl }),
    gemeente: gemeenteService({ db, now, baseUrl: config.baseUrl }),
    vrijstellingen: vrijstellingenService({ db, now, baseUrl: config.baseUrl }),
    mail: mailService({ db, config, now }),
    registerImport: registerImportService({ db, now }),
    sendPage: pageSender({ sessions, names, menu: MENU }),
    /** The menu items this user may use (the start page lists them too). */
    menu: (user: CurrentUser, path: string) => menuFor(MENU, user, path),
  };
}

export type Services = ReturnType<typeof buildServices>;
