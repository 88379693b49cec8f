// Intrekken of a melding: the use cases behind intrekken/routes.tsx.
import type { MeldingModuleDeps } from '../meldingen.services';

export function intrekkenService(_deps: MeldingModuleDeps) {
  return {};
}

export type IntrekkenService = ReturnType<typeof intrekkenService>;
