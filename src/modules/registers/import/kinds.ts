// Every kind of registry file, in the order a directory is imported: what a file refers to
// is loaded before it (gemeenten with rmc-regio's, then instellingen, RIO, leerlingen,
// inschrijvingen).
import type { RegisterKind } from './kind.js';
import { gemeentenKind, rmcRegiosKind } from './loaders/gemeenten.js';
import { inschrijvingenKind } from './loaders/inschrijvingen.js';
import { instellingenKind } from './loaders/instellingen.js';
import { leerlingenKind } from './loaders/leerlingen.js';
import { rioAanbiedersKind, rioLocatiesKind } from './loaders/rio.js';
import type { RegisterSoort } from './types.js';

export const KINDS: readonly RegisterKind[] = [
  rmcRegiosKind,
  gemeentenKind,
  instellingenKind,
  rioAanbiedersKind,
  rioLocatiesKind,
  leerlingenKind,
  inschrijvingenKind,
] as RegisterKind[];

/** Files of these kinds refer to each other and are loaded in one transaction when both are given. */
export const TOGETHER: readonly (readonly RegisterSoort[])[] = [['rmc-regios', 'gemeenten']];

export function kindOf(soort: RegisterSoort): RegisterKind {
  const kind = KINDS.find((k) => k.soort === soort);
  if (!kind) throw new Error(`Unknown register kind ${soort}`);
  return kind;
}

/** The kind a file name stands for in a directory import, e.g. 'leerlingen.csv'. */
export function kindByFileName(name: string): RegisterKind | undefined {
  return KINDS.find((k) => k.file === name.toLowerCase());
}
