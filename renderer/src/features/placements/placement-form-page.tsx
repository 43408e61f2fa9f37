import { App as AntApp, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { registerPlacement } from '../../db/commands/follow-ups';
import { appEnv } from '../../db/commands/env';
import { useSeekerSearch } from '../../db/queries';
import { usePlacementChoices } from '../../db/rights-queries';
import { useSession } from '../../state/session-store';
import { applyFieldErrors, errorText } from '../../ui/forms';
import { FutureDateNote, keepEnterInDateBoxes } from '../../ui/future-date-note';
import { stationDay } from '../../state/station-day';

interface Values {
  seekerId?: string;
  jobId?: string;
  startDate: string;
  note?: string;
}

/** 登记上岗: a seeker started work in a job (without going through a referral). */
export function PlacementFormPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const [seekerQuery, setSeekerQuery] = useState('');
  const found = useSeekerSearch(useDeferredValue(seekerQuery), {});
  const choices = usePlacementChoices();
  const [form] = Form.useForm<Values>();
  const startDate = Form.useWatch('startDate', form);
  const [saving, setSaving] = useState(false);
  const required = { required: true, message: t('errors.required') };

  const submit = async (v: Values) => {
    if (!user) return;
    setSaving(true);
    try {
      const r = await registerPlacement(appEnv(), user, {
        seekerId: v.seekerId ?? '',
        jobId: v.jobId ?? '',
        startDate: v.startDate,
        note: v.note ?? '',
      });
      if (r.ok) {
        const name =
          (found?.rows ?? []).find((s) => s.id === v.seekerId)?.name ??
          choices?.seekers.find((s) => s.id === v.seekerId)?.name ??
          '';
        void message.success(t('rights.placements.registered', { name }));
        void navigate(`/placements/${r.value.id}`);
      } else {
        applyFieldErrors(form, r.error, t);
        void message.error(errorText(t, r.error.code));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('rights.placements.formTitle')}</Typography.Title>
        <Button size="large" onClick={() => void navigate('/placements')}>
          {t('rights.placements.back')}
        </Button>
      </Space>
      <Typography.Paragraph>{t('rights.placements.formIntro')}</Typography.Paragraph>
      <Card style={{ maxWidth: 760 }}>
        <Form
          form={form}
          layout="vertical"
          size="large"
          onFinish={submit}
          onKeyDown={keepEnterInDateBoxes}
          initialValues={{ startDate: stationDay() }}
        >
          <Form.Item
            name="seekerId"
            label={t('rights.placements.pickSeeker')}
            rules={[required]}
            extra={choices && choices.seekers.length === 0 ? t('rights.placements.noSeekers') : undefined}
          >
            {/* found as everywhere else: name, pinyin, initials, phone or ID tail (indexed search keys) */}
            <Select
              showSearch={{ filterOption: false, onSearch: setSeekerQuery }}
              options={(found?.rows ?? []).map((s) => ({
                value: s.id,
                label: `${s.name}（${s.birthDate.slice(0, 4)}）`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="jobId"
            label={t('rights.placements.pickJob')}
            rules={[required]}
            extra={choices && choices.jobs.length === 0 ? t('rights.placements.noJobs') : undefined}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(choices?.jobs ?? []).map((j) => ({ value: j.id, label: `${j.title} — ${j.employerName}` }))}
            />
          </Form.Item>
          <Form.Item name="startDate" label={t('rights.placements.startDate')} rules={[required]}>
            <Input type="date" style={{ width: 220 }} />
          </Form.Item>
          <FutureDateNote date={startDate ?? null} kind="start" />
          <Form.Item name="note" label={t('rights.placements.note')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" loading={saving}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
