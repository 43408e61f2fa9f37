import { afterEach, describe, expect, it, vi } from 'vitest';
import { startReleaseJob } from './release-job';

describe('the release job', () => {
  afterEach(() => vi.useRealTimers());

  it('releases on its own timer, one run at a time, and logs what the rules refused', async () => {
    vi.useFakeTimers();
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    let finish: (() => void) | null = null;
    const releaseDue = vi.fn(
      () =>
        new Promise<{ released: number; refused: { id: string; stationId: string; code: string; message: string }[] }>(
          (resolve) => {
            finish = () =>
              resolve({ released: 2, refused: [{ id: 'm1', stationId: 's1', code: 'scope', message: '' }] });
          },
        ),
    );
    const stop = startReleaseJob(releaseDue, log, 1_000);
    expect(releaseDue).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(releaseDue).toHaveBeenCalledTimes(1);
    (finish as (() => void) | null)?.();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(releaseDue).toHaveBeenCalledTimes(2);
    expect(log.info).toHaveBeenCalledWith({ released: 2 }, 'held changes released');
    expect(log.warn).toHaveBeenCalledWith(
      { id: 'm1', stationId: 's1', code: 'scope' },
      'a held change was refused at its release',
    );
    stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(releaseDue).toHaveBeenCalledTimes(2);
  });
});
