import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { Seeker } from '#shared/entities/seeker';
import { checkCharacter } from '#shared/identifiers/resident-id';
import { makeSeeker } from '#shared/matching/synthetic';
import { encodeHlc } from '#shared/sync/hlc';
import { postJson } from '../post-json';

const TSX = join('node_modules', '.bin', 'tsx');
const ADMIN_TOKEN = 'e2e-console-admin-token-000000000000000';
export const PASSWORD = 'console-e2e-password-1';

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

/** A valid resident ID number (county 522626) for a birth date and a sequence number. */
export function residentId(birth: string, seq: number): string {
  const first17 = `522626${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return `${first17}${checkCharacter(first17)}`;
}

/**
 * The county server as its admin runs it (`npm run county`, which builds the console first when its build is
 * missing or stale) on a data folder of its own, with the CLI for accounts and the sync API for data.
 */
export class TestCounty {
  readonly data = mkdtempSync(join(tmpdir(), 'county-console-e2e-'));
  private server: ChildProcess | null = null;
  port = 0;
  private readonly env = { ...process.env, COUNTY_ADMIN_TOKEN: ADMIN_TOKEN };

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** `npm run county -- ARGS` with this data folder; `input` goes to standard input. */
  cli(args: readonly string[], input?: string): string {
    return execFileSync(TSX, ['server/src/cli.ts', ...args, '--data', this.data], {
      env: this.env,
      encoding: 'utf8',
      ...(input === undefined ? {} : { input }),
    });
  }

  addUser(name: string, role: 'county-admin' | 'viewer', display: string): void {
    this.cli(
      ['user', 'add', '--name', name, '--role', role, '--display', display, '--password-stdin'],
      `${PASSWORD}\n`,
    );
  }

  async start(): Promise<void> {
    this.port = Number(process.env['E2E_COUNTY_PORT'] ?? 0) || (await freePort());
    this.server = spawn('node', ['scripts/county.mjs', '--port', String(this.port), '--data', this.data], {
      env: this.env,
      stdio: process.env['E2E_DEBUG'] ? 'inherit' : 'ignore',
    });
    // A first start may build the console, and tsx compiles the server: a busy machine gets three minutes; the
    // wait ends as soon as the console's page answers.
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.url}/console/`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('county server did not serve the console within three minutes');
  }

  stop(): void {
    this.server?.kill('SIGTERM');
    this.server = null;
  }

  cleanUp(): void {
    this.stop();
    rmSync(this.data, { recursive: true, force: true });
  }

  /** Every live console session has been idle for 31 minutes: the next request finds it expired. */
  ageSessions(): void {
    const db = new Database(join(this.data, 'county.sqlite'));
    try {
      db.pragma('busy_timeout = 10000');
      db.prepare('UPDATE console_sessions SET last_seen_at = last_seen_at - ?').run(31 * 60 * 1000);
    } finally {
      db.close();
    }
  }

  private async api(path: string, body: unknown, token = ADMIN_TOKEN): Promise<unknown> {
    const response = await postJson(`${this.url}/api/v1${path}`, body, { authorization: `Bearer ${token}` });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.json)}`);
    return response.json;
  }

  /** Adds a station and enrols a PC for it, as a station would: its id and sync token. */
  async enrolStation(name: string, areaCode: string): Promise<{ stationId: string; token: string }> {
    const { enrollmentCode } = (await this.api('/admin/stations', { name, areaCode })) as { enrollmentCode: string };
    return (await this.api('/enroll', { enrollmentCode, deviceName: `${name} PC` })) as {
      stationId: string;
      token: string;
    };
  }

  /**
   * Pushes records of one table for a station through the sync API, stamped `aheadMs` past now (a PC clock
   * ahead); every one must be applied, or held when stamped more than 5 minutes ahead.
   */
  async push(station: { stationId: string; token: string }, table: string, records: readonly object[], aheadMs = 0) {
    let counter = 0;
    const mutations = records.map((record) => {
      const { updatedAt: _u, ...fields } = record as Record<string, unknown>;
      counter += 1;
      return {
        id: uuidv7(),
        table,
        recordId: fields['id'],
        op: 'upsert',
        hlc: encodeHlc({ ms: Date.now() + aheadMs, counter, node: 'e2e' }),
        fields: { ...fields, stationId: station.stationId },
      };
    });
    const answer = (await this.api('/sync/push', { schemaVersion: 1, mutations }, station.token)) as {
      results: { status: string; message?: string }[];
    };
    const expected = aheadMs > 5 * 60_000 ? 'held' : 'applied';
    const refused = answer.results.filter((r) => r.status !== expected);
    if (refused.length > 0) throw new Error(`push refused: ${JSON.stringify(refused)}`);
  }
}

/** Seekers registered today at a station: names, ID numbers, phones and priority groups a county would see. */
export function seekersFor(
  stationId: string,
  people: readonly { name: string; idNumber: string; groups?: Seeker['groups'] }[],
) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return people.map((person, i) =>
    makeSeeker(uuidv7(), {
      stationId,
      createdAt: Date.now(),
      name: person.name,
      idNumber: person.idNumber,
      birthDate: `${person.idNumber.slice(6, 10)}-${person.idNumber.slice(10, 12)}-${person.idNumber.slice(12, 14)}`,
      sex: Number(person.idNumber[16]) % 2 === 0 ? 'female' : 'male',
      phone: `1380000${String(8000 + i).padStart(4, '0')}`,
      villageCode: '522626101203',
      groups: person.groups ?? [],
      consent: { date: today, matching: true, county: true, recordedBy: 'e2e', withdrawnOn: null },
    }),
  );
}
