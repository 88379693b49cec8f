// Pure rules both beheer pages share: how typed text is tidied before it is checked and saved.

/**
 * Text as it is stored: control characters become spaces (a crafted post could carry them;
 * PostgreSQL refuses a NUL outright), runs of white space become one space, and the ends are
 * trimmed. So "Hoofdgebouw" and " Hoofdgebouw " are the same name, for the uniqueness check too.
 * @example normaliseTekst('  De  Brug\n') === 'De Brug'
 */
export function normaliseTekst(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The longest search term taken from a URL; longer than any name, so nothing is lost. */
export const MAX_ZOEKTERM = 100;
