// The domain-free Dutch texts of the platform: layout and shared components, the start page and
// session pages, mail. Each module keeps its own texts next to its code (`modules/*/messages.ts`).
import { apiMessages } from './api';
import { commonMessages } from './common';
import { mailMessages } from './mail';
import { uiMessages } from './ui';

export const messages = {
  common: commonMessages,
  ui: uiMessages,
  mail: mailMessages,
  api: apiMessages,
};
