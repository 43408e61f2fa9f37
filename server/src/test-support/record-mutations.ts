import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import { encodeHlc } from '#shared/sync/hlc';
import type { StoredFinding } from '#shared/entities/stored-finding';

type Fields = Record<string, unknown>;
type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/** Noon in Beijing on a day, as ms (a record created then is registered that day). */
export const beijingNoon = (iso: string): number => Date.parse(`${iso}T04:00:00Z`);

/** A station as the tests push for it. */
export interface TestStation {
  readonly stationId: string;
  readonly token: string;
  readonly name: string;
}

/**
 * Records as stations write them, pushed through the real sync API: each change gets the next clock value, so
 * a later write (an attendance correction) is later for the server too.
 */
export function recordWriter(inject: Inject, adminToken: string, now: () => number) {
  let tick = 0;
  const hlc = () => encodeHlc({ ms: now(), counter: (tick += 1), node: 'dev' });
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  async function station(name: string, areaCode: string): Promise<TestStation> {
    const added = await inject({
      method: 'POST',
      url: '/api/v1/admin/stations',
      headers: auth(adminToken),
      payload: { name, areaCode },
    });
    expect(added.statusCode).toBe(201);
    const { enrollmentCode } = added.json() as { enrollmentCode: string };
    const enrolled = await inject({
      method: 'POST',
      url: '/api/v1/enroll',
      payload: { enrollmentCode, deviceName: 'PC' },
    });
    expect(enrolled.statusCode).toBe(200);
    return { ...(enrolled.json() as { stationId: string; token: string }), name };
  }

  async function push(s: TestStation, mutations: unknown[]): Promise<void> {
    const r = await inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: auth(s.token),
      payload: { schemaVersion: 1, mutations },
    });
    expect(r.statusCode).toBe(200);
    const results = (r.json() as { results: { status: string; message?: string }[] }).results;
    expect(results.filter((x) => x.status !== 'applied')).toEqual([]);
  }

  /** Writes (or changes) a record of the station's; returns its id. */
  async function write(s: TestStation, table: string, fields: Fields, id: string = uuidv7()): Promise<string> {
    const base = { id, stationId: s.stationId, createdAt: beijingNoon('2026-06-01'), deleted: false };
    await push(s, [{ id: uuidv7(), table, recordId: id, op: 'upsert', hlc: hlc(), fields: { ...base, ...fields } }]);
    return id;
  }

  async function remove(s: TestStation, table: string, id: string): Promise<void> {
    await push(s, [{ id: uuidv7(), table, recordId: id, op: 'delete', hlc: hlc(), fields: {} }]);
  }

  return {
    station,
    write,
    remove,
    seeker: (s: TestStation, registered: string, fields: Fields) =>
      write(s, 'seekers', {
        sex: 'female',
        birthDate: '1985-03-02',
        phone: null,
        groups: [],
        status: 'active',
        ...fields,
        createdAt: beijingNoon(registered),
      }),
    visit: (s: TestStation, placementId: string, kind: string, visitedOn: string, findings: StoredFinding[]) =>
      write(s, 'visits', {
        createdAt: beijingNoon(visitedOn),
        placementId,
        kind,
        visitedOn,
        recordedBy: '周干事',
        answers: [],
        findings,
        note: '',
      }),
    mark: (s: TestStation, courseId: string, enrolmentId: string, sessionId: string, mark: string) =>
      write(s, 'attendance', {
        courseId,
        sessionId,
        enrolmentId,
        mark,
        method: 'roll-call',
        signedAt: null,
        recordedBy: null,
        corrects: null,
        reason: null,
      }),
  };
}

export type RecordWriter = ReturnType<typeof recordWriter>;

export const finding = (checkId: string, status: StoredFinding['status'], severity: StoredFinding['severity']) => ({
  checkId,
  status,
  severity,
  reason: status,
  params: {},
});
