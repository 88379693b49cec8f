/**
 * Synthetic Dutch addresses. The PC4 is real (it lies in the given gemeente, per
 * pc4-gemeenten.csv); letters, street and house number are invented, because no public
 * PC6/BAG extract is in the reference data.
 */
import type { Random } from './random.js';

// Letters seen in PC6 series; F, I, O, Q, U and Y are not used, SA/SD/SS are refused (R-REG-2).
const LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';

// Street names that exist in most Dutch towns, so no address points at one real place.
export const STRAATNAMEN = [
  'Kerkstraat', 'Schoolstraat', 'Molenstraat', 'Dorpsstraat', 'Molenweg', 'Julianastraat',
  'Nieuwstraat', 'Wilhelminastraat', 'Beatrixstraat', 'Kastanjelaan', 'Sportlaan', 'Eikenlaan',
  'Marktstraat', 'Stationsstraat', 'Emmastraat', 'Lindenlaan', 'Parallelweg', 'Industrieweg',
  'Beukenlaan', 'Prins Bernhardstraat', 'Prinses Irenestraat', 'Oranjestraat', 'Hoofdstraat',
  'Kerkweg', 'Koningin Julianalaan', 'Berkenlaan', 'Prins Hendrikstraat', 'Vijverlaan',
  'Wilgenlaan', 'Burgemeester Smitstraat', 'Zuideinde', 'Noordeinde', 'Kanaalweg', 'Dijkstraat',
  'Tulpstraat', 'Rozenstraat', 'Merelstraat', 'Lijsterstraat', 'Vondelstraat', 'Rembrandtlaan',
] as const;

/**
 * A postcode `1234AB` whose PC4 is drawn from `pc4s`.
 * @example randomPostcode(rng, ['1011', '1012']) // e.g. '1012KT'
 */
export function randomPostcode(rng: Random, pc4s: readonly string[]): string {
  const pc4 = rng.pick(pc4s);
  for (;;) {
    const a = LETTERS.charAt(rng.int(LETTERS.length));
    const b = LETTERS.charAt(rng.int(LETTERS.length));
    if (a === 'S' && (b === 'A' || b === 'D' || b === 'S')) continue;
    return pc4 + a + b;
  }
}

/**
 * A house number, mostly low as in real streets.
 * @example randomHuisnummer(rng) // e.g. '17'
 */
export function randomHuisnummer(rng: Random): string {
  const r = rng.next();
  return String(1 + Math.floor(r * r * 180));
}
