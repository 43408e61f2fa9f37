import {
  ArrowLeftOutlined,
  CheckSquareOutlined,
  EditOutlined,
  PrinterOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, List, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { latestEvents } from '#shared/training/attendance';
import { plannedHours, type Course } from '#shared/entities/course';
import { useStation } from '../../db/queries';
import { useAttendance, useTrainees } from '../../db/training-queries';
import { useVisibleCourse } from './use-visible-course';
import { useSession } from '../../state/session-store';
import { stationDay } from '../../state/station-day';
import { EnrolModal } from './enrol-modal';
import { dateRange, sessionLabel, sortedSessions } from './labels';
import { skillName } from '../../ui/skill-name';
import { TraineeTable } from './trainee-table';

/** One course: its trainees with eligibility, its sessions with the roll-call, and what to print. */
export function CoursePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const isTrainer = user?.role === 'trainer';
  const course = useVisibleCourse(id);
  if (course === undefined) return <Spin size="large" />;
  if (course === null)
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
  return <CourseView course={course} isTrainer={isTrainer} />;
}

function CourseView({ course, isTrainer }: { readonly course: Course; readonly isTrainer: boolean }) {
  // Courses are county-shared: another station's course is shown, but only the station running it manages it.
  const station = useStation();
  const own = station === 'loading' || !station || course.stationId === station.id;
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const trainees = useTrainees(course.id);
  const events = useAttendance(course.id);
  const [enrolOpen, setEnrolOpen] = useState(false);
  const seated = (trainees ?? []).filter(
    (x) => x.enrolment.status === 'enrolled' || x.enrolment.status === 'completed',
  );
  const waiting = (trainees ?? []).filter((x) => x.enrolment.status === 'waiting').length;
  const latest = latestEvents(events ?? []);
  const today = stationDay();
  const markedIn = (sessionId: string) => seated.filter((x) => latest.has(`${x.enrolment.id}/${sessionId}`)).length;

  const sessionsTab = (
    <List
      locale={{ emptyText: <Empty description={t('training.noSessions')} /> }}
      dataSource={sortedSessions(course)}
      renderItem={(s) => {
        const marked = markedIn(s.id);
        return (
          <List.Item
            actions={
              !own
                ? []
                : [
                    <Button
                      key="roll"
                      type="primary"
                      size="large"
                      icon={<CheckSquareOutlined />}
                      disabled={s.date > today}
                      title={s.date > today ? t('errors.attendance.future', { date: s.date }) : undefined}
                      onClick={() => void navigate(`/courses/${course.id}/roll-call/${s.id}`)}
                      aria-label={`${t('training.rollCall')} ${sessionLabel(t, s)}`}
                    >
                      {t('training.rollCall')}
                    </Button>,
                    <Button
                      key="sheet"
                      size="large"
                      icon={<PrinterOutlined />}
                      onClick={() => void navigate(`/courses/${course.id}/print/sign-in/${s.id}`)}
                    >
                      {t('training.print.signIn')}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={sessionLabel(t, s)}
              description={
                own && (
                  <Tag color={marked === seated.length && marked > 0 ? 'green' : marked > 0 ? 'orange' : 'default'}>
                    {t('training.marked', { marked, total: seated.length })}
                  </Tag>
                )
              }
            />
          </List.Item>
        );
      }}
    />
  );

  const printTab = (
    <Space direction="vertical" size="middle">
      <Typography.Text>{t('training.print.choose')}</Typography.Text>
      <Space wrap>
        {!isTrainer && (
          <Button
            size="large"
            icon={<PrinterOutlined />}
            onClick={() => void navigate(`/courses/${course.id}/print/roster`)}
          >
            {t('training.print.roster')}
          </Button>
        )}
        <Button
          size="large"
          icon={<PrinterOutlined />}
          onClick={() => void navigate(`/courses/${course.id}/print/attendance`)}
        >
          {t('training.print.attendance')}
        </Button>
      </Space>
      <Typography.Text type="secondary">{t('training.print.signInHint')}</Typography.Text>
    </Space>
  );

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <Button size="large" icon={<ArrowLeftOutlined />} onClick={() => void navigate('/courses')}>
            {t('training.detail.back')}
          </Button>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {course.title}
          </Typography.Title>
          <Tag color={course.status === 'open' ? 'green' : 'default'}>{t(`training.status.${course.status}`)}</Tag>
        </Space>
        {!isTrainer && own && (
          <Space wrap>
            <Button size="large" icon={<EditOutlined />} onClick={() => void navigate(`/courses/${course.id}/edit`)}>
              {t('training.detail.edit')}
            </Button>
            <Button
              type="primary"
              size="large"
              icon={<UserAddOutlined />}
              onClick={() => setEnrolOpen(true)}
              disabled={course.status !== 'open' && course.status !== 'planned'}
            >
              {t('training.detail.enrol')}
            </Button>
          </Space>
        )}
      </Space>
      {!own && <Alert type="info" showIcon style={{ marginTop: 16 }} message={t('errors.course.otherStation')} />}
      <Card style={{ margin: '16px 0' }}>
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'skill',
              label: t('training.col.skill'),
              children: t('training.detail.skillLine', {
                skill: skillName(course.skillCode, i18n.language),
                level: t(`training.level.${course.skillLevel}`),
              }),
            },
            {
              key: 'dates',
              label: t('training.col.dates'),
              children: `${dateRange(course)} · ${t('training.form.total', { count: course.sessions.length, hours: plannedHours(course) })}`,
            },
            { key: 'venue', label: t('training.col.venue'), children: course.venue || '—' },
            { key: 'trainer', label: t('training.col.trainer'), children: course.trainerName || '—' },
            { key: 'certificate', label: t('training.col.certificate'), children: course.certificateName },
            {
              key: 'groups',
              label: t('training.col.groups'),
              children: course.targetGroups.map((g) => t(`options.groups.${g}`)).join('、') || '—',
            },
            {
              key: 'seats',
              label: t('training.col.seats'),
              // Enrolments belong to the station that runs the course: elsewhere only the number of places is known.
              children: own
                ? t('training.detail.seatsLine', { seated: seated.length, capacity: course.capacity, waiting })
                : t('training.detail.seatsOther', { capacity: course.capacity }),
            },
            {
              key: 'subsidy',
              label: t('training.form.subsidy'),
              children: course.subsidy
                ? t('training.detail.subsidyLine', {
                    programme: course.subsidy.programme,
                    min: Math.round(course.subsidy.minAttendanceRate * 100),
                    hours: course.subsidy.minClassHours,
                  })
                : t('training.eligibility.no-subsidy'),
            },
          ]}
        />
      </Card>
      <Tabs
        size="large"
        defaultActiveKey={isTrainer ? 'sessions' : 'trainees'}
        items={[
          {
            key: 'trainees',
            label: t('training.detail.trainees'),
            children: (
              <TraineeTable course={course} trainees={trainees} events={events ?? []} isTrainer={isTrainer} own={own} />
            ),
          },
          { key: 'sessions', label: t('training.detail.sessions'), children: sessionsTab },
          { key: 'print', label: t('training.detail.print'), children: printTab },
        ]}
      />
      {enrolOpen && <EnrolModal course={course} seated={seated.length} onClose={() => setEnrolOpen(false)} />}
    </div>
  );
}
