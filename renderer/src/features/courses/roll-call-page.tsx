import { ArrowLeftOutlined, CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Empty, Input, Modal, Progress, Result, Select, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { latestEvents, latestFor } from '#shared/training/attendance';
import {
  SIGN_IN_METHODS,
  type AttendanceMark,
  type Course,
  type Session,
  type SignInMethod,
} from '#shared/training/course';
import { appEnv } from '../../db/commands/env';
import { recordAttendance } from '../../db/commands/training';
import { useAttendance, useTrainees, type Trainee } from '../../db/training-queries';
import { useVisibleCourse } from './use-visible-course';
import { useSession } from '../../state/session-store';
import { errorText } from '../../ui/forms';
import { sessionLabel } from './labels';
import { extendTyped, nextMark } from './roll-call-keys';
import './courses.css';

interface Draft {
  readonly mark: AttendanceMark;
  readonly at: number;
}

/** /courses/:id/roll-call/:sessionId */
export function RollCallPage() {
  const { id, sessionId } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const course = useVisibleCourse(id);
  const session = course?.sessions.find((s) => s.id === sessionId);
  if (course === undefined) return <Spin size="large" />;
  if (course === null || !session)
    return (
      <Result
        status="404"
        title={t('errors.record.notFound')}
        extra={
          <Button type="primary" size="large" onClick={() => void navigate('/courses')}>
            {t('training.detail.back')}
          </Button>
        }
      />
    );
  return <RollCall key={session.id} course={course} session={session} />;
}

function RollCall({ course, session }: { readonly course: Course; readonly session: Session }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
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
  const [cursor, setCursor] = useState(0);
  const [typed, setTyped] = useState('');
  const [miss, setMiss] = useState(false);
  const [method, setMethod] = useState<SignInMethod>('roll-call');
  const [saving, setSaving] = useState(false);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const gridRef = useRef<HTMLDivElement>(null);
  const cardRefs = useRef<(HTMLButtonElement | null)[]>([]);

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

  const save = useCallback(
    async (why?: string) => {
      if (!user) return;
      if (changes.length === 0) {
        void message.info(t('training.roll.nothingChanged'));
        return;
      }
      if (corrections.length > 0 && why === undefined) {
        setAsking(true);
        return;
      }
      setSaving(true);
      const result = await recordAttendance(appEnv(), user, {
        courseId: course.id,
        sessionId: session.id,
        method,
        // the tap's time is the sign-in time at the roll-call; a later correction is no sign-in
        marks: changes.map((x) => ({
          enrolmentId: x.enrolment.id,
          mark: draft.get(x.enrolment.id)?.mark ?? 'present',
          signedAt: saved.has(x.enrolment.id) ? null : (draft.get(x.enrolment.id)?.at ?? null),
        })),
        reason: why,
      });
      setSaving(false);
      if (result.ok) {
        setDraft(new Map());
        setAsking(false);
        setReason('');
        void message.success(t('training.roll.saved', { count: result.value.written }));
      } else void message.error(errorText(t, result.error.code, result.error.params));
    },
    [user, changes, corrections.length, course.id, session.id, method, draft, saved, message, t],
  );

  // Typed text fades after a pause, so the next seat number starts afresh.
  useEffect(() => {
    if (!typed) return;
    const timer = setTimeout(() => setTyped(''), 1500);
    return () => clearTimeout(timer);
  }, [typed]);

  useEffect(() => {
    cardRefs.current[cursor]?.scrollIntoView?.({ block: 'nearest' });
  }, [cursor]);

  useEffect(() => {
    const columns = (): number => {
      const first = cardRefs.current[0];
      const width = gridRef.current?.clientWidth ?? 0;
      return first && width ? Math.max(1, Math.round(width / (first.offsetWidth + 12))) : 1;
    };
    const onKey = (e: KeyboardEvent) => {
      if (asking || list.length === 0) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.closest('.ant-select')))
        return;
      const move = (to: number) => setCursor(Math.max(0, Math.min(list.length - 1, to)));
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      } else if (e.ctrlKey || e.metaKey || e.altKey) {
        return;
      } else if (e.key === 'Enter' && e.shiftKey) {
        e.preventDefault();
        restPresent();
        setTyped('');
      } else if (e.key === 'Enter') {
        e.preventDefault();
        setMark(cursor, 'present');
        move(cursor + 1);
        setTyped('');
      } else if (e.key === ' ') {
        e.preventDefault();
        const x = list[cursor];
        if (x) setMark(cursor, nextMark(markOf(x)));
        setTyped('');
      } else if (e.key === 'Delete') {
        e.preventDefault();
        setMark(cursor, 'absent');
        move(cursor + 1);
        setTyped('');
      } else if (e.key === 'Backspace') {
        e.preventDefault();
        setTyped((s) => s.slice(0, -1));
      } else if (e.key === 'Escape') {
        setTyped('');
      } else if (e.key === 'ArrowRight') {
        e.preventDefault();
        move(cursor + 1);
      } else if (e.key === 'ArrowLeft') {
        e.preventDefault();
        move(cursor - 1);
      } else if (e.key === 'ArrowDown') {
        e.preventDefault();
        move(cursor + columns());
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        move(cursor - columns());
      } else if (/^[0-9a-zA-Z]$/.test(e.key)) {
        e.preventDefault();
        const found = extendTyped(
          list.map((x) => ({ seat: x.enrolment.seat, keys: x.keys })),
          typed,
          e.key.toLowerCase(),
        );
        setTyped(found.typed);
        setMiss(found.index < 0);
        if (found.index >= 0) setCursor(found.index);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [asking, list, cursor, typed, markOf, setMark, restPresent, save]);

  if (all === undefined || events === undefined) return <Spin size="large" />;
  const typedMiss = typed !== '' && miss;

  return (
    <div className="page">
      <div className="roll-toolbar no-print">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Button size="large" icon={<ArrowLeftOutlined />} onClick={() => void navigate(`/courses/${course.id}`)}>
              {t('training.roll.back')}
            </Button>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('training.roll.titleFor', { course: course.title })}
            </Typography.Title>
            <Typography.Text strong style={{ fontSize: 18 }}>
              {sessionLabel(t, session)}
            </Typography.Text>
          </Space>
          <Space wrap>
            <Typography.Text>{t('training.roll.method')}</Typography.Text>
            <Select
              size="large"
              value={method}
              onChange={setMethod}
              style={{ width: 190 }}
              aria-label={t('training.roll.method')}
              options={SIGN_IN_METHODS.map((m) => ({ value: m, label: t(`training.roll.methods.${m}`) }))}
            />
            <Button size="large" icon={<CheckOutlined />} onClick={restPresent}>
              {t('training.roll.restPresent')}
            </Button>
            <Button type="primary" size="large" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
              {t('training.roll.save')}
            </Button>
          </Space>
        </Space>
        <Space wrap style={{ marginTop: 8 }} size="large">
          <Progress
            percent={list.length ? Math.round((marked / list.length) * 100) : 0}
            style={{ width: 220, margin: 0 }}
          />
          <Typography.Text strong data-testid="roll-progress">
            {t('training.roll.progress', { marked, total: list.length })}
          </Typography.Text>
          {changes.length > 0 && (
            <Typography.Text type="warning">{t('training.roll.unsaved', { count: changes.length })}</Typography.Text>
          )}
          <Typography.Text className="roll-typed" type={typedMiss ? 'danger' : undefined} data-testid="roll-typed">
            {typed
              ? typedMiss
                ? t('training.roll.noMatch', { text: typed })
                : t('training.roll.typed', { text: typed })
              : ''}
          </Typography.Text>
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('training.roll.keys')}
        </Typography.Paragraph>
      </div>
      {list.length === 0 ? (
        <Empty description={t('training.roll.noTrainees')} />
      ) : (
        <div className="roll-grid" ref={gridRef} role="list">
          {list.map((x, i) => {
            const mark = markOf(x);
            const d = draft.get(x.enrolment.id);
            const signed = d
              ? mark === 'present' || mark === 'late'
                ? d.at
                : null
              : (saved.get(x.enrolment.id)?.signedAt ?? null);
            const label = t(`training.mark.${mark ?? 'unmarked'}`);
            return (
              <button
                key={x.enrolment.id}
                type="button"
                role="listitem"
                ref={(el) => {
                  cardRefs.current[i] = el;
                }}
                className={`roll-card${mark ? ` mark-${mark}` : ''}${i === cursor ? ' is-current' : ''}`}
                aria-label={`${x.enrolment.seat ?? ''} ${x.name} ${label}`}
                aria-current={i === cursor ? 'true' : undefined}
                data-mark={mark ?? 'unmarked'}
                onClick={(e) => {
                  setCursor(i);
                  // A click made by Enter or Space on a focused card is already handled as that key.
                  if (e.detail > 0) setMark(i, nextMark(mark));
                }}
              >
                <span className="roll-seat">{x.enrolment.seat}</span>
                <span className="roll-name">{x.name}</span>
                <span className="roll-village">{x.villageName ?? ' '}</span>
                <span className="roll-mark">
                  {label}
                  {signed ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400, marginLeft: 6 }}>
                      {t('training.roll.signedAt', { time: dayjs(signed).format('HH:mm') })}
                    </Typography.Text>
                  ) : null}
                </span>
              </button>
            );
          })}
        </div>
      )}
      <Modal
        open={asking}
        title={t('training.roll.correctionTitle')}
        okText={t('training.roll.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: reason.trim().length < 2, size: 'large' }}
        confirmLoading={saving}
        onOk={() => void save(reason.trim())}
        onCancel={() => setAsking(false)}
      >
        <Typography.Paragraph>{t('training.roll.correctionText', { count: corrections.length })}</Typography.Paragraph>
        <Input.TextArea
          rows={2}
          maxLength={200}
          autoFocus
          aria-label={t('training.roll.reason')}
          placeholder={t('training.roll.reasonRequired')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </div>
  );
}
