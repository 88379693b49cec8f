/**
 * What the upload form checks before the import runs (R-REG-3): a known kind, a chosen file,
 * not empty, not too large, and a header that is not plainly another kind's. Each problem is
 * a Dutch message at its field; the rows themselves are the import's business.
 */
import { open } from 'node:fs/promises';
import { registerImportMessages } from '../messages';
import type { FieldError } from '../../../platform/ui/error-summary';
import type { RegisterKind } from '../import/kind';
import { KINDS } from '../import/kinds';
import { UPLOAD_FIELDS, type Received } from './receive';

const t = registerImportMessages.upload;

/** 500 MB, 1,5 kB, 200 bytes: a size as people read it (binary units, as file managers show them). */
export function formatBytes(bytes: number): string {
  const nl = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  if (bytes >= 1024 ** 3) return `${nl(bytes / 1024 ** 3)} GB`;
  if (bytes >= 1024 ** 2) return `${nl(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024) return `${nl(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

export type UploadCheck =
  | { ok: true; kind: RegisterKind; file: NonNullable<Extract<Received, { csrf: true }>['file']> }
  | { ok: false; status: 400 | 413; errors: FieldError[] };

/** The checks that need no look inside the file; errors in form order (kind, then file). */
export function checkUpload(received: Extract<Received, { csrf: true }>, maxBytes: number): UploadCheck {
  const errors: FieldError[] = [];
  const kind = KINDS.find((k) => k.soort === received.soort);
  if (!kind) errors.push({ field: UPLOAD_FIELDS.soort, text: t.soortKiezen });
  const { file } = received;
  if (received.tooLarge) errors.push({ field: UPLOAD_FIELDS.bestand, text: t.bestandTeGroot(formatBytes(maxBytes)) });
  else if (!file) errors.push({ field: UPLOAD_FIELDS.bestand, text: t.bestandKiezen });
  else if (file.bytes === 0) errors.push({ field: UPLOAD_FIELDS.bestand, text: t.bestandLeeg });
  if (errors.length > 0 || !kind || !file) return { ok: false, status: received.tooLarge ? 413 : 400, errors };
  return { ok: true, kind, file };
}

/** The first line of a file (at most 64 KiB of it), without a byte order mark or CR. */
async function firstLine(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const end = text.indexOf('\n');
    return (end < 0 ? text : text.slice(0, end)).replace(/^\uFEFF/, '').replace(/\r$/, '');
  } finally {
    await handle.close();
  }
}

/**
 * Another kind whose header the file has exactly, when it is not the chosen kind's: then the
 * person picked the wrong kind (or the wrong file), and a message at the kind says which.
 * Any other header goes to the import, which names the wrong column.
 */
export async function otherKindByHeader(file: string, chosen: RegisterKind): Promise<RegisterKind | undefined> {
  const fields = (await firstLine(file)).split(',').map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
  const same = (k: RegisterKind) => k.columns.length === fields.length && k.columns.every((c, i) => c === fields[i]);
  if (same(chosen)) return undefined;
  return KINDS.find((k) => k !== chosen && same(k));
}
