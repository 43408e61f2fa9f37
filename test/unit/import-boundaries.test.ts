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
    ['renderer/src/ui/x.tsx', "import { getDb } from '../db/db';\nexport const g = getDb;\n"],
    ['renderer/src/ui/x.tsx', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['renderer/src/ui/x.tsx', "import { HomePage } from '../features/home/home-page';\nexport const h = HomePage;\n"],
    // Test fixtures stay out of the app.
    [
      'renderer/src/db/commands/x.ts',
      "import { testEnv } from '../../test-support/test-env';\nexport const t = testEnv;\n",
    ],
    ['renderer/src/features/x.tsx', "import { testEnv } from '../test-support/test-env';\nexport const t = testEnv;\n"],
    [
      'server/src/sync/x.ts',
      "import { countyForEachTest } from '../test-support/county';\nexport const c = countyForEachTest;\n",
    ],
    ['renderer/src/x.test.ts', "import { buildApp } from '#server/app';\nexport const b = buildApp;\n"],
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

  it('lets tests, and only tests, use the test fixtures', async () => {
    const fixture = "import { testEnv } from '../../test-support/test-env';\nexport const t = testEnv;\n";
    expect(await ruleIds('renderer/src/db/commands/x.test.ts', fixture)).toEqual([]);
    expect(await ruleIds('renderer/src/features/seekers/x.test.tsx', fixture)).toEqual([]);
    const county = "import { countyForEachTest } from '../test-support/county';\nexport const c = countyForEachTest;\n";
    expect(await ruleIds('server/src/http/x.test.ts', county)).toEqual([]);
    expect(
      await ruleIds(
        'test/integration/x.ts',
        "import { testEnv } from '#renderer/test-support/test-env';\nexport const t = testEnv;\n",
      ),
    ).toEqual([]);
  });

  it('lets screens use the shared widgets and the commands', async () => {
    const widget = "import { errorText } from '../../ui/forms';\nexport const e = errorText;\n";
    expect(await ruleIds('renderer/src/features/seekers/x.tsx', widget)).toEqual([]);
    const command = "import { appEnv } from '../db/commands/env';\nexport const a = appEnv;\n";
    expect(await ruleIds('renderer/src/ui/x.tsx', command)).toEqual([]);
  });

  it("keeps the county console's web app a browser app: shared/ and the ledger contract, nothing else", async () => {
    const file = 'server/console/src/x.tsx';
    for (const refused of [
      "import { buildApp } from '#server/app';\nexport const b = buildApp;\n",
      "import { maskPhone } from '#server/reporting/exports/csv-export';\nexport const m = maskPhone;\n",
      "import { getDb } from '#renderer/db/db';\nexport const g = getDb;\n",
      "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n",
      "import { buildApp } from '../../src/app';\nexport const b = buildApp;\n",
    ])
      expect(await ruleIds(file, refused), refused).toContain('no-restricted-imports');
    const allowed = [
      "import { ok } from '#shared/result';\nexport const o = ok;\n",
      "import type { LedgerColumn } from '#server/reporting/ledger-source';\nexport type C = LedgerColumn;\n",
    ];
    for (const code of allowed) expect(await ruleIds(file, code), code).toEqual([]);
  });
});
