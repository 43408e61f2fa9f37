import { liveQuery, type Subscription } from 'dexie';
import { create } from 'zustand';
import type { Pinyin } from '#shared/registry/search-keys';
import { afterFailure } from '#shared/sync/backoff';
import type { DoorstepDb } from '../db/db';
import { SYNC_META } from '../db/sync-meta';
import { newSyncSession, pendingCount, SKEW_WARNING_MS, syncOnce, type SyncProgress, type SyncReport } from './engine';
import { TransportError, type SyncTransport, type TransportErrorKind } from './transport';

export interface SyncFailure {
  readonly kind: TransportErrorKind | 'unknown';
  readonly code?: string;
  readonly message: string;
  readonly messageZh?: string;
  readonly at: number;
}

/** What anyone can read on the status screen. UI state only; the data stays in Dexie. */
export interface SyncStatus {
  readonly configured: boolean;
  readonly online: boolean;
  readonly running: boolean;
  readonly progress: SyncProgress | null;
  readonly lastSuccessAt: number | null;
  readonly lastError: SyncFailure | null;
  readonly skewMs: number | null;
  readonly nextTryAt: number | null;
}

export const useSyncStatus = create<SyncStatus>()(() => ({
  configured: false,
  online: true,
  running: false,
  progress: null,
  lastSuccessAt: null,
  lastError: null,
  skewMs: null,
  nextTryAt: null,
}));

export const skewTooLarge = (skewMs: number | null): boolean => skewMs !== null && Math.abs(skewMs) > SKEW_WARNING_MS;

export interface ControllerDeps {
  readonly db: DoorstepDb;
  readonly now: () => number;
  readonly random: () => number;
  readonly pinyin: () => Promise<Pinyin>;
  /** The transport for the configured server, or null when this PC is not enrolled. */
  readonly transport: () => Promise<SyncTransport | null>;
  /** How long to wait after a local change before sending it (coalesces a burst of typing). */
  readonly afterChangeMs?: number;
  /** A regular pull even when nothing changed here. */
  readonly idleIntervalMs?: number;
}

/**
 * Runs sync in the background: soon after local changes, at once when the network comes back, regularly
 * otherwise, and after a failure with exponential backoff and full jitter (2 s … 10 min). Never more than
 * one run at a time; nothing here waits on the UI or blocks it.
 */
export class SyncController {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private running: Promise<SyncReport | null> | null = null;
  private subscription: Subscription | null = null;
  private readonly session = newSyncSession();
  private stopped = false;
  private lastPending = 0;

  constructor(private readonly deps: ControllerDeps) {}

  async start(): Promise<void> {
    this.stopped = false;
    const last = (await this.deps.db.meta.get(SYNC_META.lastSuccess))?.value;
    useSyncStatus.setState({
      lastSuccessAt: last ? Number(last) : null,
      configured: (await this.deps.transport()) !== null,
      online: navigatorOnline(),
    });
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline);
      window.addEventListener('offline', this.onOffline);
    }
    this.subscription = liveQuery(() => pendingCount(this.deps.db)).subscribe({
      next: (count) => {
        if (count > this.lastPending) this.schedule(this.deps.afterChangeMs ?? 5_000);
        this.lastPending = count;
      },
    });
    this.schedule(1_000);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.subscription?.unsubscribe();
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      window.removeEventListener('offline', this.onOffline);
    }
  }

  private readonly onOnline = () => {
    useSyncStatus.setState({ online: true });
    this.attempt = 0;
    void this.syncNow();
  };

  private readonly onOffline = () => useSyncStatus.setState({ online: false });

  private schedule(delayMs: number) {
    if (this.stopped) return;
    const at = this.deps.now() + delayMs;
    const current = useSyncStatus.getState().nextTryAt;
    if (this.timer && current !== null && current <= at) return; // an earlier run is already planned
    if (this.timer) clearTimeout(this.timer);
    useSyncStatus.setState({ nextTryAt: at });
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.syncNow();
    }, delayMs);
  }

  /** Sync now (the button, or a trigger). Resolves when this run ends; a run already going is joined. */
  syncNow(): Promise<SyncReport | null> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<SyncReport | null> {
    const transport = await this.deps.transport();
    useSyncStatus.setState({ configured: transport !== null, nextTryAt: null });
    if (!transport) return null;
    useSyncStatus.setState({ running: true, progress: { phase: 'connecting', done: 0, total: 0 } });
    // A run that moved something before it failed shows the link works: the backoff starts again from 2 s.
    let progressed = false;
    try {
      const report = await syncOnce({
        db: this.deps.db,
        transport,
        now: this.deps.now,
        pinyin: this.deps.pinyin,
        session: this.session,
        onProgress: (progress) => {
          if (progress.done > 0 && progress.phase !== 'connecting') progressed = true;
          useSyncStatus.setState({ progress });
        },
      });
      this.attempt = 0;
      useSyncStatus.setState({ online: true, lastSuccessAt: this.deps.now(), lastError: null, skewMs: report.skewMs });
      this.schedule(this.deps.idleIntervalMs ?? 5 * 60_000);
      return report;
    } catch (error) {
      const failure: SyncFailure =
        error instanceof TransportError
          ? {
              kind: error.kind,
              code: error.serverCode,
              message: error.message,
              messageZh: error.messageZh,
              at: this.deps.now(),
            }
          : { kind: 'unknown', message: error instanceof Error ? error.message : String(error), at: this.deps.now() };
      useSyncStatus.setState({ lastError: failure, online: failure.kind !== 'network' && failure.kind !== 'timeout' });
      // A station without a valid token waits for a person to enrol again; everything else retries.
      const next = afterFailure(this.attempt, progressed, this.deps.random);
      this.attempt = next.attempt;
      if (failure.kind !== 'auth') this.schedule(next.delayMs);
      return null;
    } finally {
      useSyncStatus.setState({ running: false, progress: null });
    }
  }
}

function navigatorOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}
