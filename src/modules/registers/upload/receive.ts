/**
 * Receives the upload form of the Registers page (R-REG-3) as a stream: the CSRF token first,
 * then the chosen kind, then the file, which goes straight to a temporary file on disk (never
 * into memory). The token is checked before a byte of the file is written; a request whose
 * first part is not a valid token is read to its end and thrown away, so the browser still
 * gets the answer instead of a reset connection.
 *
 * `withUpload` owns the temporary directory: it is removed when the callback is done, also
 * when it throws.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { csrfMatches } from '../../../platform/session/session';

/** The form's field names, in the order the form sends them. */
export const UPLOAD_FIELDS = { csrf: '_csrf', soort: 'soort', bestand: 'bestand' } as const;

/**
 * The confirmation form's own fields (views/bevestigen.tsx): the refused file's SHA-256, the
 * counts and its name (hidden, from the refusal), and the checkbox.
 */
export const CONFIRM_FIELDS = {
  sha256: 'bevestig_sha256',
  aantal: 'bevestig_aantal',
  huidig: 'bevestig_huidig',
  naam: 'bevestig_naam',
  bevestigd: 'bevestigd',
} as const;
const CONFIRM_NAMES: ReadonlySet<string> = new Set(Object.values(CONFIRM_FIELDS));

export interface UploadedFile {
  /** The name on the user's computer, without a path. */
  name: string;
  /** The temporary copy. */
  path: string;
  bytes: number;
}

export type Received =
  /** The first part was not the session's CSRF token: nothing was kept. */
  | { csrf: false }
  | {
      csrf: true;
      soort: string;
      /** The confirmation form's fields that came with it (CONFIRM_FIELDS), by name. */
      fields: Record<string, string>;
      /** Undefined when no file was chosen (a browser then sends an empty part without a name). */
      file: UploadedFile | undefined;
      /** The file was larger than the limit; what was written is cut off and must not be used. */
      tooLarge: boolean;
    };

const discard = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });

/** Reads a part to its end without keeping it: busboy stalls until every file part is read. */
async function drain(part: Multipart): Promise<void> {
  if (part.type === 'file') await pipeline(part.file, discard());
}

/** A file name as the user's computer gave it, without any path, control characters or excess length. */
export function cleanFileName(name: string): string {
  const base = path.basename(name.replaceAll('\\', '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base.length > 200 ? base.slice(0, 200) : base;
}

/** Reads the multipart body of `request`; the file goes into `dir`. */
export async function receiveUpload(request: FastifyRequest, dir: string): Promise<Received> {
  if (!request.isMultipart()) {
    // A plain form post (its token was checked with the body): there is no file in it.
    const soort = (request.body as Record<string, unknown> | undefined)?.[UPLOAD_FIELDS.soort];
    return { csrf: true, soort: typeof soort === 'string' ? soort : '', fields: {}, file: undefined, tooLarge: false };
  }
  let first = true;
  let refused = false;
  let soort = '';
  const fields: Record<string, string> = {};
  let file: UploadedFile | undefined;
  let tooLarge = false;
  for await (const part of request.parts()) {
    if (first) {
      first = false;
      refused = !(part.type === 'field' && part.fieldname === UPLOAD_FIELDS.csrf && csrfMatches(request.session, part.value));
    }
    if (refused || part.type === 'field') {
      if (!refused && part.fieldname === UPLOAD_FIELDS.soort && typeof part.value === 'string') soort = part.value;
      if (!refused && CONFIRM_NAMES.has(part.fieldname) && typeof part.value === 'string') fields[part.fieldname] = part.value;
      await drain(part);
      continue;
    }
    const name = cleanFileName(part.filename ?? '');
    if (part.fieldname !== UPLOAD_FIELDS.bestand || file || name === '') {
      await drain(part);
      continue;
    }
    const target = path.join(dir, 'bestand.csv');
    await pipeline(part.file, createWriteStream(target));
    if (part.file.truncated) tooLarge = true;
    file = { name, path: target, bytes: (await stat(target)).size };
  }
  if (refused) return { csrf: false };
  // No parts at all (an empty body) has no token either.
  if (first) return { csrf: false };
  return { csrf: true, soort, fields, file, tooLarge };
}

/** Runs `fn` with a fresh temporary directory under os.tmpdir(), removed afterwards. */
export async function withUpload<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vl-upload-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
