/**
 * Strict UTF-8 for the register files (docs/registers-csv.md): the reader decodes with a fatal
 * TextDecoder (native, fast) and only when that fails, or a chunk holds a NUL byte, looks here
 * for the exact byte to report. A NUL is refused too: it is valid UTF-8 but no text column of
 * PostgreSQL can hold it, and a file with one is not a CSV export but a binary file.
 */

/**
 * The offset of the first byte in `bytes` that is a NUL or does not start a well-formed UTF-8
 * sequence (overlong forms, surrogates and code points over U+10FFFF are not well-formed), or
 * -1. A sequence cut off by the end of `bytes` is bad only when `final`.
 */
export function firstBadByte(bytes: Uint8Array, final: boolean): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b === 0) return i;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return final ? i : -1;
      const c = bytes[i + k]!;
      if (c < lo || c > hi) return i;
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/** How many bytes at the end of `bytes` begin a character that the next chunk completes (0–3). */
export function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}
