import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { auth, countyForEachTest } from '../test-support/county';

const county = countyForEachTest();
const opened: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

describe('TLS on the server, and a reverse proxy in front of it', () => {
  it('serves https with the certificate and key it is given', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'county-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const app = await buildApp({
      service: county.service,
      version: 'test',
      tls: { cert: readFileSync(join(dir, 'cert.pem')), key: readFileSync(join(dir, 'key.pem')) },
    });
    opened.push(app);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = address && typeof address === 'object' ? address.port : 0;
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/v1/health',
          ca: readFileSync(join(dir, 'cert.pem')),
          servername: 'localhost',
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(body)).toMatchObject({ ok: true });
  });

  it('behind a trusted proxy, counts refused tokens by the caller’s address, not the proxy’s', async () => {
    const app = await buildApp({
      service: county.service,
      version: 'test',
      trustProxy: ['127.0.0.1'],
      limits: { failedAuthPerMinute: 2 },
      now: () => county.clock.now,
    });
    opened.push(app);
    const a = await county.enrolledStation();
    const pull = (token: string, caller: string) =>
      app.inject({
        method: 'GET',
        url: '/api/v1/sync/pull',
        remoteAddress: '127.0.0.1',
        headers: { ...auth(token), 'x-forwarded-for': caller },
      });
    const codes = [];
    for (let i = 0; i < 3; i += 1) codes.push((await pull(`guess-${i}`, '10.1.1.1')).statusCode);
    expect(codes).toEqual([401, 401, 429]);
    expect((await pull(a.token, '10.2.2.2')).statusCode).toBe(200);
  });
});
