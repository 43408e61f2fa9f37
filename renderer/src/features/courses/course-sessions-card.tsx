import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Segmented, Space, Typography, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SESSION_PARTS, type Session } from '#shared/entities/course';
import { stationDay } from '../../state/station-day';
import type { CourseFormValues } from './course-values';

let sessionCounter = 0;
const newSessionId = (): string => `s${Date.now().toString(36)}${(sessionCounter++).toString(36)}`;

/** The course's half-day sessions: date, morning or afternoon, hours; add a whole day or the next half day. */
export function CourseSessionsCard({
  form,
  sessions,
}: {
  readonly form: FormInstance<CourseFormValues>;
  readonly sessions: readonly Session[];
}) {
  const { t } = useTranslation();
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

  return (
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
                  <Input type="date" aria-label={`${t('training.form.sessionDate')} ${i + 1}`} style={{ width: 180 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'part']} label={i === 0 ? t('training.form.sessionPart') : undefined}>
                  <Segmented options={SESSION_PARTS.map((p) => ({ value: p, label: t(`training.part.${p}`) }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'hours']} label={i === 0 ? t('training.form.sessionHours') : undefined}>
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
  );
}
