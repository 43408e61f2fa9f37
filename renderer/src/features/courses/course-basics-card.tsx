import { Alert, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { SKILLS } from '#shared/catalogue/skills';
import { SKILL_LEVELS } from '#shared/entities/common';
import { GROUPS } from '#shared/entities/seeker';
import { CERTIFICATE_KINDS, COURSE_STATUS } from '#shared/entities/course';
import { useTrainers } from '../../db/training-queries';

/** The course form's first card: title, skill, certificate, venue, trainer, capacity, status, target groups. */
export function CourseBasicsCard() {
  const { t, i18n } = useTranslation();
  const trainers = useTrainers();
  return (
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
  );
}
