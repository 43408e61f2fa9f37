import { expect, it } from 'vitest';
import { saveSeeker } from '#renderer/db/commands/seekers';
import { addStaff } from '#renderer/db/commands/staff';
import { pin123456 } from '#renderer/test-support/test-env';
import { seekerInput } from '#renderer/test-support/inputs';
import { completeTrainee } from '#renderer/db/commands/completion';
import { enrolSeekers } from '#renderer/db/commands/enrolments';
import { recordAttendance } from '#renderer/db/commands/attendance';
import { saveCourse } from '#renderer/db/commands/courses';
import { describeWithCounty, must, station } from './harness';

/**
 * Training records through the real county server: courses are county-shared (another station sees them, may
 * not change them or enrol in them), enrolments are the station's own, attendance events are append-only (a correction arrives as a second event,
 * the first is kept), and a completion's new skill reaches the county on the seeker.
 */
describeWithCounty('training records syncing with the county', (county) => {
  it('pushes a course, its enrolment, both attendance events of a correction, and the completed skill', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const b = await station(county, '和平村就业服务站', 'devb');
    const trainer = must(
      await addStaff(a.env, a.actor, { name: '李老师', role: 'trainer', admin: false, pin: await pin123456() }),
    );
    const teacher = { id: trainer.id, name: trainer.name };
    const person = seekerInput({ skills: [] });
    must(await saveSeeker(a.env, a.actor, person));
    const course = must(
      await saveCourse(a.env, a.actor, {
        id: a.env.newId(),
        title: '缝纫工培训班',
        skillCode: 'sewing-machine',
        skillLevel: 'beginner',
        certificateKind: 'special-ability',
        certificateName: '专项职业能力证书（缝纫机操作）',
        sessions: [{ id: 's1', date: '2026-11-25', part: 'morning', hours: 4 }],
        venue: '村委会',
        trainerId: trainer.id,
        targetGroups: [],
        capacity: 10,
        subsidy: { programme: '职业技能提升补贴', minAttendanceRate: 0.8, warnAttendanceRate: 0.9, minClassHours: 4 },
        status: 'open',
        notes: '',
      }),
    );
    must(await enrolSeekers(a.env, a.actor, course.id, [person.id]));
    const enrolment = (await a.env.db.enrolments.toArray())[0];
    const enrolmentId = enrolment?.id ?? '';
    must(
      await recordAttendance(a.env, teacher, {
        courseId: course.id,
        sessionId: 's1',
        method: 'roll-call',
        marks: [{ enrolmentId, mark: 'absent' }],
      }),
    );
    a.env.clock.now += 60_000;
    must(
      await recordAttendance(a.env, teacher, {
        courseId: course.id,
        sessionId: 's1',
        method: 'roll-call',
        marks: [{ enrolmentId, mark: 'present' }],
        reason: '点名时不在教室',
      }),
    );
    must(await completeTrainee(a.env, a.actor, enrolmentId, { serial: 'ZX-0001', issuedOn: '2026-11-25' }));

    await a.sync();
    expect(await a.env.db.outbox.count()).toBe(0);
    expect(await county.service.record('courses', course.id)).toMatchObject({
      title: '缝纫工培训班',
      trainerName: '李老师',
      stationId: a.stationId,
    });
    expect(await county.service.record('enrolments', enrolmentId)).toMatchObject({
      status: 'completed',
      certificateSerial: 'ZX-0001',
    });
    const events = await a.env.db.attendance.toArray();
    expect(events).toHaveLength(2);
    for (const e of events)
      expect(await county.service.record('attendance', e.id)).toMatchObject({ mark: e.mark, corrects: e.corrects });
    expect(await county.service.record('seekers', person.id)).toMatchObject({
      skills: [{ code: 'sewing-machine', level: 'beginner' }],
    });

    // The course is county-shared: the other station sees it (matching suggests it there) but cannot run it;
    // enrolments and attendance stay with the station that runs it.
    await b.sync();
    expect(await b.env.db.courses.get(course.id)).toMatchObject({ title: '缝纫工培训班', stationId: a.stationId });
    expect(await b.env.db.enrolments.count()).toBe(0);
    expect(await b.env.db.attendance.count()).toBe(0);
    const theirs = seekerInput({ name: '王小红', idNumber: null, phone: null, skills: [] });
    must(await saveSeeker(b.env, b.actor, theirs));
    expect(await enrolSeekers(b.env, b.actor, course.id, [theirs.id])).toMatchObject({
      ok: false,
      error: { code: 'course.otherStation' },
    });
    const { updatedAt: _u, trainerName: _n, stationId: _st, createdAt: _c, deleted: _d, ...input } = course;
    expect(await saveCourse(b.env, b.actor, { ...input, trainerId: null, title: '改名' })).toMatchObject({
      ok: false,
      error: { code: 'course.otherStation' },
    });
  });
});
