// The reader refuses what is not UTF-8 text (docs/registers-csv.md, R-REG-3): the first bad
// byte by line, character and field, however the file is chunked; valid multi-byte text split
// over chunks reads exactly as in one piece.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvEncodingError, openCsv, type CsvRecord } from '../../../src/modules/registers/import/csv-reader';
import { firstBadByte, incompleteTail } from '../../../src/modules/registers/import/utf8';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vl-csv-encoding-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let n = 0;
/** Reads `bytes` as a CSV file in chunks of `chunk` bytes: the records, or the encoding error. */
async function read(bytes: Buffer, chunk: number): Promise<{ records: CsvRecord[]; error?: CsvEncodingError; sha256?: string }> {
  const file = path.join(dir, `f${n++}.csv`);
  await writeFile(file, bytes);
  const csv = await openCsv(file, 1, chunk);
  const records: CsvRecord[] = [];
  try {
    for await (const b of csv.batches) records.push(...b.records);
  } catch (e) {
    if (!(e instanceof CsvEncodingError)) throw e;
    return { records, error: e, sha256: csv.sha256() };
  }
  return { records, sha256: csv.sha256() };
}

describe('strict UTF-8 in register files', () => {
  it('R-REG-3 security firstBadByte finds NUL, stray continuation, overlong, surrogate and too-large sequences; a cut-off one only at the end', () => {
    const at = (bytes: number[], final = true) => firstBadByte(Uint8Array.from(bytes), final);
    expect(at([0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80])).toBe(-1); // a é € 😀
    expect(at([0x61, 0x00])).toBe(1);
    expect(at([0x61, 0x80])).toBe(1);
    expect(at([0xc0, 0xaf])).toBe(0); // overlong /
    expect(at([0xe0, 0x80, 0xaf])).toBe(0);
    expect(at([0xed, 0xa0, 0x80])).toBe(0); // a surrogate
    expect(at([0xf4, 0x90, 0x80, 0x80])).toBe(0); // over U+10FFFF
    expect(at([0x61, 0xe9, 0x63])).toBe(1); // Latin-1 é
    expect(at([0x61, 0xe2, 0x82], false)).toBe(-1);
    expect(at([0x61, 0xe2, 0x82], true)).toBe(1);
    expect(incompleteTail(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(2);
    expect(incompleteTail(Uint8Array.from([0x61, 0xe2, 0x82, 0xac]))).toBe(0);
    expect(incompleteTail(Uint8Array.from([0xf0]))).toBe(1);
    expect(incompleteTail(Uint8Array.from([0x61]))).toBe(0);
    // The hand-written check agrees with the platform's strict decoder on any bytes.
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let ok = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          ok = false;
        }
        expect(firstBadByte(bytes, true) < 0).toBe(ok && !bytes.includes(0));
      }),
    );
  });

  it('R-REG-3 valid multi-byte text reads the same in chunks of any size, with a BOM removed', async () => {
    const text = '\uFEFFnaam,land\n"Fryslân, ús",België\nZoë 😀,€\n';
    const want = (await read(Buffer.from(text), 1 << 16)).records;
    expect(want).toEqual([
      { line: 1, fields: ['naam', 'land'] },
      { line: 2, fields: ['Fryslân, ús', 'België'] },
      { line: 3, fields: ['Zoë 😀', '€'] },
    ]);
    for (const chunk of [1, 2, 3, 5, 7]) expect((await read(Buffer.from(text), chunk)).records).toEqual(want);
  });

  it('R-REG-3 security a Latin-1 byte, a NUL and a file ending inside a character are refused at their line, character and field, in any chunking', async () => {
    const latin1 = Buffer.concat([Buffer.from('a,b,c\n1,"x\ny",z\n2,Utr'), Buffer.from([0xe9]), Buffer.from('cht,w\n3,4,5\n')]);
    const nul = Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0]), Buffer.from('\n')]);
    const cut = Buffer.concat([Buffer.from('a,b\n1,€'), Buffer.from([0xe2, 0x82])]);
    for (const chunk of [1, 2, 3, 4, 1 << 16]) {
      const l = await read(latin1, chunk);
      expect([l.error?.line, l.error?.position, l.error?.field, l.error?.byte]).toEqual([4, 6, 1, 0xe9]);
      // What came before the bad byte was read; the digest is of the whole file.
      expect(l.records.map((r) => r.line)).toEqual([1, 2]);
      expect(l.sha256).toMatch(/^[0-9a-f]{64}$/);
      const z = await read(nul, chunk);
      expect([z.error?.line, z.error?.position, z.error?.field, z.error?.byte]).toEqual([3, 3, 1, 0]);
      const c = await read(cut, chunk);
      expect([c.error?.line, c.error?.position, c.error?.field, c.error?.byte]).toEqual([2, 4, 1, 0xe2]);
    }
  });
});
