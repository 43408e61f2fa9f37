import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createService } from '../service';
import type { Database } from '../store/sql';
import { openSqlite } from '../store/sqlite';
import { CONSOLE_CSP } from './console-web';

const INDEX = '<!doctype html><html><body><div id="root"></div><script src="/console/assets/app-1a2b.js"></script>';
const SCRIPT = 'console.log("console")';

let app: FastifyInstance | null = null;
let db: Database | null = null;
const folders: string[] = [];

/** A county server whose console build is `files` (none: not built). */
async function serverWith(files: Readonly<Record<string, string>> | null): Promise<FastifyInstance> {
  const dir = mkdtempSync(join(tmpdir(), 'console-web-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files ?? {})) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  db = openSqlite(':memory:');
  const service = createService(db, { adminToken: 'admin-token-for-console-web-tests-000' });
  await service.init();
  app = await buildApp({ service, version: 'test', consoleDir: dir });
  return app;
}

const BUILT = { 'index.html': INDEX, 'assets/app-1a2b.js': SCRIPT };

afterEach(async () => {
  await app?.close();
  await db?.close();
  app = null;
  db = null;
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function expectHardened(headers: Record<string, unknown>) {
  expect(headers['content-security-policy']).toBe(CONSOLE_CSP);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['access-control-allow-origin']).toBeUndefined();
}

describe('the console web app, served by the county server', () => {
  it('sends / and /console to /console/', async () => {
    const server = await serverWith(BUILT);
    for (const url of ['/', '/console']) {
      const r = await server.inject({ method: 'GET', url });
      expect(r.statusCode).toBe(302);
      expect(r.headers.location).toBe('/console/');
    }
  });

  it('serves the page and its files with a strict CSP', async () => {
    const server = await serverWith(BUILT);
    const page = await server.inject({ method: 'GET', url: '/console/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toBe(INDEX);
    expect(page.headers['cache-control']).toBe('no-cache');
    expectHardened(page.headers);
    expect(CONSOLE_CSP).toContain("script-src 'self'");
    expect(CONSOLE_CSP).toContain("frame-ancestors 'none'");
    expect(CONSOLE_CSP).not.toMatch(/script-src[^;]*unsafe/);

    const script = await server.inject({ method: 'GET', url: '/console/assets/app-1a2b.js' });
    expect(script.statusCode).toBe(200);
    expect(script.body).toBe(SCRIPT);
    expect(script.headers['cache-control']).toContain('immutable');
    expectHardened(script.headers);
  });

  it("answers the browser router's paths with the page, and a missing file with 404", async () => {
    const server = await serverWith(BUILT);
    for (const url of ['/console/login', '/console/ledgers/seekers?from=2026-11-01', '/console/dashboard/']) {
      const r = await server.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(200);
      expect(r.body).toBe(INDEX);
      expectHardened(r.headers);
    }
    const missing = await server.inject({ method: 'GET', url: '/console/assets/gone-9z9z.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'not.found', messageZh: '没有这个文件' });
    expectHardened(missing.headers);
    const traversal = await server.inject({ method: 'GET', url: '/console/..%2f..%2fpackage.json' });
    expect(traversal.statusCode).toBe(404);
  });

  it('says in Chinese how to build the console when it has not been built', async () => {
    const server = await serverWith(null);
    for (const url of ['/console/', '/console/ledgers/seekers']) {
      const r = await server.inject({ method: 'GET', url });
      expect(r.statusCode).toBe(503);
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(r.body).toContain('县级控制台网页还没有构建');
      expect(r.body).toContain('npm run build:console');
      expectHardened(r.headers);
    }
    const home = await server.inject({ method: 'GET', url: '/' });
    expect(home.headers.location).toBe('/console/');
  });

  it('leaves the API as it was: the console API still needs a session, sync paths still answer any origin', async () => {
    const server = await serverWith(BUILT);
    const me = await server.inject({ method: 'GET', url: '/api/v1/console/me' });
    expect(me.statusCode).toBe(401);
    const health = await server.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(health.headers['access-control-allow-origin']).toBe('*');
    expect(health.headers['content-security-policy']).toBeUndefined();
  });
});
