// The hostile side of bench/hostile/kernel.ts, in a process of its own so that its work does not slow the server
// being measured: `node attackers.mjs PORT SLOW FLOOD_WORKERS`. Reports counts on stdout when sent SIGTERM.
import { connect } from 'node:net';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const [port, slow, workers] = process.argv.slice(2).map(Number);
let running = true;
let slowOpened = 0;
let floodSent = 0;
const statuses = {};

function slowOne() {
  if (!running) return;
  const socket = connect({ port, host: '127.0.0.1', localAddress: '127.0.0.2' });
  slowOpened += 1;
  socket.on('error', () => undefined);
  socket.on('connect', () => socket.write('POST /api/v1/sync/push HTTP/1.1\r\nHost: county\r\n'));
  const drip = setInterval(() => socket.write('X-Slow: 1\r\n'), 1_000);
  socket.on('close', () => {
    clearInterval(drip);
    setTimeout(slowOne, 200);
  });
}
for (let i = 0; i < slow; i += 1) slowOne();

const bomb = gzipSync(Buffer.alloc(1024 * 1024, 0x20));
async function floodWorker() {
  while (running) {
    const status = await new Promise((resolve) => {
      const socket = connect({ port, host: '127.0.0.1', localAddress: '127.0.0.3' });
      socket.on('error', () => resolve(0));
      socket.on('data', (chunk) => {
        resolve(Number(/HTTP\/1\.1 (\d+)/.exec(chunk.toString('latin1'))?.[1] ?? 0));
        socket.destroy();
      });
      socket.on('close', () => resolve(0));
      socket.write(
        `POST /api/v1/sync/push HTTP/1.1\r\nHost: county\r\nAuthorization: Bearer made-up-${randomUUID()}\r\n` +
          `Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: ${bomb.length}\r\n\r\n`,
      );
      socket.write(bomb);
    });
    floodSent += 1;
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
}
for (let i = 0; i < workers; i += 1) void floodWorker();

process.on('SIGTERM', () => {
  running = false;
  process.stdout.write(`${JSON.stringify({ slowOpened, floodSent, statuses })}\n`, () => process.exit(0));
});
