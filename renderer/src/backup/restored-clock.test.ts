import { describe, expect, it } from 'vitest';
import { restoredClock } from './restored-clock';

const at = (ms: number, counter: number, node = 'old') =>
  `${String(ms).padStart(15, '0')}:${String(counter).padStart(5, '0')}:${node}`;

describe('the clock after a restore', () => {
  it('is the latest of what it must follow, under the restored node id', () => {
    expect(restoredClock([at(100, 3), at(100, 7, 'x'), at(90, 50), null, 'not-a-clock'], 'dev1')).toBe(
      at(100, 7, 'dev1'),
    );
  });

  it('does not go back when the PC it lands on was ahead of the backup', () => {
    expect(restoredClock([at(100, 0), at(250, 1, 'newpc')], 'dev1')).toBe(at(250, 1, 'dev1'));
  });

  it('starts at zero when nothing was ever stamped', () => {
    expect(restoredClock([], 'dev1')).toBe(at(0, 0, 'dev1'));
  });
});
