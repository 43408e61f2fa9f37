import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result, Spin } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { latestEvents, latestFor, summarise } from '#shared/training/attendance';
import { plannedHours, type Course } from '#shared/entities/course';
import type { AttendanceMark } from '#shared/entities/attendance-event';
import { useAttendance, useRoster, useTrainees, type Trainee } from '../../db/training-queries';
import { useVisibleCourse } from './use-visible-course';
import { useSession } from '../../state/session-store';
import { PrintSheet } from '../../ui/print-sheet';
import { dateRange, percent, sessionLabel, sortedSessions } from './labels';
import './courses.css';
import { stationDay } from '../../state/station-day';

const SYMBOL: Readonly<Record<AttendanceMark, string>> = { present: '✓', late: '迟', absent: '✗', excused: '假' };
const SYMBOL_EN: Readonly<Record<AttendanceMark, string>> = { present: '✓', late: 'L', absent: '✗', excused: 'E' };
const seatedOnly = (list: readonly Trainee[] | undefined): Trainee[] =>
  (list ?? []).filter((x) => x.enrolment.status === 'enrolled' || x.enrolment.status === 'completed');

/** /courses/:id/print/roster | attendance | sign-in/:sessionId — A4 sheets. The roster (with masked IDs) is for staff only. */
export function PrintPage() {
  const { id, kind, sessionId } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const isTrainer = user?.role === 'trainer';
  const course = useVisibleCourse(id);
  if (course === undefined) return <Spin size="large" />;
  const back = (
    <Button
      size="large"
      icon={<ArrowLeftOutlined />}
      onClick={() => void navigate(course ? `/courses/${course.id}` : '/courses')}
    >
      {t('training.print.back')}
    </Button>
  );
  if (course && kind === 'roster' && !isTrainer) return <RosterSheet course={course} back={back} />;
  if (course && kind === 'attendance') return <AttendanceSheet course={course} back={back} />;
  const session = course?.sessions.find((s) => s.id === sessionId);
  if (course && kind === 'sign-in' && session)
    return <SignInSheet course={course} sessionId={session.id} back={back} />;
  return <Result status="404" title={t('errors.record.notFound')} extra={back} />;
}

function Header({ course, title }: { readonly course: Course; readonly title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{title}</h1>
      <p>
        {t('training.print.meta', {
          venue: course.venue || '—',
          trainer: course.trainerName || '—',
          dates: dateRange(course),
          hours: plannedHours(course),
        })}
      </p>
    </>
  );
}

function Footer() {
  const { t } = useTranslation();
  return (
    <p style={{ marginTop: 24, display: 'flex', justifyContent: 'space-between' }}>
      <span>{t('training.print.trainerSign')}</span>
      <span>{t('training.print.stationSeal')}</span>
      <span>{t('training.print.printedOn', { date: stationDay() })}</span>
    </p>
  );
}

function RosterSheet({ course, back }: { readonly course: Course; readonly back: React.ReactNode }) {
  const { t } = useTranslation();
  const roster = useRoster(course.id);
  if (roster === undefined) return <Spin size="large" />;
  const rows = roster.filter((x) => x.enrolment.status === 'enrolled' || x.enrolment.status === 'completed');
  const title = t('training.print.rosterTitle', { course: course.title });
  return (
    <PrintSheet fileName={title} actions={back}>
      <Header course={course} title={title} />
      <table>
        <thead>
          <tr>
            <th>{t('training.col2.seat')}</th>
            <th>{t('training.col2.name')}</th>
            <th>{t('training.print.sex')}</th>
            <th>{t('training.print.idNumber')}</th>
            <th>{t('training.print.phone')}</th>
            <th>{t('training.col2.village')}</th>
            <th>{t('training.col2.serial')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((x) => (
            <tr key={x.enrolment.id}>
              <td>{x.enrolment.seat}</td>
              <td>{x.name}</td>
              <td>{t(`options.sex.${x.sex}`)}</td>
              <td>{x.idMasked}</td>
              <td>{x.phoneMasked}</td>
              <td>{x.villageName ?? ''}</td>
              <td>{x.enrolment.certificateSerial ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">{t('training.print.masked')}</p>
      <Footer />
    </PrintSheet>
  );
}

function SignInSheet({
  course,
  sessionId,
  back,
}: {
  readonly course: Course;
  readonly sessionId: string;
  readonly back: React.ReactNode;
}) {
  const { t } = useTranslation();
  const trainees = useTrainees(course.id);
  const events = useAttendance(course.id);
  if (trainees === undefined || events === undefined) return <Spin size="large" />;
  const session = course.sessions.find((s) => s.id === sessionId);
  const latest = latestEvents(events);
  const methods = [
    ...new Set(events.filter((e) => e.sessionId === sessionId).map((e) => t(`training.roll.methods.${e.method}`))),
  ];
  const title = t('training.print.signInTitle', { course: course.title });
  return (
    <PrintSheet fileName={`${title} ${session?.date ?? ''}`} actions={back}>
      <Header course={course} title={title} />
      {session && (
        <p>
          {t('training.print.sessionMeta', {
            date: session.date,
            part: t(`training.part.${session.part}`),
            hours: session.hours,
            method: methods.join('、') || '—',
          })}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th>{t('training.col2.seat')}</th>
            <th>{t('training.col2.name')}</th>
            <th>{t('training.col2.village')}</th>
            <th style={{ width: '30%' }}>{t('training.print.signature')}</th>
            <th>{t('training.print.signTime')}</th>
            <th>{t('training.col2.status')}</th>
          </tr>
        </thead>
        <tbody>
          {seatedOnly(trainees).map((x) => {
            const e = latestFor(latest, x.enrolment.id, sessionId);
            return (
              <tr key={x.enrolment.id}>
                <td>{x.enrolment.seat}</td>
                <td>{x.name}</td>
                <td>{x.villageName ?? ''}</td>
                <td className="sign-cell" />
                <td>{e?.signedAt ? dayjs(e.signedAt).format('HH:mm') : ''}</td>
                <td>{e ? t(`training.mark.${e.mark}`) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Footer />
    </PrintSheet>
  );
}

function AttendanceSheet({ course, back }: { readonly course: Course; readonly back: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const trainees = useTrainees(course.id);
  const events = useAttendance(course.id);
  if (trainees === undefined || events === undefined) return <Spin size="large" />;
  const sessions = sortedSessions(course);
  const latest = latestEvents(events);
  const symbols = i18n.language === 'en' ? SYMBOL_EN : SYMBOL;
  const title = t('training.print.attendanceTitle', { course: course.title });
  const today = stationDay();
  return (
    <PrintSheet fileName={title} landscape actions={back}>
      <Header course={course} title={title} />
      <table>
        <thead>
          <tr>
            <th>{t('training.col2.seat')}</th>
            <th>{t('training.col2.name')}</th>
            {sessions.map((s) => (
              <th key={s.id} className="mark-cell small" title={sessionLabel(t, s)}>
                {s.date.slice(5)}
                <br />
                {t(`training.part.${s.part}`)}
              </th>
            ))}
            <th>{t('training.print.attendedHours')}</th>
            <th>{t('training.print.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {seatedOnly(trainees).map((x) => {
            const sum = summarise(course.sessions, latest, x.enrolment.id, today);
            return (
              <tr key={x.enrolment.id}>
                <td>{x.enrolment.seat}</td>
                <td>{x.name}</td>
                {sessions.map((s) => {
                  const e = latestFor(latest, x.enrolment.id, s.id);
                  return (
                    <td key={s.id} className="mark-cell">
                      {e ? symbols[e.mark] : ''}
                    </td>
                  );
                })}
                <td>{`${sum.attendedHours}/${sum.plannedHours}`}</td>
                <td>{percent(sum.rate)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="small">{t('training.print.legend')}</p>
      <Footer />
    </PrintSheet>
  );
}
