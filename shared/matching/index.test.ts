import { describe, expect, it } from 'vitest';
import * as kernel from './bench-kernel';
import * as engine from './index';
import * as synthetic from './synthetic';

describe("the matching engine's public entry", () => {
  it('exports the engine, not the benchmark kernel or the synthetic county', () => {
    const exported = new Set(Object.keys(engine));
    expect(exported).toContain('matchJobsForSeeker');
    for (const name of [...Object.keys(kernel), ...Object.keys(synthetic)]) expect(exported).not.toContain(name);
  });
});
