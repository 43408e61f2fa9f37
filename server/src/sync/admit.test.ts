import { describe, expect, it } from 'vitest';
import { encodeHlc, MAX_CLOCK_DRIFT_MS } from '#shared/sync/hlc';
import type { Mutation } from '#shared/sync/mutation';
import { admit, type Admission, type AdmissionContext } from './admit';

const NOW = Date.UTC(2026, 10, 25, 10);
const ME = '0192f1a0-0000-7000-8000-000000000001';
const OTHER = '0192f1a0-0000-7000-8000-000000000002';
const RECORD = '0192f1a0-0000-7000-8000-0000000000aa';
const hlc = (ms: number) => encodeHlc({ ms, counter: 0, node: 'dev' });

const auditEntry = {
  id: RECORD,
  stationId: ME,
  at: 1,
  hlc: hlc(NOW),
  actorId: null,
  actorName: null,
  action: 'x',
  table: 'seekers',
  recordId: 'r',
  fields: [],
  reason: null,
};

const base: Mutation = {
  id: '0192f1a0-0000-7000-8000-0000000000f1',
  table: 'villages',
  recordId: RECORD,
  op: 'upsert',
  hlc: hlc(NOW),
  fields: { name: '幸福村' },
};
const context: AdmissionContext = { existing: undefined, stationId: ME, isCountyOffice: false, seen: false, now: NOW };
const applied: Admission = { status: 'applied' };
const scope = (message = 'A station may change only its own records'): Admission => ({
  status: 'rejected',
  code: 'scope',
  message,
});
const appendOnly: Admission = {
  status: 'rejected',
  code: 'append-only',
  message: '"audit" entries are written once and never changed',
};

/** One row per rule and its edges: the mutation and context differ from `base` and `context` as given. */
const rows: [string, Partial<Mutation>, Partial<AdmissionContext>, Admission][] = [
  ['a new record of a shared table', {}, {}, applied],
  ['an id already held', {}, { seen: true }, { status: 'duplicate' }],
  ['an id already held wins over every other rule', { table: 'nope' }, { seen: true }, { status: 'duplicate' }],
  ['a table that does not sync', { table: 'nope' }, {}, reject('table.unknown', 'Table "nope" does not sync')],
  [
    'a table of the app that does not sync',
    { table: 'outbox' },
    {},
    reject('table.unknown', 'Table "outbox" does not sync'),
  ],
  [
    'a NUL character in a field',
    { fields: { name: '幸福\u0000村' } },
    {},
    reject('text.nul', 'Text holds a NUL character (\\u0000), which the county cannot store'),
  ],
  [
    'a NUL character in a field name',
    { fields: { ['na\u0000me']: '幸福村' } },
    {},
    reject('text.nul', 'Text holds a NUL character (\\u0000), which the county cannot store'),
  ],
  [
    'a NUL character in the record id',
    { recordId: 'r\u0000' },
    {},
    reject('text.nul', 'Text holds a NUL character (\\u0000), which the county cannot store'),
  ],
  [
    'a NUL character in the table, before the table is looked up',
    { table: 'villages\u0000' },
    {},
    reject('text.nul', 'Text holds a NUL character (\\u0000), which the county cannot store'),
  ],
  ['an id already held wins over a NUL character', { recordId: 'r\u0000' }, { seen: true }, { status: 'duplicate' }],
  ['an unknown field', { fields: { nope: 1 } }, {}, reject('schema', '(fields): Unrecognized key: "nope"')],
  [
    'a field of the wrong type',
    { fields: { name: 5 } },
    {},
    reject('schema', 'name: Invalid input: expected string, received number'),
  ],
  ['a delete of a shared record', { op: 'delete', fields: { deleted: true } }, {}, applied],
  ['fields.id equal to the record id', { fields: { id: RECORD } }, {}, applied],
  ['fields.id not the record id', { fields: { id: OTHER } }, {}, reject('schema', 'fields.id differs from recordId')],
  ['naming its own station', { fields: { stationId: ME } }, {}, applied],
  ['naming another station', { fields: { stationId: OTHER } }, {}, scope()],
  ['a record it owns', {}, { existing: { owner: ME } }, applied],
  ['a record another station owns', {}, { existing: { owner: OTHER } }, scope()],
  [
    'a record another station owns, naming itself',
    { fields: { stationId: ME } },
    { existing: { owner: OTHER } },
    scope(),
  ],
  ['its own station record', { table: 'stations', recordId: ME, fields: { name: '幸福村就业服务站' } }, {}, applied],
  [
    'another station’s record, before that station first synced',
    { table: 'stations', recordId: OTHER, fields: { name: '幸福村就业服务站' } },
    {},
    scope('A station may change only its own station record'),
  ],
  [
    'another station’s record, naming itself',
    { table: 'stations', recordId: OTHER, fields: { stationId: ME } },
    {},
    scope('A station may change only its own station record'),
  ],
  [
    'a county-office table from a village station',
    { table: 'ruleParameters', fields: {} },
    {},
    scope('Only the county office may change "ruleParameters"'),
  ],
  [
    'a county-office table from the county office',
    { table: 'ruleParameters', fields: {} },
    { isCountyOffice: true },
    applied,
  ],
  [
    'a county-office table, another station’s record',
    { table: 'ruleParameters', fields: {} },
    { isCountyOffice: true, existing: { owner: OTHER } },
    scope(),
  ],
  ['a new append-only entry', { table: 'audit', fields: auditEntry }, {}, applied],
  [
    'an append-only entry written again',
    { table: 'audit', fields: auditEntry },
    { existing: { owner: ME } },
    appendOnly,
  ],
  ['an append-only entry deleted', { table: 'audit', op: 'delete', fields: auditEntry }, {}, appendOnly],
  [
    'an append-only entry missing a field',
    { table: 'audit', fields: { ...auditEntry, action: undefined } },
    {},
    reject('schema', 'action: Invalid input: expected string, received undefined'),
  ],
  ['a clock five minutes ahead, to the millisecond', { hlc: hlc(NOW + MAX_CLOCK_DRIFT_MS) }, {}, applied],
  [
    'a clock five minutes and a millisecond ahead',
    { hlc: hlc(NOW + MAX_CLOCK_DRIFT_MS + 1) },
    {},
    {
      status: 'held',
      message: 'Clock 5 minutes ahead of the county: held until it is due',
      wallMs: NOW + MAX_CLOCK_DRIFT_MS + 1,
    },
  ],
  [
    'a clock an hour ahead',
    { hlc: hlc(NOW + 12 * MAX_CLOCK_DRIFT_MS) },
    {},
    {
      status: 'held',
      message: 'Clock 60 minutes ahead of the county: held until it is due',
      wallMs: NOW + 12 * MAX_CLOCK_DRIFT_MS,
    },
  ],
  [
    'a held id sent again unchanged is held again',
    { hlc: hlc(NOW + 12 * MAX_CLOCK_DRIFT_MS) },
    { held: { hlc: hlc(NOW + 12 * MAX_CLOCK_DRIFT_MS), stationId: ME, refusal: null } },
    {
      status: 'held',
      message: 'Clock 60 minutes ahead of the county: held until it is due',
      wallMs: NOW + 12 * MAX_CLOCK_DRIFT_MS,
    },
  ],
  [
    'a held id re-stamped by its station is judged afresh',
    {},
    { held: { hlc: hlc(NOW + 12 * MAX_CLOCK_DRIFT_MS), stationId: ME, refusal: null } },
    applied,
  ],
  [
    'a held id sent again once it is due is judged afresh',
    {},
    { held: { hlc: hlc(NOW), stationId: ME, refusal: null } },
    applied,
  ],
  [
    'a held id sent by another station is a duplicate',
    {},
    { held: { hlc: hlc(NOW + 12 * MAX_CLOCK_DRIFT_MS), stationId: OTHER, refusal: null } },
    { status: 'duplicate' },
  ],
  [
    'a held id an admin refused is rejected with why',
    {},
    { held: { hlc: hlc(NOW), stationId: ME, refusal: { code: 'held.refused', message: 'wrong date' } } },
    { status: 'rejected', code: 'held.refused', message: 'wrong date' },
  ],
  [
    'a held id the rules refused at its release keeps that refusal',
    {},
    { held: { hlc: hlc(NOW), stationId: ME, refusal: { code: 'scope', message: 'not yours' } } },
    scope('not yours'),
  ],
  ['a clock far behind', { hlc: hlc(NOW - 30 * MAX_CLOCK_DRIFT_MS) }, {}, applied],
  ['a refusal wins over a hold', { hlc: hlc(NOW + 3 * MAX_CLOCK_DRIFT_MS) }, { existing: { owner: OTHER } }, scope()],
  ['a clock that does not decode is not held', { hlc: 'bad' }, {}, applied],
];

function reject(code: 'text.nul' | 'table.unknown' | 'schema', message: string): Admission {
  return { status: 'rejected', code, message };
}

describe('admission of one mutation', () => {
  it.each(rows)('%s', (_name, mutation, overrides, expected) => {
    const fields = Object.fromEntries(
      Object.entries(mutation.fields ?? base.fields).filter(([, v]) => v !== undefined),
    );
    expect(admit({ ...base, ...mutation, fields }, { ...context, ...overrides })).toEqual(expected);
  });
});
