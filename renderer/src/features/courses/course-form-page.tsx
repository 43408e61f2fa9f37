import { Button, Form, Result, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import type { CertificateKind, Course } from '#shared/entities/course';
import { subsidyDefaultsFor, type SubsidyThresholds } from '#shared/training/subsidy';
import { valueInForce } from '#shared/rights/parameters/lookup';
import { useStation } from '../../db/queries';
import { useRuleParams } from '../../db/rights-queries';
import { useCourse } from '../../db/training-queries';
import { useSession } from '../../state/session-store';
import { skillName } from '../../ui/skill-name';
import { stationDay } from '../../state/station-day';
import { CourseBasicsCard } from './course-basics-card';
import { CourseSessionsCard } from './course-sessions-card';
import { CourseSubsidyCard } from './course-subsidy-card';
import { blankCourse, toCourseFormValues, type CourseFormValues } from './course-values';
import { useSaveCourse } from './use-save-course';

/** New course (/courses/new, `?skill=` pre-fills the skill) or an existing one (/courses/:id/edit). */
export function CourseFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isTrainer = useSession((s) => s.user?.role === 'trainer');
  const existing = useCourse(id, null);
  const ruleParams = useRuleParams();
  const station = useStation();
  // Trainers take the roll-call; courses are the station staff's to set up.
  if (isTrainer)
    return (
      <Result
        status="403"
        title={t('errors.training.trainerReadOnly')}
        extra={
          <Button type="primary" size="large" onClick={() => void navigate('/courses')}>
            {t('training.detail.back')}
          </Button>
        }
      />
    );
  if ((id && existing === undefined) || !ruleParams || station === 'loading') return <Spin size="large" />;
  // A new course starts from the county's subsidy thresholds in force (劳动规则参数), else the shipped ones.
  const county = valueInForce(ruleParams, 'subsidy-thresholds', station?.areaCode ?? null, stationDay());
  return (
    <CourseForm
      key={id ?? 'new'}
      existing={existing ?? null}
      defaultsFor={(kind) => subsidyDefaultsFor(kind, county)}
    />
  );
}

function CourseForm({
  existing,
  defaultsFor,
}: {
  readonly existing: Course | null;
  readonly defaultsFor: (kind: CertificateKind) => SubsidyThresholds;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<CourseFormValues>();
  const [recordId] = useState(() => existing?.id ?? uuidv7());
  const { save, saving } = useSaveCourse(form, recordId);
  const autoName = (kind: CertificateKind, skill?: string): string =>
    skill
      ? t('training.form.autoCertificate', { kind: t(`training.kind.${kind}`), skill: skillName(skill, i18n.language) })
      : t(`training.kind.${kind}`);

  const initialKind: CertificateKind = existing?.certificateKind ?? 'special-ability';
  const initialSkill = existing?.skillCode ?? params.get('skill') ?? undefined;
  const initial: CourseFormValues = existing
    ? toCourseFormValues(existing, defaultsFor(initialKind))
    : blankCourse(
        initialSkill,
        defaultsFor(initialKind),
        autoName(initialKind, initialSkill),
        t('training.form.programmeDefault'),
      );

  const sessions = Form.useWatch('sessions', form) ?? initial.sessions;
  const subsidyOn = Form.useWatch('subsidyOn', form) ?? initial.subsidyOn;

  const onValuesChange = (changed: Partial<CourseFormValues>, all: CourseFormValues) => {
    if ('certificateKind' in changed || 'skillCode' in changed) {
      form.setFieldValue('certificateName', autoName(all.certificateKind, all.skillCode));
    }
    if (changed.certificateKind) {
      const d = defaultsFor(changed.certificateKind);
      form.setFieldsValue({
        minHours: d.minClassHours,
        minRate: Math.round(d.minAttendanceRate * 100),
        warnRate: Math.round(d.warnAttendanceRate * 100),
      });
    }
  };

  return (
    <div className="page">
      <Typography.Title level={2}>
        {existing ? t('training.form.editTitle', { title: existing.title }) : t('training.form.newTitle')}
      </Typography.Title>
      <Form<CourseFormValues>
        form={form}
        layout="vertical"
        size="large"
        initialValues={initial}
        onValuesChange={onValuesChange}
        onFinish={(v) => void save(v)}
        style={{ maxWidth: 920 }}
      >
        <CourseBasicsCard />
        <CourseSessionsCard form={form} sessions={sessions} />
        <CourseSubsidyCard subsidyOn={subsidyOn} />
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('common.save')}
          </Button>
          <Button onClick={() => void navigate(existing ? `/courses/${existing.id}` : '/courses')}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </div>
  );
}
