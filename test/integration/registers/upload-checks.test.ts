// The upload's own small rules (R-REG-3), without the app: file names as browsers send them,
// sizes as people read them, and a header that is plainly another kind's.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindOf } from '../../../src/modules/registers/import/kinds';
import { formatBytes, otherKindByHeader } from '../../../src/modules/registers/upload/checks';
import { cleanFileName } from '../../../src/modules/registers/upload/receive';

describe('register upload checks', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'vl-upload-checks-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('R-REG-3 keeps only the base name of an uploaded file, without control characters, at most 200 characters', () => {
    expect(cleanFileName('C:\\Users\\beheer\\Documents\\leerlingen.csv')).toBe('leerlingen.csv');
    expect(cleanFileName('/home/beheer/gemeenten 2026.csv')).toBe('gemeenten 2026.csv');
    expect(cleanFileName('a\u0000b\nc.csv')).toBe('abc.csv');
    expect(cleanFileName('')).toBe('');
    expect(cleanFileName(`${'x'.repeat(300)}.csv`)).toHaveLength(200);
  });

  it('formatBytes writes bytes, kB, MB or GB with a Dutch decimal comma (the size the R-REG-3 upload messages show)', () => {
    expect(formatBytes(200)).toBe('200 bytes');
    expect(formatBytes(1536)).toBe('1,5 kB');
    expect(formatBytes(500 * 1024 * 1024)).toBe('500 MB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2 GB');
  });

  it('R-REG-3 recognises a header that is exactly another kind\'s, with or without BOM, CRLF or quotes', async () => {
    const write = async (name: string, text: string) => {
      const p = path.join(dir, name);
      await writeFile(p, text);
      return p;
    };
    const gemeenten = kindOf('gemeenten');
    const leerlingen = kindOf('leerlingen');
    const header = leerlingen.columns.join(',');
    expect(await otherKindByHeader(await write('a.csv', `${header}\n1,2\n`), gemeenten)).toBe(leerlingen);
    expect(await otherKindByHeader(await write('b.csv', `\uFEFF${header}\r\n`), gemeenten)).toBe(leerlingen);
    expect(await otherKindByHeader(await write('c.csv', leerlingen.columns.map((c) => `"${c}"`).join(',')), gemeenten)).toBe(leerlingen);
    // The chosen kind's own header, or one that is nobody's: the import judges it.
    expect(await otherKindByHeader(await write('d.csv', `${gemeenten.columns.join(',')}\n`), gemeenten)).toBeUndefined();
    expect(await otherKindByHeader(await write('e.csv', 'pgn,naam\n'), gemeenten)).toBeUndefined();
  });
});
