import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'server/**/*.test.ts',
            'test/unit/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          // A busy 2-core machine (CI may share it) runs property tests several times slower than an idle one;
          // longer fuzz tests set their own budget.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // The app's own sync code (Dexie over fake-indexeddb) against the real county server on loopback.
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.ts'],
          setupFiles: ['test/integration/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/src/**/*.test.ts', 'renderer/src/**/*.test.tsx'],
          setupFiles: ['renderer/src/test-support/setup.ts'],
          // Commands over fake IndexedDB in jsdom (a 10,000-row import among them) slow down several times when
          // another test run shares the machine; a test that hangs still fails.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
