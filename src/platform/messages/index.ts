// Every Dutch text of the service, by area, so wording is reviewed together (DESIGN.md, Web).
import { authMessages, gebruikersMessages } from './auth';
import { beheerMessages } from './beheer';
import { beheerLocatiesMessages } from './beheer-locaties';
import { commonMessages } from './common';
import { mailMessages } from './mail';
import { registersMessages } from './registers';
import { uiMessages } from './ui';

export const messages = {
  common: commonMessages,
  auth: authMessages,
  gebruikers: gebruikersMessages,
  beheer: beheerMessages,
  beheerLocaties: beheerLocatiesMessages,
  ui: uiMessages,
  registers: registersMessages,
  mail: mailMessages,
};
