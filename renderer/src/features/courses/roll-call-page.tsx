import { ArrowLeftOutlined, CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Modal, Progress, Result, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SIGN_IN_METHODS, type SignInMethod } from '#shared/entities/attendance-event';
import type { Course, Session } from '#shared/entities/course';
import { useGuardedLeave, useLeaveGuard } from '../../hooks/use-leave-guard';
import { useVisibleCourse } from './use-visible-course';
import { sessionLabel } from './labels';
import { nextMark } from './roll-call-keys';
import { RollCallCard } from './roll-call-card';
import { useRollCall } from './use-roll-call';
import { useRollCallKeys } from './use-roll-call-keys';
import { useSaveRollCall } from './use-save-roll-call';
import './courses.css';

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
  const navigate = useNavigate();
  const [method, setMethod] = useState<SignInMethod>('roll-call');
  const roll = useRollCall(course, session);
  const { list, saved, draft, markOf, changes, corrections, marked, setMark, restPresent } = roll;
  const { save, saving, asking, setAsking, reason, setReason } = useSaveRollCall(course, session, roll, method);
  const { cursor, setCursor, typed, miss, gridRef, cardRefs } = useRollCallKeys(roll, save, asking);
  useLeaveGuard(changes.length > 0 ? t('training.roll.unsavedLeave', { count: changes.length }) : null);
  const leave = useGuardedLeave();

  if (roll.loading) return <Spin size="large" />;
  const typedMiss = typed !== '' && miss;

  return (
    <div className="page">
      <div className="roll-toolbar no-print">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Button
              size="large"
              icon={<ArrowLeftOutlined />}
              onClick={() => leave(() => void navigate(`/courses/${course.id}`))}
            >
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
            return (
              <RollCallCard
                key={x.enrolment.id}
                trainee={x}
                mark={mark}
                signed={signed}
                current={i === cursor}
                cardRef={(el) => {
                  cardRefs.current[i] = el;
                }}
                onSelect={() => setCursor(i)}
                onTap={() => setMark(i, nextMark(mark))}
              />
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
