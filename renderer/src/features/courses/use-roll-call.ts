import { useCallback, useMemo, useState } from 'react';
import { latestEvents, latestFor } from '#shared/training/attendance';
import type { AttendanceMark } from '#shared/entities/attendance-event';
import type { Course, Session } from '#shared/entities/course';
import { useAttendance, useTrainees, type Trainee } from '../../db/training-queries';

/** A mark tapped at the roll-call and not saved yet, with when it was tapped (the sign-in time). */
export interface Draft {
  readonly mark: AttendanceMark;
  readonly at: number;
}

/** One session's roll-call: who is called, the marks saved and the marks tapped since. */
export function useRollCall(course: Course, session: Session) {
  const all = useTrainees(course.id);
  const events = useAttendance(course.id);
  const list = useMemo(
    () => (all ?? []).filter((x) => x.enrolment.status === 'enrolled' || x.enrolment.status === 'completed'),
    [all],
  );
  const saved = useMemo(() => {
    const latest = latestEvents((events ?? []).filter((e) => e.sessionId === session.id));
    return new Map(
      list.flatMap((x) => {
        const e = latestFor(latest, x.enrolment.id, session.id);
        return e ? [[x.enrolment.id, e] as const] : [];
      }),
    );
  }, [events, list, session.id]);
  const [draft, setDraft] = useState<ReadonlyMap<string, Draft>>(new Map());

  const markOf = useCallback(
    (x: Trainee): AttendanceMark | undefined => draft.get(x.enrolment.id)?.mark ?? saved.get(x.enrolment.id)?.mark,
    [draft, saved],
  );
  const changes = list.filter(
    (x) => draft.has(x.enrolment.id) && draft.get(x.enrolment.id)?.mark !== saved.get(x.enrolment.id)?.mark,
  );
  const corrections = changes.filter((x) => saved.has(x.enrolment.id));
  const marked = list.filter((x) => markOf(x) !== undefined).length;

  const setMark = useCallback(
    (index: number, mark: AttendanceMark) => {
      const x = list[index];
      if (!x) return;
      setDraft((d) => new Map(d).set(x.enrolment.id, { mark, at: Date.now() }));
    },
    [list],
  );
  const restPresent = useCallback(() => {
    setDraft((d) => {
      const next = new Map(d);
      const now = Date.now();
      for (const x of list)
        if (!next.has(x.enrolment.id) && !saved.has(x.enrolment.id))
          next.set(x.enrolment.id, { mark: 'present', at: now });
      return next;
    });
  }, [list, saved]);
  const clearDraft = useCallback(() => setDraft(new Map()), []);

  return {
    loading: all === undefined || events === undefined,
    list,
    saved,
    draft,
    markOf,
    changes,
    corrections,
    marked,
    setMark,
    restPresent,
    clearDraft,
  };
}

export type RollCall = ReturnType<typeof useRollCall>;
