// Wijzigen of a melding: the use cases behind wijzigen/routes.tsx.
import type { MeldingModuleDeps } from '../meldingen.services';

export function wijzigenService(_deps: MeldingModuleDeps) {
  return {};
}

export type WijzigenService = ReturnType<typeof wijzigenService>;
