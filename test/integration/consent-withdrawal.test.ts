import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { recordVisit, registerPlacement } from '#renderer/db/commands/follow-ups';
import { createReferral } from '#renderer/db/commands/referrals';
import { saveEmployer, saveJob } from '#renderer/db/commands/employers';
import { revealSeekerField, saveSeeker, withdrawConsent } from '#renderer/db/commands/seekers';
import { employerInput, jobInput, seekerInput } from '#renderer/test-support/inputs';
import { encodeHlc } from '#shared/sync/hlc';
import { backupTo } from '#server/backup';
import { describeWithCounty, must, station } from './harness';

const ID = '11010519491231002X';
/** What identifies the person who withdraws (the other station's person shares only the ID number). */
const THEIRS = ['李秀英', '13812345678', '村东头', '她嫌远', '同厂', '常哭', '回电确认'];
const found = (text: string, secrets: readonly string[]) => secrets.filter((s) => text.includes(s));

describeWithCounty('withdrawn consent erases the person at the county', (county) => {
  it('from the record, the mutation log, the pull feed, the duplicate queue, the quarantine and later backups', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const b = await station(county, '和平村就业服务站', 'devb');
    const person = seekerInput({ notes: '住村东头第三家' });
    must(await saveSeeker(a.env, a.actor, person));
    const employer = employerInput();
    must(await saveEmployer(a.env, a.actor, employer));
    const job = jobInput(employer.id);
    must(await saveJob(a.env, a.actor, job));
    const referral = must(
      await createReferral(a.env, a.actor, { seekerId: person.id, jobId: job.id, today: '2026-11-25', note: '她嫌远' }),
    );
    const placement = must(
      await registerPlacement(a.env, a.actor, {
        seekerId: person.id,
        jobId: job.id,
        startDate: '2026-11-25',
        note: '她丈夫在同厂',
      }),
    );
    const visit = must(
      await recordVisit(a.env, a.actor, {
        placementId: placement.id,
        kind: 'week-1',
        visitedOn: '2026-12-02',
        answers: [{ questionId: 'contract', answer: 'no', evidence: '回电确认过' }],
        note: '工友说她常哭',
      }),
    );
    must(await revealSeekerField(a.env, a.actor, person.id, 'phone', '回电确认李秀英的电话'));
    // The same person registered at another station: the county queues the pair.
    must(await saveSeeker(b.env, b.actor, seekerInput({ name: '李秀', phone: '13900000000' })));
    await a.sync();
    await b.sync();
    expect(await county.service.record('seekers', person.id)).toMatchObject({ name: '李秀英', idNumber: ID });
    expect(await county.service.duplicates()).toHaveLength(1);

    // A change of hers held for a clock two days ahead.
    const enrollment = await county.db.transaction((sql) =>
      sql.all<{ id: string }>('SELECT id FROM enrollments WHERE station_id = ?', [a.stationId]),
    );
    const held = await county.service.push(
      { kind: 'station', stationId: a.stationId, enrollmentId: String(enrollment[0]?.id) },
      [
        {
          id: '0192f000-0000-7000-8000-00000000b001',
          table: 'seekers',
          recordId: person.id,
          op: 'upsert',
          hlc: encodeHlc({ ms: Date.now() + 2 * 86_400_000, counter: 0, node: 'deva' }),
          fields: { notes: '李秀英搬去县城了', phone: '13812345678' },
        },
      ],
    );
    expect(held[0]).toMatchObject({ status: 'held', code: 'clock.ahead' });

    a.env.clock.now += 60_000;
    must(await withdrawConsent(a.env, a.actor, person.id));
    await a.sync();

    const record = (await county.service.record('seekers', person.id)) ?? {};
    expect(record).toMatchObject({ deleted: true, status: 'withdrawn', birthDate: '1949-07-01', sex: 'female' });
    expect(found(JSON.stringify(record), [...THEIRS, ID])).toEqual([]);
    expect(await county.service.record('referrals', referral.id)).toMatchObject({ note: '', status: referral.status });
    expect(await county.service.record('placements', placement.id)).toMatchObject({ note: '' });
    expect(await county.service.record('visits', visit.id)).toMatchObject({
      note: '',
      answers: [{ questionId: 'contract', answer: 'no', evidence: '' }],
    });

    const log = await county.db.transaction((sql) =>
      sql.all<{ fields: string; owner_station_id: string }>('SELECT fields, owner_station_id FROM mutations'),
    );
    expect(found(log.map((r) => r.fields).join('\n'), THEIRS)).toEqual([]);
    expect(
      found(
        log
          .filter((r) => r.owner_station_id === a.stationId)
          .map((r) => r.fields)
          .join('\n'),
        [ID],
      ),
    ).toEqual([]);

    const feed = await county.service.pull({ kind: 'admin' }, 0, 5_000);
    const fromA = feed.changes.filter((c) => c.stationId === a.stationId);
    expect(fromA.length).toBeGreaterThan(0);
    expect(found(JSON.stringify(feed.changes), THEIRS)).toEqual([]);
    expect(found(JSON.stringify(fromA), [ID])).toEqual([]);

    expect(await county.service.duplicates()).toEqual([]);
    expect(found(JSON.stringify(await county.service.hold.list()), THEIRS)).toEqual([]);

    const file = join(mkdtempSync(join(tmpdir(), 'erased-')), 'county.jsonl.gz');
    await backupTo(county.db, file);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    expect(found(lines.join('\n'), THEIRS)).toEqual([]);
    const withId = lines.filter((l) => l.includes(ID));
    expect(withId.length).toBeGreaterThan(0);
    const rows = withId.map((l) => JSON.parse(l) as { t: string; r: Record<string, string> });
    const registeredAtB = rows.find((row) => row.t === 'report_seekers')?.r.registered_on;
    expect(registeredAtB).toBeDefined();
    for (const [i, row] of rows.entries()) {
      expect(withId[i]).not.toContain(person.id);
      // The county-wide one-per-person roll-up is keyed by the ID number alone: it stays, for the person at B.
      if (row.t === 'report_roll_people') {
        expect(Object.keys(row.r).sort()).toEqual(['figure', 'month', 'person_key', 'prev_month']);
        expect(registeredAtB?.startsWith(row.r.month as string)).toBe(true);
      } else expect(withId[i]).toContain(b.stationId);
    }
  });
});
