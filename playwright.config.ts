import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium (the engine Electron embeds) against the built browser edition.
 * Never `npx playwright install`: it downloads, and this machine cannot.
 */
// A second build can be tested beside the main one (scripts/e2e-side.sh): its own port, build and results.
const PORT = Number(process.env['E2E_PORT'] ?? 4317);
const BUILD = process.env['E2E_BUILD'];

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: process.env['E2E_RESULTS'] ?? 'test-results/e2e',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --config renderer/vite.config.ts --host 127.0.0.1 --port ${PORT} --strictPort${BUILD ? ` --outDir ${BUILD}` : ''}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
