import { describe, expect, it } from 'vitest';
import { initialScripts, longTasksByPhase, percentile, roundMs } from './figures';

describe('village-PC benchmark figures', () => {
  it('takes the nearest-rank percentile, whatever the order', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 95)).toBeNaN();
  });

  it('counts a long task in each phase it overlaps, and only those over the limit', () => {
    const tasks = [
      { start: 0, duration: 250 },
      { start: 900, duration: 300 },
      { start: 2000, duration: 199 },
      { start: 5000, duration: 400 },
    ];
    const phases = [
      { name: 'search', from: 100, to: 1000 },
      { name: 'typing', from: 1000, to: 3000 },
      { name: 'roll-call', from: 3000, to: 4000 },
    ];
    const found = longTasksByPhase(tasks, phases, 200);
    expect(found['search']).toEqual([tasks[0], tasks[1]]);
    expect(found['typing']).toEqual([tasks[1]]);
    expect(found['roll-call']).toEqual([]);
  });

  it('reads the module entry and its preloaded chunks from the built HTML, not styles or other scripts', () => {
    const html = `<head>
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/runtime-B.js">
      <link rel="modulepreload" crossorigin href="./assets/react-C.js">
      <link rel="stylesheet" crossorigin href="./assets/index-D.css">
      <script src="./legacy.js"></script>
      <link rel="icon" href="data:," />
    </head>`;
    expect(initialScripts(html)).toEqual(['assets/index-A.js', 'assets/runtime-B.js', 'assets/react-C.js']);
  });

  it('rounds small figures to a tenth and larger ones to whole milliseconds', () => {
    expect(roundMs(4.26)).toBe(4.3);
    expect(roundMs(123.6)).toBe(124);
  });
});
