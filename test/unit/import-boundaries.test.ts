import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the lint configuration enforces DESIGN.md's import rules (a config that silently stopped
// matching would otherwise pass every lint run).
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  it.each([
    ['shared/sync/x.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['shared/sync/x.ts', "import { getDb } from '#renderer/db/db';\nexport const g = getDb;\n"],
    ['shared/sync/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n"],
    [
      'renderer/src/x.ts',
      "import { windowOptions } from '#electron/main/window-options';\nexport const w = windowOptions;\n",
    ],
    ['renderer/src/x.ts', "import { buildApp } from '#server/app';\nexport const b = buildApp;\n"],
    ['renderer/src/features/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/main/x.ts', "import { getDb } from '#renderer/db/db';\nexport const g = getDb;\n"],
    ['renderer/src/features/staff/x.tsx', "import { getDb } from '../../db/db';\nexport const g = getDb;\n"],
    ['renderer/src/features/staff/x.tsx', "import { getDb } from '#renderer/db/db';\nexport const g = getDb;\n"],
    // A relative path that climbs out of its part, even to an allowed one: the alias says where it goes.
    ['renderer/src/x.ts', "import { ok } from '../../shared/result';\nexport const o = ok;\n"],
    ['server/src/x.ts', "import { ok } from '../../shared/result';\nexport const o = ok;\n"],
    ['test/integration/x.ts', "import { buildApp } from '../../server/src/app';\nexport const b = buildApp;\n"],
    // Entities are the records: the rules import them, never the other way.
    ['shared/entities/x.ts', "import { STATUSES } from '../rights/types';\nexport const s = STATUSES;\n"],
    [
      'shared/entities/x.ts',
      "import { plannedHours } from '../training/attendance';\nexport const p = plannedHours;\n",
    ],
    ['shared/entities/x.ts', "import { rank } from '#shared/matching/rank';\nexport const r = rank;\n"],
    ['shared/entities/x.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['shared/entities/x.ts', "import { getDb } from '#renderer/db/db';\nexport const g = getDb;\n"],
  ])('refuses %s importing across the boundary', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it('refuses DOM and Node globals in shared/', async () => {
    expect(await ruleIds('shared/x.ts', 'export const w = window.location;\n')).toContain('no-restricted-globals');
    expect(await ruleIds('shared/x.ts', 'export const p = process.env;\n')).toContain('no-restricted-globals');
  });

  it('allows the imports the design allows', async () => {
    expect(await ruleIds('renderer/src/x.ts', "import { ok } from '#shared/result';\nexport const o = ok;\n")).toEqual(
      [],
    );
    expect(await ruleIds('electron/main/x.ts', "import { ok } from '#shared/result';\nexport const o = ok;\n")).toEqual(
      [],
    );
    expect(await ruleIds('shared/sync/x.ts', "import { ok } from '../result';\nexport const o = ok;\n")).toEqual([]);
    expect(
      await ruleIds('shared/entities/x.ts', "import { isHlc } from '../sync/hlc';\nexport const h = isHlc;\n"),
    ).toEqual([]);
    expect(
      await ruleIds(
        'shared/rights/x.ts',
        "import { jobSchema } from '../entities/job';\nexport const j = jobSchema;\n",
      ),
    ).toEqual([]);
  });
});
