// The feed's cursor: a position (xid, id) in the feed, opaque to clients. It is base64url of
// `w1.<xid>.<id>` so that clients do not build positions themselves (the prefix leaves room for
// another encoding later). Decoding is strict: only the canonical encoding of a position in range
// is accepted, so a cursor is either one we could have produced or a clear error.

export interface Positie {
  /** The writing transaction's xid8, as a decimal string. */
  xid: string;
  /** The feed row's id, as a decimal string. */
  id: string;
}

/** Before every row: where a reader without a cursor starts. */
export const BEGIN: Positie = { xid: '0', id: '0' };

const MAX_XID = (1n << 64n) - 1n;
const MAX_ID = (1n << 63n) - 1n;
const VORM = /^w1\.(0|[1-9][0-9]{0,19})\.(0|[1-9][0-9]{0,18})$/;
/** Far longer than any position's encoding (`w1.` + 20 + `.` + 19 digits = 43 bytes, 58 characters). */
const MAX_LENGTE = 64;

export function codeerCursor(p: Positie): string {
  return Buffer.from(`w1.${p.xid}.${p.id}`, 'utf8').toString('base64url');
}

/**
 * The position of a cursor, or undefined when it is not one we could have produced.
 * @example decodeerCursor(codeerCursor({ xid: '750', id: '12' })) // { xid: '750', id: '12' }
 */
export function decodeerCursor(cursor: string): Positie | undefined {
  if (cursor.length === 0 || cursor.length > MAX_LENGTE || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const m = VORM.exec(Buffer.from(cursor, 'base64url').toString('latin1'));
  if (!m) return undefined;
  const p = { xid: m[1]!, id: m[2]! };
  if (BigInt(p.xid) > MAX_XID || BigInt(p.id) > MAX_ID) return undefined;
  // Base64 has several spellings of one byte string (trailing bits); only ours counts.
  return codeerCursor(p) === cursor ? p : undefined;
}

/** Whether position a comes before b in the feed's order. */
export function voor(a: Positie, b: Positie): boolean {
  const ax = BigInt(a.xid);
  const bx = BigInt(b.xid);
  return ax < bx || (ax === bx && BigInt(a.id) < BigInt(b.id));
}
