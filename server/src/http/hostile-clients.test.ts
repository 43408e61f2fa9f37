import { connect, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type AppOptions } from '../app';
import { auth, countyForEachTest } from '../test-support/county';

const county = countyForEachTest();
const opened: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

async function listening(options: Partial<AppOptions>) {
  const app = await buildApp({ service: county.service, version: 'test', rateLimitPerMinute: 1_000_000, ...options });
  opened.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('not listening');
  return { app, port: address.port };
}

/** Resolves when the server closes the socket (or after `withinMs`, with false). */
const closedWithin = (socket: Socket, withinMs: number) =>
  new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), withinMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

const open = (port: number, localAddress?: string) =>
  new Promise<Socket>((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', localAddress }, () => resolve(socket));
    socket.once('error', reject);
  });

describe('clients that try to tie the county server up', () => {
  it('checks the token before the body: a bad token with an unreadable gzip body is a 401, not a 400', async () => {
    const r = await county.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...auth('made-up'), 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: Buffer.from('not gzip at all'),
    });
    expect(r.statusCode).toBe(401);
    const bomb = gzipSync(Buffer.alloc(32 * 1024 * 1024, 0x20));
    const big = await county.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: { ...auth('made-up-too'), 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: bomb,
    });
    expect(big.statusCode).toBe(401);
  });

  it('answers 429 to an address sending many wrong tokens, whatever token it makes up, and no one else', async () => {
    const app = await buildApp({
      service: county.service,
      version: 'test',
      rateLimitPerMinute: 1_000_000,
      limits: { failedAuthPerMinute: 3 },
      now: () => county.clock.now,
    });
    opened.push(app);
    const a = await county.enrolledStation();
    const pull = (token: string, remoteAddress: string) =>
      app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers: auth(token), remoteAddress });
    const codes = [];
    for (let i = 0; i < 5; i += 1) codes.push((await pull(`guess-${i}`, '10.0.0.9')).statusCode);
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    expect((await pull(`guess-9`, '10.0.0.9')).json()).toMatchObject({ error: 'auth.tooManyFailures' });
    expect((await pull(a.token, '10.0.0.8')).statusCode).toBe(200);
    county.clock.now += 61_000;
    expect((await pull(a.token, '10.0.0.9')).statusCode).toBe(200);
  });

  it('counts the request rate by device, not by the token text a caller sends', async () => {
    const app = await buildApp({ service: county.service, version: 'test', rateLimitPerMinute: 2 });
    opened.push(app);
    const a = await county.enrolledStation();
    const codes = [];
    for (let i = 0; i < 3; i += 1)
      codes.push((await app.inject({ method: 'GET', url: '/api/v1/sync/pull', headers: auth(a.token) })).statusCode);
    expect(codes).toEqual([200, 200, 429]);
  });

  it('closes a request whose body never finishes arriving, and keeps slow connections from one address to a share', async () => {
    const { port } = await listening({ limits: { requestTimeoutMs: 1_000, idleTimeoutMs: 1_000, perAddress: 3 } });
    const slow = await open(port);
    slow.write(
      'POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
    );
    const drip = setInterval(() => slow.write(' '), 200);
    expect(await closedWithin(slow, 5_000)).toBe(true);
    // With a valid token the body is waited for, but only until the deadline.
    const { token } = await county.enrolledStation();
    const started = Date.now();
    const honestButSlow = await open(port);
    honestButSlow.write(
      `POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
    );
    const drip2 = setInterval(() => honestButSlow.write(' '), 200);
    expect(await closedWithin(honestButSlow, 5_000)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    clearInterval(drip);
    clearInterval(drip2);

    const crowd = await Promise.all([1, 2, 3, 4].map(() => open(port, '127.0.0.2')));
    const fourth = crowd[3] as Socket;
    expect(await closedWithin(fourth, 2_000)).toBe(true);
    // Another address still gets through.
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(health.status).toBe(200);
    for (const s of crowd) s.destroy();
  });
});
