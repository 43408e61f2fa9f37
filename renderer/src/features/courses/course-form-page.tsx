import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Result,
  Segmented,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { SKILLS } from '#shared/catalogue/skills';
import { SKILL_LEVELS } from '#shared/entities/common';
import { GROUPS } from '#shared/entities/seeker';
import {
  CERTIFICATE_KINDS,
  COURSE_STATUS,
  SESSION_PARTS,
  type CertificateKind,
  type Course,
  type Session,
} from '#shared/training/course';
import { subsidyDefaultsFor, type SubsidyThresholds } from '#shared/training/subsidy';
import { valueInForce } from '#shared/rights/parameters/lookup';
import { useStation } from '../../db/queries';
import { useRuleParams } from '../../db/rights-queries';
import { appEnv } from '../../db/commands/env';
import { saveCourse } from '../../db/commands/training';
import { useCourse, useTrainers } from '../../db/training-queries';
import { useSession } from '../../state/session-store';
import { applyFieldErrors, errorText } from '../../ui/forms';
import { skillName } from '../../ui/skill-name';
import { stationDay } from '../../state/station-day';

interface Values {
  title: string;
  skillCode?: string;
  skillLevel: Course['skillLevel'];
  certificateKind: CertificateKind;
  certificateName: string;
  venue?: string;
  trainerId?: string | null;
  targetGroups?: Course['targetGroups'];
  capacity: number;
  status: Course['status'];
  notes?: string;
  sessions: Session[];
  subsidyOn: boolean;
  programme?: string;
  minRate?: number;
  warnRate?: number;
  minHours?: number;
}

let sessionCounter = 0;
const newSessionId = (): string => `s${Date.now().toString(36)}${(sessionCounter++).toString(36)}`;

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
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const user = useSession((s) => s.user);
  const trainers = useTrainers();
  const [form] = Form.useForm<Values>();
  const [recordId] = useState(() => existing?.id ?? uuidv7());
  const [saving, setSaving] = useState(false);
  const autoName = (kind: CertificateKind, skill?: string): string =>
    skill
      ? t('training.form.autoCertificate', { kind: t(`training.kind.${kind}`), skill: skillName(skill, i18n.language) })
      : t(`training.kind.${kind}`);

  const initialKind: CertificateKind = existing?.certificateKind ?? 'special-ability';
  const initialSkill = existing?.skillCode ?? params.get('skill') ?? undefined;
  const initial: Values = existing
    ? {
        ...existing,
        subsidyOn: existing.subsidy !== null,
        programme: existing.subsidy?.programme,
        minRate: Math.round((existing.subsidy?.minAttendanceRate ?? 0.8) * 100),
        warnRate: Math.round((existing.subsidy?.warnAttendanceRate ?? 0.9) * 100),
        minHours: existing.subsidy?.minClassHours ?? defaultsFor(initialKind).minClassHours,
      }
    : {
        title: '',
        skillCode: initialSkill,
        skillLevel: 'beginner',
        certificateKind: initialKind,
        certificateName: autoName(initialKind, initialSkill),
        capacity: 30,
        status: 'open',
        sessions: [],
        targetGroups: [],
        trainerId: null,
        subsidyOn: true,
        programme: t('training.form.programmeDefault'),
        minRate: Math.round(defaultsFor(initialKind).minAttendanceRate * 100),
        warnRate: Math.round(defaultsFor(initialKind).warnAttendanceRate * 100),
        minHours: defaultsFor(initialKind).minClassHours,
      };

  const sessions = Form.useWatch('sessions', form) ?? initial.sessions;
  const subsidyOn = Form.useWatch('subsidyOn', form) ?? initial.subsidyOn;
  const totalHours = sessions.reduce((sum, s) => sum + (Number(s?.hours) || 0), 0);

  const nextDate = (): string => {
    const last = [...sessions]
      .map((s) => s?.date)
      .filter(Boolean)
      .sort()
      .at(-1);
    return last ? dayjs(last).add(1, 'day').format('YYYY-MM-DD') : stationDay();
  };
  const addDay = () => {
    const date = nextDate();
    form.setFieldValue('sessions', [
      ...sessions,
      { id: newSessionId(), date, part: 'morning', hours: 4 },
      { id: newSessionId(), date, part: 'afternoon', hours: 4 },
    ]);
  };
  const addHalf = () => {
    const last = sessions.at(-1);
    const next =
      last?.part === 'morning'
        ? { date: last.date, part: 'afternoon' as const }
        : { date: nextDate(), part: 'morning' as const };
    form.setFieldValue('sessions', [...sessions, { id: newSessionId(), ...next, hours: 4 }]);
  };

  const onValuesChange = (changed: Partial<Values>, all: Values) => {
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

  const submit = async (v: Values) => {
    if (!user) return;
    setSaving(true);
    const result = await saveCourse(appEnv(), user, {
      id: recordId,
      title: v.title,
      skillCode: v.skillCode ?? '',
      skillLevel: v.skillLevel,
      certificateKind: v.certificateKind,
      certificateName: v.certificateName,
      sessions: (v.sessions ?? []).map((s) => ({ id: s.id, date: s.date, part: s.part, hours: Number(s.hours) })),
      venue: v.venue ?? '',
      trainerId: v.trainerId ?? null,
      targetGroups: v.targetGroups ?? [],
      capacity: Number(v.capacity),
      subsidy: v.subsidyOn
        ? {
            programme: v.programme ?? '',
            minAttendanceRate: (v.minRate ?? 80) / 100,
            warnAttendanceRate: (v.warnRate ?? 90) / 100,
            minClassHours: v.minHours ?? 0,
          }
        : null,
      status: v.status,
      notes: v.notes ?? '',
    });
    setSaving(false);
    if (result.ok) {
      void message.success(t('training.form.saved'));
      void navigate(`/courses/${result.value.id}`);
      return;
    }
    const fields = result.error.fields ?? {};
    if (fields['sessions'] || fields['subsidy'])
      void message.error(errorText(t, fields['sessions'] ?? fields['subsidy'] ?? 'validation', result.error.params));
    if (!applyFieldErrors(form, result.error, t, { subsidy: 'programme' }))
      void message.error(errorText(t, result.error.code, result.error.params));
  };

  return (
    <div className="page">
      <Typography.Title level={2}>
        {existing ? t('training.form.editTitle', { title: existing.title }) : t('training.form.newTitle')}
      </Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        initialValues={initial}
        onValuesChange={onValuesChange}
        onFinish={(v) => void submit(v)}
        style={{ maxWidth: 920 }}
      >
        <Card title={t('training.form.basics')} style={{ marginBottom: 16 }}>
          <Form.Item
            name="title"
            label={t('training.form.title')}
            rules={[{ required: true, whitespace: true, message: t('errors.name.empty') }]}
          >
            <Input placeholder={t('training.form.titlePlaceholder')} maxLength={60} />
          </Form.Item>
          <Space wrap size="large" align="start">
            <Form.Item
              name="skillCode"
              label={t('training.form.skill')}
              rules={[{ required: true, message: t('errors.course.skill') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 260 }}
                options={SKILLS.map((s) => ({ value: s.code, label: i18n.language === 'en' ? s.en : s.zh }))}
              />
            </Form.Item>
            <Form.Item name="skillLevel" label={t('training.form.skillLevel')}>
              <Select
                style={{ width: 140 }}
                options={SKILL_LEVELS.map((l) => ({ value: l, label: t(`training.level.${l}`) }))}
              />
            </Form.Item>
            <Form.Item name="certificateKind" label={t('training.form.certificateKind')}>
              <Select
                style={{ width: 220 }}
                options={CERTIFICATE_KINDS.map((k) => ({ value: k, label: t(`training.kind.${k}`) }))}
              />
            </Form.Item>
          </Space>
          <Form.Item
            name="certificateName"
            label={t('training.form.certificateName')}
            rules={[{ required: true, whitespace: true, message: t('errors.course.certificateName') }]}
          >
            <Input maxLength={80} />
          </Form.Item>
          <Space wrap size="large" align="start">
            <Form.Item name="venue" label={t('training.form.venue')}>
              <Input style={{ width: 300 }} maxLength={100} />
            </Form.Item>
            <Form.Item name="trainerId" label={t('training.form.trainer')}>
              <Select
                style={{ width: 200 }}
                options={[
                  { value: null, label: t('training.form.trainerNone') },
                  ...trainers.map((s) => ({ value: s.id, label: s.name })),
                ]}
              />
            </Form.Item>
            <Form.Item
              name="capacity"
              label={t('training.form.capacity')}
              rules={[{ required: true, message: t('errors.course.capacity') }]}
            >
              <InputNumber min={1} max={500} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="status" label={t('training.form.status')}>
              <Select
                style={{ width: 180 }}
                options={COURSE_STATUS.map((s) => ({ value: s, label: t(`training.status.${s}`) }))}
              />
            </Form.Item>
          </Space>
          {trainers.length === 0 && (
            <Alert type="info" showIcon title={t('training.form.noTrainers')} style={{ marginBottom: 16 }} />
          )}
          <Form.Item name="targetGroups" label={t('training.form.targetGroups')}>
            <Select mode="multiple" options={GROUPS.map((g) => ({ value: g, label: t(`options.groups.${g}`) }))} />
          </Form.Item>
        </Card>

        <Card
          title={t('training.form.sessions')}
          style={{ marginBottom: 16 }}
          extra={
            <Typography.Text strong>
              {t('training.form.total', { count: sessions.length, hours: totalHours })}
            </Typography.Text>
          }
        >
          <Form.List name="sessions">
            {(fields, { remove }) => (
              <>
                {fields.length === 0 && (
                  <Typography.Paragraph type="secondary">{t('training.form.noSessions')}</Typography.Paragraph>
                )}
                {fields.map((field, i) => (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'id']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'date']}
                      label={i === 0 ? t('training.form.sessionDate') : undefined}
                      rules={[{ required: true, message: t('errors.date.format') }]}
                    >
                      <Input
                        type="date"
                        aria-label={`${t('training.form.sessionDate')} ${i + 1}`}
                        style={{ width: 180 }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'part']} label={i === 0 ? t('training.form.sessionPart') : undefined}>
                      <Segmented options={SESSION_PARTS.map((p) => ({ value: p, label: t(`training.part.${p}`) }))} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'hours']}
                      label={i === 0 ? t('training.form.sessionHours') : undefined}
                    >
                      <InputNumber
                        min={0.5}
                        max={6}
                        step={0.5}
                        style={{ width: 100 }}
                        aria-label={`${t('training.form.sessionHours')} ${i + 1}`}
                      />
                    </Form.Item>
                    <Form.Item label={i === 0 ? ' ' : undefined}>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('training.form.removeSession')}
                        onClick={() => remove(field.name)}
                      />
                    </Form.Item>
                  </Space>
                ))}
              </>
            )}
          </Form.List>
          <Space wrap style={{ display: 'flex', marginTop: 8 }}>
            <Button icon={<PlusOutlined />} onClick={addDay}>
              {t('training.form.addDay')}
            </Button>
            <Button icon={<PlusOutlined />} onClick={addHalf}>
              {t('training.form.addHalf')}
            </Button>
          </Space>
        </Card>

        <Card title={t('training.form.subsidy')} style={{ marginBottom: 16 }}>
          <Form.Item name="subsidyOn" valuePropName="checked">
            <Checkbox>{t('training.form.subsidyOn')}</Checkbox>
          </Form.Item>
          {subsidyOn && (
            <>
              <Form.Item
                name="programme"
                label={t('training.form.programme')}
                rules={[{ required: true, whitespace: true, message: t('errors.subsidy.programme') }]}
              >
                <Input placeholder={t('training.form.programmePlaceholder')} maxLength={80} />
              </Form.Item>
              <Space wrap size="large">
                <Form.Item name="minRate" label={t('training.form.minRate')}>
                  <InputNumber min={0} max={100} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name="warnRate" label={t('training.form.warnRate')}>
                  <InputNumber min={0} max={100} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name="minHours" label={t('training.form.minHours')}>
                  <InputNumber min={0} max={2000} style={{ width: 140 }} />
                </Form.Item>
              </Space>
              <Typography.Paragraph type="secondary">{t('training.form.thresholdsHelp')}</Typography.Paragraph>
            </>
          )}
          <Form.Item name="notes" label={t('training.form.notes')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Card>

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
