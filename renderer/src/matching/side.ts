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
 * One side of matching prepared for the engine and kept up to date record by record. The records are held in id
 * order (the order a fresh read gives), each with its prepared form once it has one, and a map by id of those
 * prepared. Nothing is read until the side is first needed; then `step` does the work due one piece at a time (a
 * chunk of the table read, a chunk prepared, a batch of changed records), so the caller can let other messages in
 * between pieces. The whole table is read first and prepared afterwards, so a query that needs only some records
 * (`current`, then `prepareAt`) is answered before the rest are prepared. A change noted while the side is still
 * being read waits and is applied after the last chunk, so none is lost.
 */
export class PreparedSide<R extends SideRecord, P extends { readonly id: string; readonly source: R }> {
  private rows: R[] = [];
  private prepared: (P | undefined)[] = [];
  private readonly byId = new Map<string, P>();
  private mode: Mode = 'cold';
  private cursor: string | null = null;
  private read = 0;
  private total = 0;
  private rereadAll = false;
  /** every record before this position is prepared; -1 when all of them are */
  private unpreparedFrom = -1;
  private readonly redoWhere: ((record: R) => boolean)[] = [];
  private readonly dirty = new Set<string>();

  constructor(
    private readonly source: SideSource<R>,
    private readonly chunk: number,
  ) {}

  /** The prepared records, in id order. Complete only when `settled`. */
  get list(): readonly P[] {
    if (this.mode === 'ready' && this.unpreparedFrom < 0) return this.prepared as P[];
    return this.prepared.filter((p): p is P => p !== undefined);
  }

  /** The records read, in id order, prepared or not. Complete and up to date when `current`. */
  get records(): readonly R[] {
    return this.rows;
  }

  get(id: string): P | undefined {
    return this.byId.get(id);
  }

  /** Every record read and up to date, with no change waiting; some may still wait to be prepared. */
  get current(): boolean {
    return this.mode === 'ready' && !this.rereadAll && this.redoWhere.length === 0 && this.dirty.size === 0;
  }

  /** Every record read and prepared against the current base, with no change waiting. */
  get settled(): boolean {
    return this.current && this.unpreparedFrom < 0;
  }

  /** How far reading or preparing the whole side is, or null when only single records are due (a short wait). */
  get busy(): SideProgress | null {
    if (this.rereadAll) return { done: 0, total: this.rows.length };
    if (this.mode !== 'ready') return { done: this.read, total: Math.max(this.total, this.read) };
    if (this.unpreparedFrom >= 0) return { done: this.unpreparedFrom, total: this.rows.length };
    return null;
  }

  /** The record at `at` of `records`, prepared now unless it already is. */
  prepareAt(at: number, prepare: (record: R) => P): P {
    return this.prepared[at] ?? this.put(at, prepare(this.rows[at] as R));
  }

  /** Records written in the table: read them again (all of them for 'all'). Nothing to do before the first read. */
  changed(ids: readonly string[] | 'all'): void {
    if (this.mode === 'cold') return;
    if (ids === 'all') this.rereadAll = true;
    else for (const id of ids) this.dirty.add(id);
  }

  /** What the records are prepared against changed: prepare again those `where` picks, or all of them. */
  prepareAgain(where?: (record: R) => boolean): void {
    // while the table is still being read nothing is prepared yet: all of it is prepared once read
    if (this.mode !== 'ready') return;
    if (where) {
      this.redoWhere.push(where);
      return;
    }
    this.prepared.fill(undefined);
    this.byId.clear();
    this.unpreparedFrom = this.rows.length > 0 ? 0 : -1;
  }

  private reset(): void {
    this.rows = [];
    this.prepared = [];
    this.byId.clear();
    this.mode = 'cold';
    this.cursor = null;
    this.read = 0;
    this.total = 0;
    this.rereadAll = false;
    this.unpreparedFrom = -1;
    this.redoWhere.length = 0;
    this.dirty.clear();
  }

  /** One piece of the work due: a chunk read, a batch of changed records read, or a chunk prepared. */
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
    if (this.mode === 'loading') return this.readChunk();
    if (this.dirty.size > 0) return this.readChanged(prepare);
    if (this.redoWhere.length > 0) {
      const where = this.redoWhere.splice(0);
      this.prepared.forEach((p, i) => {
        if (p && where.some((w) => w(p.source))) this.put(i, prepare(p.source));
      });
      return;
    }
    if (this.unpreparedFrom >= 0) this.prepareChunk(prepare);
  }

  private async readChunk(): Promise<void> {
    const rows = await this.source.after(this.cursor, this.chunk);
    for (const row of rows) {
      if (row.deleted) continue;
      this.rows.push(row);
      this.prepared.push(undefined);
    }
    this.read += rows.length;
    this.cursor = rows.at(-1)?.id ?? this.cursor;
    if (rows.length < this.chunk) {
      this.mode = 'ready';
      this.unpreparedFrom = this.rows.length > 0 ? 0 : -1;
    }
  }

  /** Prepares up to a chunk of the records not yet prepared (a query may have prepared some already). */
  private prepareChunk(prepare: (record: R) => P): void {
    let done = 0;
    let at = this.unpreparedFrom;
    for (; at < this.rows.length && done < this.chunk; at += 1) {
      if (this.prepared[at] !== undefined) continue;
      this.put(at, prepare(this.rows[at] as R));
      done += 1;
    }
    this.unpreparedFrom = at >= this.rows.length ? -1 : at;
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
      const there = this.rows[at]?.id === id;
      if (!row || row.deleted) {
        if (!there) return;
        this.rows.splice(at, 1);
        this.prepared.splice(at, 1);
        this.byId.delete(id);
        if (at < this.unpreparedFrom) this.unpreparedFrom -= 1;
        if (this.unpreparedFrom >= this.rows.length) this.unpreparedFrom = -1;
      } else if (there) {
        this.rows[at] = row;
        this.put(at, prepare(row));
      } else {
        this.rows.splice(at, 0, row);
        this.prepared.splice(at, 0, undefined);
        this.put(at, prepare(row));
        if (at < this.unpreparedFrom) this.unpreparedFrom += 1;
      }
    });
  }

  private put(at: number, p: P): P {
    this.prepared[at] = p;
    this.byId.set(p.id, p);
    return p;
  }

  /** The first position whose id is not below `id` (ids compare as IndexedDB orders them: by code unit). */
  private indexOf(id: string): number {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.rows[mid] as R).id < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
