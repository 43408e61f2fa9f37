import { Readable } from 'node:stream';
import { maskLedgerRow } from '../ledger-source';
import { csvField, csvText } from './cells';
import type { ExportInput } from './notes';
import { NOTHING_MATCHED_ZH } from './xlsx-sheet';

/** Rows per chunk of the file. */
const BATCH = 500;
const CRLF = '\r\n';
/** Excel on Chinese Windows reads a CSV file as UTF-8 only when it starts with the byte-order mark. */
const BOM = '\uFEFF';

/** The file's text, a chunk at a time: the header, then rows, read from the source only as chunks are taken. */
export async function* ledgerCsvChunks(input: ExportInput): AsyncGenerator<string> {
  const { columns } = input.source;
  yield BOM + columns.map((c) => csvField(c.headerZh)).join(',') + CRLF;
  let lines: string[] = [];
  let count = 0;
  for await (const raw of input.source.stream(input.filter)) {
    const row = input.full ? raw : maskLedgerRow(columns, raw);
    lines.push(columns.map((c) => csvField(csvText(c.kind, row[c.key] ?? null))).join(',') + CRLF);
    count += 1;
    if (lines.length >= BATCH) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join('');
  if (count === 0) yield csvField(NOTHING_MATCHED_ZH) + CRLF;
}

/** A ledger as a `.csv` file (UTF-8 with BOM, CRLF lines, fields quoted where needed), streamed with back-pressure. */
export const streamLedgerCsv = (input: ExportInput): Readable => Readable.from(ledgerCsvChunks(input));
