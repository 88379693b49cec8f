/**
 * Unique, valid PGNs without remembering them: a counter runs through an affine bijection
 * (x·A + B mod 10^k, A coprime to 10) so numbers look scattered, never repeat, and need no
 * Set of millions. A prefix whose check digit would be 10 is skipped (R-REG-1).
 */
import { bsnFromPrefix, onderwijsnummerFromPrefix } from '../validation.js';
import { hash128 } from './random.js';

const BSN_SPACE = 100_000_000; // 8-digit prefixes
const ONDERWIJS_SPACE = 1_000_000; // 6 digits after the fixed "10"
const MULTIPLIER = 7_654_321; // odd and not a multiple of 5, so x ↦ x·A is a bijection mod 10^k

export class PgnSequence {
  private bsnCounter = 0;
  private onderwijsCounter = 0;
  private readonly bsnOffset: number;
  private readonly onderwijsOffset: number;

  /** The seed moves the starting point, so two data sets with different seeds rarely share PGNs. */
  constructor(seed: string | number) {
    const [a, b] = hash128(`pgn:${String(seed)}`);
    this.bsnOffset = a % BSN_SPACE;
    this.onderwijsOffset = b % ONDERWIJS_SPACE;
  }

  /**
   * The next BSN. Prefixes starting with 10 are left to onderwijsnummers, so the two never meet.
   * @example new PgnSequence(1).nextBsn() // a 9-digit string that passes the 11-proef
   */
  nextBsn(): string {
    while (this.bsnCounter < BSN_SPACE) {
      const n = (this.bsnCounter++ * MULTIPLIER + this.bsnOffset) % BSN_SPACE;
      const prefix = String(n).padStart(8, '0');
      if (prefix.startsWith('10')) continue;
      const bsn = bsnFromPrefix(prefix);
      if (bsn) return bsn;
    }
    throw new Error('PgnSequence: all BSNs used');
  }

  /**
   * The next onderwijsnummer (starts with 10, 11-proef rest 5); about 900,000 exist.
   * @example new PgnSequence(1).nextOnderwijsnummer() // '10…'
   */
  nextOnderwijsnummer(): string {
    while (this.onderwijsCounter < ONDERWIJS_SPACE) {
      const n = (this.onderwijsCounter++ * MULTIPLIER + this.onderwijsOffset) % ONDERWIJS_SPACE;
      const nummer = onderwijsnummerFromPrefix('10' + String(n).padStart(6, '0'));
      if (nummer) return nummer;
    }
    throw new Error('PgnSequence: all onderwijsnummers used');
  }
}
