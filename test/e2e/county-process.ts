import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TSX = join('node_modules', '.bin', 'tsx');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The county server as the county admin runs it (`npm run county`), on a free port and a data folder of its own,
 * and its CLI on the same data.
 */
export class CountyProcess {
  readonly data = mkdtempSync(join(tmpdir(), 'county-e2e-'));
  readonly env = { ...process.env, COUNTY_ADMIN_TOKEN: 'e2e-admin-token-00000000000000000000' };
  port = 0;
  private server: ChildProcess | null = null;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  cli(...args: string[]): string {
    return execFileSync(TSX, ['server/src/cli.ts', ...args, '--data', this.data], { env: this.env, encoding: 'utf8' });
  }

  /** A station added with `station add`: its enrolment code. */
  addStation(name: string, area: string): string {
    const added = this.cli('station', 'add', '--name', name, '--area', area);
    const code = /Enrolment code.*: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(added)?.[1];
    if (!code) throw new Error(`no enrolment code in: ${added}`);
    return code;
  }

  async start(): Promise<void> {
    if (this.port === 0) this.port = await freePort();
    this.server = spawn(TSX, ['server/src/cli.ts', '--port', String(this.port), '--data', this.data], {
      env: this.env,
      stdio: 'ignore',
    });
    // tsx compiles the server as it starts: allow a busy machine a minute, and stop waiting once it answers.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.url}/api/v1/health`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('county server did not start within a minute');
  }

  stop(): void {
    this.server?.kill('SIGTERM');
    this.server = null;
  }
}
