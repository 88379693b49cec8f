/**
 * Minimal CSV for the registry files: comma separated, double-quote quoting (a quote inside a
 * quoted field is doubled), header row, UTF-8, LF. The writer buffers and respects stream
 * back-pressure so millions of rows fit in bounded memory; the reader parses chunk by chunk
 * and reports the line each record starts on, which an import needs for its error report.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const NEEDS_QUOTES = /[",\n\r]/;

/**
 * One field, quoted only when it must be.
 * @example csvField('Nuenen, Gerwen en Nederwetten') // '"Nuenen, Gerwen en Nederwetten"'
 */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * One record including its LF.
 * @example csvLine(['0363', 'Amsterdam']) // '0363,Amsterdam\n'
 */
export function csvLine(fields: readonly string[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) line += (i === 0 ? '' : ',') + csvField(fields[i] ?? '');
  return line + '\n';
}

const FLUSH_AT = 1 << 16; // chars; big enough that write() calls are cheap, small enough to stay bounded

/** Appends rows to a file; call `ready()` now and then to wait for the disk to catch up. */
export class CsvWriter {
  private buffer = '';
  private waitForDrain = false;
  private failure: Error | undefined;
  rows = 0;

  private constructor(private readonly stream: WriteStream, private readonly columns: number) {
    stream.on('error', (error) => (this.failure = error));
    stream.on('drain', () => (this.waitForDrain = false));
  }

  /**
   * Creates (truncates) the file and writes the header.
   * @example const w = CsvWriter.open('/tmp/x.csv', ['pgn', 'naam']); w.row(['123456782', 'Jan']); await w.close();
   */
  static open(path: string, header: readonly string[]): CsvWriter {
    const writer = new CsvWriter(createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }), header.length);
    writer.buffer = csvLine(header);
    return writer;
  }

  row(fields: readonly string[]): void {
    if (fields.length !== this.columns) throw new Error(`CSV row has ${fields.length} fields, header has ${this.columns}`);
    this.buffer += csvLine(fields);
    this.rows++;
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  /** Resolves when the stream can take more; rejects when writing failed. */
  async ready(): Promise<void> {
    this.throwIfFailed();
    if (this.waitForDrain) await once(this.stream, 'drain'); // once() rejects if 'error' comes first
    this.throwIfFailed();
  }

  async close(): Promise<void> {
    this.flush();
    this.throwIfFailed();
    this.stream.end();
    await once(this.stream, 'close');
    this.throwIfFailed();
  }

  // A method, not inline checks: the 'error' listener sets `failure` while we await.
  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  private flush(): void {
    if (this.buffer === '') return;
    if (!this.stream.write(this.buffer)) this.waitForDrain = true;
    this.buffer = '';
  }
}

/** A parsed record and the 1-based line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Push-style parser: feed chunks, collect complete records; works across chunk borders. */
export class CsvParser {
  private field = '';
  private fields: string[] = [];
  private inQuotes = false;
  private quoteSeen = false; // a quote inside a quoted field: either the end or the first of ""
  private fieldStarted = false;
  private line = 1;
  private recordLine = 1;

  push(chunk: string, out: CsvRecord[]): void {
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i] as string;
      if (this.quoteSeen) {
        this.quoteSeen = false;
        if (ch === '"') {
          this.field += '"';
          continue;
        }
        this.inQuotes = false; // that quote closed the field; handle ch normally below
      } else if (this.inQuotes) {
        if (ch === '"') this.quoteSeen = true;
        else {
          if (ch === '\n') this.line++;
          this.field += ch;
        }
        continue;
      }
      if (ch === '"' && !this.fieldStarted) {
        this.inQuotes = true;
        this.fieldStarted = true;
      } else if (ch === ',') this.endField();
      else if (ch === '\n') {
        this.endRecord(out);
        this.line++;
        this.recordLine = this.line;
      } else if (ch !== '\r') {
        this.field += ch;
        this.fieldStarted = true;
      }
    }
  }

  /** Flushes a last record without a trailing LF; throws on an unclosed quote. */
  end(out: CsvRecord[]): void {
    if (this.inQuotes && !this.quoteSeen) throw new Error(`CSV line ${this.recordLine}: quote not closed`);
    this.inQuotes = false;
    this.quoteSeen = false;
    if (this.fieldStarted || this.fields.length > 0) this.endRecord(out);
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.fieldStarted = false;
  }

  private endRecord(out: CsvRecord[]): void {
    this.endField();
    // A blank line is not a record of one empty field.
    if (!(this.fields.length === 1 && this.fields[0] === '')) out.push({ line: this.recordLine, fields: this.fields });
    this.fields = [];
  }
}

/**
 * Streams a CSV file as header-keyed records, so a file of millions of rows never sits in memory.
 * Throws, naming the line, when a record's field count differs from the header's.
 * @example for await (const { line, record } of readCsv('leerlingen.csv')) console.log(line, record.pgn);
 */
export async function* readCsv(path: string): AsyncGenerator<{ line: number; record: Record<string, string> }> {
  const parser = new CsvParser();
  let header: string[] | undefined;
  const batch: CsvRecord[] = [];
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let first = true;
  const drain = function* (): Generator<{ line: number; record: Record<string, string> }> {
    for (const { line, fields } of batch) {
      if (!header) {
        header = fields;
        continue;
      }
      if (fields.length !== header.length)
        throw new Error(`${path} line ${line}: ${fields.length} fields, the header has ${header.length}`);
      const record: Record<string, string> = {};
      header.forEach((name, i) => (record[name] = fields[i] ?? ''));
      yield { line, record };
    }
    batch.length = 0;
  };
  for await (const chunk of stream as AsyncIterable<string>) {
    parser.push(first ? chunk.replace(/^\uFEFF/, '') : chunk, batch); // tolerate a BOM from spreadsheet exports
    first = false;
    yield* drain();
  }
  parser.end(batch);
  yield* drain();
}

/**
 * Reads a whole (small) CSV file into records; for reference data and tests.
 * @example const gemeenten = await readCsvFile('gemeenten.csv'); gemeenten[0]?.gemeentecode
 */
export async function readCsvFile(path: string): Promise<Record<string, string>[]> {
  const records: Record<string, string>[] = [];
  for await (const { record } of readCsv(path)) records.push(record);
  return records;
}
