// Raadplegen of a melding: the use cases behind raadplegen/routes.tsx.
import type { MeldingModuleDeps } from '../meldingen.services';

export function raadplegenService(_deps: MeldingModuleDeps) {
  return {};
}

export type RaadplegenService = ReturnType<typeof raadplegenService>;
