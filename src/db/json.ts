// JSON text for a jsonb parameter. PostgreSQL's jsonb refuses the escape \u0000 and a UTF-16
// half without its other half ("unsupported Unicode escape sequence"); JSON.stringify writes
// both when a string holds them. Such characters are replaced by U+FFFD here, so raw input kept
// as typed (a draft's invalid step, R-MEL-20) can always be stored; parsers refuse them anyway.
const ONBEWAARBAAR = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPE = /\\u(0000|d[89a-f])/i;

const vervang = (_key: string, v: unknown) => (typeof v === 'string' ? v.replace(ONBEWAARBAAR, '\ufffd') : v);

/** JSON.stringify, with what jsonb cannot hold replaced by U+FFFD. */
export function jsonbTekst(value: unknown): string {
  const json = JSON.stringify(value);
  // The common case costs one scan; a false alarm (a typed backslash-u) only takes the slow path.
  return ESCAPE.test(json) ? JSON.stringify(value, vervang) : json;
}
