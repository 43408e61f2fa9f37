import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Worksheet } from 'exceljs';

/**
 * What a streaming worksheet's buffer is, inside exceljs 4: rows go into a buffer that, once the zip has reached
 * the sheet, is written to the zip's input stream (a `readable-stream` 2 or Node stream, with the usual `drain`)
 * without waiting for it; before that, they stay in the buffer.
 */
interface SheetBuffer {
  readonly pipes?: unknown;
  readonly buffers?: unknown;
}

interface ZipInput extends NodeJS.EventEmitter {
  readonly writableNeedDrain?: boolean;
  readonly _writableState?: { readonly needDrain?: boolean };
}

const isZipInput = (value: unknown): value is ZipInput =>
  typeof value === 'object' && value !== null && ('writableNeedDrain' in value || '_writableState' in value);

/** Node streams say it as `writableNeedDrain`; `readable-stream` 2 only in its state. */
const needsDrain = (stream: ZipInput): boolean => stream.writableNeedDrain ?? stream._writableState?.needDrain ?? false;

const noop = () => undefined;

/** Resolves on `drain` of `stream`, or when `destination` closes (a reader that left never drains it). */
async function drainedOrClosed(stream: ZipInput, destination: Writable): Promise<void> {
  const stop = new AbortController();
  try {
    const quietly = (event: Promise<unknown>) => event.then(noop, noop);
    await Promise.race([
      quietly(once(stream, 'drain', { signal: stop.signal })),
      quietly(once(destination, 'close', { signal: stop.signal })),
    ]);
  } finally {
    stop.abort();
  }
}

/** Bytes a sheet may hold before the zip reaches it. */
const HELD_LIMIT = 4 * 1024 * 1024;

function heldBytes(buffer: SheetBuffer): number {
  if (!Array.isArray(buffer.buffers)) return 0;
  let total = 0;
  for (const b of buffer.buffers as { length?: unknown }[]) total += typeof b.length === 'number' ? b.length : 0;
  return total;
}

/**
 * Waits until the sheet's rows so far have moved on towards the reader: the deflate stream they go into has
 * drained (which it does only as fast as the zip's reader, the HTTP reply or the file, takes the bytes), or,
 * before the zip reaches the sheet, the buffer is small. Called between batches of rows, so an export's memory
 * stays that of a few batches however many rows it has and however slow the reader is.
 */
export async function sheetDrained(sheet: Worksheet, destination: Writable): Promise<void> {
  const buffer = (sheet as unknown as { readonly stream: SheetBuffer }).stream;
  for (;;) {
    if (destination.destroyed) return;
    const pipe: unknown = Array.isArray(buffer.pipes) ? (buffer.pipes as unknown[])[0] : undefined;
    if (isZipInput(pipe)) {
      if (needsDrain(pipe)) await drainedOrClosed(pipe, destination);
      return;
    }
    if (heldBytes(buffer) < HELD_LIMIT) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
