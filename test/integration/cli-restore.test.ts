import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testBackends } from '#server/test-support/databases';

const TSX = join('node_modules', '.bin', 'tsx');

/** The county server as the admin starts it, until it says where it listens. */
function startServer(data: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  // Its own process group: tsx runs the server in a child process, and a crash takes both.
  const child = spawn(TSX, ['server/src/cli.ts', '--port', '0', '--data', data], {
    env,
    stdio: 'pipe',
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const found = /Doorstep county server \S+ on (http:\/\/[^;]+);/.exec(out);
      if (found?.[1]) resolve({ child, url: found[1] });
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}${err}`)));
  });
}

/** kill -9 of the server's whole process group, as a crash or the OOM killer would end it. */
function crash(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null)
    process.kill(-child.pid, 'SIGKILL');
}

/** Every process of the server's group has ended (a zombie has let go of its files; only its exit code is left). */
async function stopped(child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const alive = spawnSync('ps', ['-e', '-o', 'pgid=,stat='], { encoding: 'utf8' })
      .stdout.split('\n')
      .map((line) => line.trim().split(/\s+/))
      .some(([group, state]) => group === String(child.pid) && !state?.startsWith('Z'));
    if (!alive) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server (process group ${child.pid}) did not stop`);
}

const running: ChildProcess[] = [];
afterEach(async () => {
  for (const child of running.splice(0)) {
    crash(child);
    await stopped(child);
  }
});

describe.each(testBackends())('county CLI: restore and a running server ($name)', ({ make }) => {
  // Each command is a fresh tsx process that compiles the server first: seconds each on a busy machine.
  it(
    'refuses to restore while the server runs, and restores once it has stopped, even killed',
    { timeout: 180_000 },
    async () => {
      const factory = await make();
      const data = join(mkdtempSync(join(tmpdir(), 'county-restore-')), 'county-data');
      const env = {
        ...process.env,
        COUNTY_ADMIN_TOKEN: 'restore-test-admin-token-00000000000',
        DATABASE_URL: factory.url ?? '',
      };
      const county = (...args: string[]) =>
        spawnSync(TSX, ['server/src/cli.ts', ...args, '--data', data], { encoding: 'utf8', env });
      try {
        const first = await startServer(data, env);
        running.push(first.child);
        const before = (await (await fetch(`${first.url}/api/v1/health`)).json()) as { serverEpoch: string };
        const backup = join(data, '..', 'backup.jsonl.gz');
        const saved = county('backup', backup);
        expect(saved.stdout + saved.stderr).toMatch(/Backup written/);

        const refused = county('restore', backup);
        expect(refused.status).toBe(1);
        expect(refused.stderr).toContain(
          'A county server is running on this database: stop it, restore, then start it again',
        );
        expect(refused.stderr).toContain('请先停止服务器');

        // A crashed server lets go of the database: nothing is left to clean up by hand.
        crash(first.child);
        await stopped(first.child);
        const restored = county('restore', backup);
        expect(restored.stdout + restored.stderr).toMatch(/Restored \d+ rows .* New epoch [0-9a-f-]{36}/);
        const epoch = /New epoch ([0-9a-f-]{36})/.exec(restored.stdout)?.[1];

        const second = await startServer(data, env);
        running.push(second.child);
        const after = (await (await fetch(`${second.url}/api/v1/health`)).json()) as { serverEpoch: string };
        expect(after.serverEpoch).toBe(epoch);
        expect(after.serverEpoch).not.toBe(before.serverEpoch);
      } finally {
        for (const child of running.splice(0)) {
          crash(child);
          await stopped(child);
        }
        await factory.cleanup();
      }
    },
  );
});
