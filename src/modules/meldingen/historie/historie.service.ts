// Historie of a melding: the use cases behind historie/routes.tsx.
import type { MeldingModuleDeps } from '../meldingen.services';

export function historieService(_deps: MeldingModuleDeps) {
  return {};
}

export type HistorieService = ReturnType<typeof historieService>;
