/**
 * Building blocks for the row validators: each checks one CSV field and either returns the
 * value for the staging tuple or records an error for that column. The rules themselves live
 * in ../validation.ts (R-REG-1, R-REG-2); this only adds "required", j/n flags and lengths.
 */
import { registerImportMessages as m } from '../messages.js';
import type { Check } from '../validation.js';
import type { RowError } from './types.js';

/** Longest text accepted in a name or place column: longer is a mistake in the file. */
export const MAX_TEXT = 200;

/**
 * Collects the errors of one row; the validators call it once per column. It runs for every
 * row of a million-row file, so it allocates nothing on the good path.
 */
export class RowChecker {
  private list: RowError[] | null = null;

  constructor(
    private readonly columns: readonly string[],
    private readonly fields: readonly string[],
    private readonly line: number,
  ) {}

  /** The errors so far (an empty list on a good row). */
  get errors(): RowError[] {
    return this.list ?? [];
  }

  get failed(): boolean {
    return this.list !== null;
  }

  /** The raw value of column `i`, trimmed (without copying when there is nothing to trim). */
  raw(i: number): string {
    const v = this.fields[i] ?? '';
    return v.length > 0 && (v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32) ? v.trim() : v;
  }

  fail(i: number, reason: string): null {
    (this.list ??= []).push({ line: this.line, column: this.columns[i] ?? '', reason });
    return null;
  }

  /** Required text, at most MAX_TEXT characters. */
  text(i: number): string | null {
    const v = this.raw(i);
    if (v === '') return this.fail(i, m.verplicht);
    return v.length > MAX_TEXT ? this.fail(i, m.teLang(MAX_TEXT)) : v;
  }

  /** Optional text: '' becomes null. */
  optionalText(i: number): string | null {
    const v = this.raw(i);
    if (v.length > MAX_TEXT) return this.fail(i, m.teLang(MAX_TEXT));
    return v === '' ? null : v;
  }

  /** Required, checked by one of validation.ts's functions (its Dutch message when wrong). */
  check(i: number, validate: (s: string) => Check<string>): string | null {
    const v = this.raw(i);
    if (v === '') return this.fail(i, m.verplicht);
    const result = validate(v);
    return result.ok ? result.value : this.fail(i, result.message);
  }

  /** Required, must match `re`; `reason` when it does not. */
  pattern(i: number, re: RegExp, reason: string): string | null {
    const v = this.raw(i);
    if (v === '') return this.fail(i, m.verplicht);
    return re.test(v) ? v : this.fail(i, reason);
  }

  /** A j/n flag as a boolean. */
  flag(i: number): boolean | null {
    const v = this.raw(i);
    if (v === 'j') return true;
    if (v === 'n') return false;
    return this.fail(i, v === '' ? m.verplicht : m.jaNee);
  }

  /** A house number: a whole number > 0, no addition. */
  huisnummer(i: number): number | null {
    const v = this.raw(i);
    if (v === '') return this.fail(i, m.verplicht);
    return /^[1-9]\d{0,5}$/.test(v) ? Number(v) : this.fail(i, m.huisnummer);
  }

  /** The field must be empty (e.g. an address of a pupil abroad). */
  empty(i: number, reason: string): void {
    if (this.raw(i) !== '') this.fail(i, reason);
  }
}
