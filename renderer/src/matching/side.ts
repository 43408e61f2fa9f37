/** A record of one side of matching: seekers or jobs. Tombstones (`deleted`) are not matched. */
export interface SideRecord {
  readonly id: string;
  readonly deleted: boolean;
}

/** Where a side's records come from: its table, read in id order a chunk at a time, or by id. */
export interface SideSource<R extends SideRecord> {
  count(): Promise<number>;
  /** up to `limit` records with ids above `lastId` (from the first when null), in id order */
  after(lastId: string | null, limit: number): Promise<R[]>;
  get(ids: readonly string[]): Promise<(R | undefined)[]>;
}

/** How far a side is with reading or preparing all its records again. */
export interface SideProgress {
  readonly done: number;
  readonly total: number;
}

type Mode = 'cold' | 'loading' | 'ready';

/**
 * One side of matching prepared for the engine and kept up to date record by record. The prepared records are
 * held in id order (the order a fresh read gives), with a map by id. Nothing is read until the side is first
 * needed; then `step` does the work due one piece at a time (a chunk of the table, a chunk prepared again, a
 * batch of changed records), so the caller can let other messages in between pieces. A change noted while the
 * side is still being read waits and is applied after the last chunk, so none is lost.
 */
export class PreparedSide<R extends SideRecord, P extends { readonly id: string; readonly source: R }> {
  private items: P[] = [];
  private readonly byId = new Map<string, P>();
  private mode: Mode = 'cold';
  private cursor: string | null = null;
  private read = 0;
  private total = 0;
  private rereadAll = false;
  /** where preparing every record again from its source has got to; -1 when that is not due */
  private redoFrom = -1;
  private readonly redoWhere: ((record: R) => boolean)[] = [];
  private readonly dirty = new Set<string>();

  constructor(
    private readonly source: SideSource<R>,
    private readonly chunk: number,
  ) {}

  /** The prepared records, in id order. Complete only when `settled`. */
  get list(): readonly P[] {
    return this.items;
  }

  get(id: string): P | undefined {
    return this.byId.get(id);
  }

  /** Every record read and prepared against the current base, with no change waiting. */
  get settled(): boolean {
    return (
      this.mode === 'ready' &&
      !this.rereadAll &&
      this.redoFrom < 0 &&
      this.redoWhere.length === 0 &&
      this.dirty.size === 0
    );
  }

  /** How far reading or preparing the whole side is, or null when only single records are due (a short wait). */
  get busy(): SideProgress | null {
    if (this.rereadAll) return { done: 0, total: this.items.length };
    if (this.mode !== 'ready') return { done: this.read, total: Math.max(this.total, this.read) };
    if (this.redoFrom >= 0) return { done: this.redoFrom, total: this.items.length };
    return null;
  }

  /** Records written in the table: read them again (all of them for 'all'). Nothing to do before the first read. */
  changed(ids: readonly string[] | 'all'): void {
    if (this.mode === 'cold') return;
    if (ids === 'all') this.rereadAll = true;
    else for (const id of ids) this.dirty.add(id);
  }

  /** What the records are prepared against changed: prepare again those `where` picks, or all of them. */
  prepareAgain(where?: (record: R) => boolean): void {
    if (this.mode === 'cold') return;
    if (where) this.redoWhere.push(where);
    else if (this.mode === 'loading') this.reset();
    else this.redoFrom = 0;
  }

  private reset(): void {
    this.items = [];
    this.byId.clear();
    this.mode = 'cold';
    this.cursor = null;
    this.read = 0;
    this.total = 0;
    this.rereadAll = false;
    this.redoFrom = -1;
    this.redoWhere.length = 0;
    this.dirty.clear();
  }

  /** One piece of the work due: a chunk read, a chunk prepared again, or a batch of changed records read. */
  async step(prepare: (record: R) => P): Promise<void> {
    if (this.rereadAll) this.reset();
    if (this.mode === 'cold') {
      // From here on every change is noted: a record the read has passed is read again afterwards.
      this.mode = 'loading';
      try {
        this.total = await this.source.count();
      } catch (error) {
        this.mode = 'cold';
        throw error;
      }
      return;
    }
    if (this.mode === 'loading') return this.readChunk(prepare);
    if (this.redoFrom >= 0) return this.redoChunk(prepare);
    if (this.redoWhere.length > 0) {
      const where = this.redoWhere.splice(0);
      this.items.forEach((p, i) => {
        if (where.some((w) => w(p.source))) this.put(i, prepare(p.source));
      });
      return;
    }
    if (this.dirty.size > 0) await this.readChanged(prepare);
  }

  private async readChunk(prepare: (record: R) => P): Promise<void> {
    const rows = await this.source.after(this.cursor, this.chunk);
    for (const row of rows) {
      if (row.deleted) continue;
      const p = prepare(row);
      this.items.push(p);
      this.byId.set(p.id, p);
    }
    this.read += rows.length;
    this.cursor = rows.at(-1)?.id ?? this.cursor;
    if (rows.length < this.chunk) this.mode = 'ready';
  }

  private redoChunk(prepare: (record: R) => P): void {
    const end = Math.min(this.items.length, this.redoFrom + this.chunk);
    for (let i = this.redoFrom; i < end; i += 1) this.put(i, prepare((this.items[i] as P).source));
    this.redoFrom = end >= this.items.length ? -1 : end;
  }

  private async readChanged(prepare: (record: R) => P): Promise<void> {
    const ids = [...this.dirty].slice(0, this.chunk);
    for (const id of ids) this.dirty.delete(id);
    let rows: (R | undefined)[];
    try {
      rows = await this.source.get(ids);
    } catch (error) {
      for (const id of ids) this.dirty.add(id);
      throw error;
    }
    ids.forEach((id, n) => {
      const row = rows[n];
      const at = this.indexOf(id);
      const there = this.items[at]?.id === id;
      if (!row || row.deleted) {
        if (there) this.items.splice(at, 1);
        this.byId.delete(id);
      } else if (there) this.put(at, prepare(row));
      else {
        const p = prepare(row);
        this.items.splice(at, 0, p);
        this.byId.set(id, p);
      }
    });
  }

  private put(at: number, p: P): void {
    this.items[at] = p;
    this.byId.set(p.id, p);
  }

  /** The first position whose id is not below `id` (ids compare as IndexedDB orders them: by code unit). */
  private indexOf(id: string): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.items[mid] as P).id < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
