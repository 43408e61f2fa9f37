import { describe, expect, it } from 'vitest';
import { PreparedSide, type SideSource } from './side';

interface Row {
  readonly id: string;
  readonly deleted: boolean;
  readonly value: number;
}
interface Prepared {
  readonly id: string;
  readonly source: Row;
  readonly doubled: number;
  readonly round: number;
}

/** A table in memory that counts what is read from it. */
function memoryTable(rows: Row[]) {
  const table = new Map(rows.map((r) => [r.id, r]));
  const reads = { rows: 0, chunks: 0 };
  const source: SideSource<Row> = {
    count: () => Promise.resolve(table.size),
    after: (lastId, limit) => {
      reads.chunks += 1;
      const out = [...table.values()]
        .filter((r) => lastId === null || r.id > lastId)
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .slice(0, limit);
      reads.rows += out.length;
      return Promise.resolve(out);
    },
    get: (ids) => {
      reads.rows += ids.length;
      return Promise.resolve(ids.map((id) => table.get(id)));
    },
  };
  return { table, reads, source };
}

const row = (n: number, value = n, deleted = false): Row => ({ id: `r${String(n).padStart(3, '0')}`, deleted, value });

function preparer() {
  const counter = { calls: 0, round: 1 };
  const prepare = (r: Row): Prepared => {
    counter.calls += 1;
    return { id: r.id, source: r, doubled: r.value * 2, round: counter.round };
  };
  return { counter, prepare };
}

async function settle(side: PreparedSide<Row, Prepared>, prepare: (r: Row) => Prepared): Promise<number> {
  let steps = 0;
  while (!side.settled) {
    await side.step(prepare);
    steps += 1;
  }
  return steps;
}

describe('a prepared side', () => {
  it('reads nothing until first needed, then reads its table a chunk per step, in id order, tombstones left out', async () => {
    const { reads, source } = memoryTable([row(3), row(1), row(2, 2, true), row(5), row(4)]);
    const side = new PreparedSide<Row, Prepared>(source, 2);
    const { prepare } = preparer();
    side.changed(['r001']);
    expect(reads.rows).toBe(0);
    expect(side.settled).toBe(false);
    await side.step(prepare); // counts the table
    expect(side.busy).toEqual({ done: 0, total: 5 });
    await side.step(prepare);
    expect(side.records.map((r) => r.id)).toEqual(['r001']);
    expect(side.list).toEqual([]); // read first, prepared once the whole table is read
    expect(side.busy).toEqual({ done: 2, total: 5 });
    expect(side.settled).toBe(false);
    await settle(side, prepare);
    expect(side.list.map((p) => p.id)).toEqual(['r001', 'r003', 'r004', 'r005']);
    expect(side.get('r004')?.doubled).toBe(8);
    expect(side.busy).toBeNull();
  });

  it('prepares again only the records that changed: one changed record is one preparation', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => row(i));
    const { table, source } = memoryTable(rows);
    const side = new PreparedSide<Row, Prepared>(source, 10);
    const { counter, prepare } = preparer();
    await settle(side, prepare);
    expect(counter.calls).toBe(50);
    table.set('r007', row(7, 70));
    side.changed(['r007']);
    expect(side.busy).toBeNull(); // a short wait: nothing to show progress for
    await settle(side, prepare);
    expect(counter.calls).toBe(51);
    expect(side.get('r007')?.doubled).toBe(140);
    expect(side.list[7]?.doubled).toBe(140);
  });

  it('adds, tombstones and deletes records in place, keeping id order', async () => {
    const { table, source } = memoryTable([row(2), row(4), row(6)]);
    const side = new PreparedSide<Row, Prepared>(source, 10);
    const { prepare } = preparer();
    await settle(side, prepare);
    table.set('r005', row(5));
    table.set('r001', row(1));
    table.set('r004', row(4, 4, true));
    table.delete('r006');
    side.changed(['r005', 'r001', 'r004', 'r006', 'r009']);
    await settle(side, prepare);
    expect(side.list.map((p) => p.id)).toEqual(['r001', 'r002', 'r005']);
    expect(side.get('r004')).toBeUndefined();
    expect(side.get('r006')).toBeUndefined();
  });

  it('applies a change noted while it is still reading after the last chunk, so nothing read early stays old', async () => {
    const { table, source } = memoryTable(Array.from({ length: 9 }, (_, i) => row(i)));
    const side = new PreparedSide<Row, Prepared>(source, 3);
    const { prepare } = preparer();
    await side.step(prepare);
    await side.step(prepare); // r000–r002 read
    table.set('r001', row(1, 100));
    table.set('r020', row(20));
    side.changed(['r001', 'r020']);
    await settle(side, prepare);
    expect(side.get('r001')?.doubled).toBe(200);
    expect(side.list.map((p) => p.id).at(-1)).toBe('r020');
    expect(side.list).toHaveLength(10);
  });

  it('reads everything again after a change to a range of records (a clear, a bulk write)', async () => {
    const { table, source, reads } = memoryTable([row(1), row(2)]);
    const side = new PreparedSide<Row, Prepared>(source, 10);
    const { prepare } = preparer();
    await settle(side, prepare);
    table.clear();
    table.set('r003', row(3));
    side.changed('all');
    expect(side.busy).toEqual({ done: 0, total: 2 });
    const before = reads.chunks;
    await settle(side, prepare);
    expect(reads.chunks).toBeGreaterThan(before);
    expect(side.list.map((p) => p.id)).toEqual(['r003']);
  });

  it('prepares again from the records it holds, in chunks, or only those picked, without reading them', async () => {
    const { source, reads } = memoryTable(Array.from({ length: 7 }, (_, i) => row(i)));
    const side = new PreparedSide<Row, Prepared>(source, 3);
    const { counter, prepare } = preparer();
    await settle(side, prepare);
    const read = reads.rows;
    counter.round = 2;
    side.prepareAgain();
    expect(side.busy).toEqual({ done: 0, total: 7 });
    expect(await settle(side, prepare)).toBe(3);
    expect(side.list.every((p) => p.round === 2)).toBe(true);
    counter.round = 3;
    const calls = counter.calls;
    side.prepareAgain((r) => r.value % 2 === 0);
    await settle(side, prepare);
    expect(counter.calls - calls).toBe(4);
    expect(side.list.map((p) => p.round)).toEqual([3, 2, 3, 2, 3, 2, 3]);
    expect(reads.rows).toBe(read);
  });

  it('prepares against what changed half-way through the first read, without reading again', async () => {
    const { source, reads } = memoryTable(Array.from({ length: 6 }, (_, i) => row(i)));
    const side = new PreparedSide<Row, Prepared>(source, 2);
    const { counter, prepare } = preparer();
    await side.step(prepare);
    await side.step(prepare);
    counter.round = 2;
    side.prepareAgain();
    await settle(side, prepare);
    expect(side.list.map((p) => p.round)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(reads.rows).toBe(6);
  });

  it('prepares single records on demand once read, and the chunks after skip them; changes keep the positions right', async () => {
    const { table, source } = memoryTable(Array.from({ length: 8 }, (_, i) => row(i)));
    const side = new PreparedSide<Row, Prepared>(source, 3);
    const { counter, prepare } = preparer();
    while (!side.current) await side.step(prepare);
    expect(counter.calls).toBe(0);
    expect(side.busy).toEqual({ done: 0, total: 8 });
    expect(side.prepareAt(5, prepare).id).toBe('r005');
    expect(side.prepareAt(5, prepare).id).toBe('r005');
    expect(counter.calls).toBe(1);
    await side.step(prepare); // r000–r002
    table.delete('r001');
    table.set('r0035', { ...row(35), id: 'r0035' });
    side.changed(['r001', 'r0035']);
    await settle(side, prepare);
    expect(counter.calls).toBe(9); // the 8 read once each (r001 before it went), and the new one
    expect(side.list.map((p) => p.id)).toEqual(['r000', 'r002', 'r003', 'r0035', 'r004', 'r005', 'r006', 'r007']);
    expect(side.records.map((r) => r.id)).toEqual(side.list.map((p) => p.id));
  });
});
