import { SearchOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Input, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '#shared/entities/course';
import { appEnv } from '../../db/commands/env';
import { enrolSeekers } from '../../db/commands/enrolments';
import { useSeekerSearch, useVillages, type SeekerRow } from '../../db/queries';
import { useTrainees } from '../../db/training-queries';
import { useSession } from '../../state/session-store';
import { errorText } from '../../ui/forms';

/** Anyone registered may be enrolled, in work or not; not someone who withdrew their consent. */
const canEnrol = (s: SeekerRow): boolean => s.status !== 'withdrawn';

/**
 * Enrolment from the seekers: find by name, pinyin or initials, tick any number, enrol them in one go. People in
 * work are listed too (upskilling is what many courses are for), marked so; only someone who withdrew consent is
 * shown greyed, with the reason.
 */
export function EnrolModal({
  course,
  seated,
  onClose,
}: {
  readonly course: Course;
  readonly seated: number;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const result = useSeekerSearch(query, {});
  const trainees = useTrainees(course.id);
  const villages = new Map(useVillages().map((v) => [v.code, v.name]));
  const onCourse = new Set(
    (trainees ?? []).filter((x) => x.enrolment.status !== 'withdrawn').map((x) => x.enrolment.seekerId),
  );

  const submit = async () => {
    if (!user || selected.length === 0) return;
    setBusy(true);
    const r = await enrolSeekers(appEnv(), user, course.id, selected);
    setBusy(false);
    if (!r.ok) {
      void message.error(errorText(t, r.error.code, r.error.params));
      return;
    }
    void message.success(
      `${t('training.enrolDone', { enrolled: r.value.enrolled, waiting: r.value.waiting })}${r.value.already > 0 ? t('training.enrolAlready', { count: r.value.already }) : ''}`,
    );
    setSelected([]);
    onClose();
  };

  return (
    <Modal
      open
      width={820}
      title={t('training.enrolTitle', { course: course.title })}
      okText={t('training.enrolButton', { count: selected.length })}
      okButtonProps={{ disabled: selected.length === 0, size: 'large' }}
      cancelButtonProps={{ size: 'large' }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="info"
        showIcon
        title={t('training.seatsLeft', { count: Math.max(0, course.capacity - seated) })}
        description={t('training.enrolWhoHint')}
        style={{ marginBottom: 12 }}
      />
      <Input
        size="large"
        allowClear
        autoFocus
        prefix={<SearchOutlined />}
        placeholder={t('training.enrolSearch')}
        aria-label={t('training.enrolSearch')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ marginBottom: 12 }}
      />
      <Table<SeekerRow>
        rowKey="id"
        size="small"
        loading={result === undefined}
        dataSource={result?.rows ?? []}
        pagination={{ pageSize: 30, showSizeChanger: false }}
        scroll={{ y: 420 }}
        locale={{
          emptyText: query.trim() ? t('training.enrolNoneFound', { query: query.trim() }) : t('training.enrolNone'),
        }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          // In the order ticked: whoever is ticked first gets the first free seat.
          onChange: (keys) => {
            const now = keys.map(String);
            setSelected((prev) => [...prev.filter((k) => now.includes(k)), ...now.filter((k) => !prev.includes(k))]);
          },
          getCheckboxProps: (s) => ({ disabled: onCourse.has(s.id) || !canEnrol(s), 'aria-label': s.name }),
        }}
        columns={[
          { title: t('seekers.name'), dataIndex: 'name', width: 120 },
          {
            title: t('seekers.sex'),
            dataIndex: 'sex',
            width: 60,
            render: (sex: SeekerRow['sex']) => t(`options.sex.${sex}`),
          },
          {
            title: t('seekers.village'),
            dataIndex: 'villageCode',
            render: (code: string | null) => (code ? (villages.get(code) ?? code) : '—'),
          },
          {
            title: '',
            key: 'on',
            width: 200,
            render: (_v, s) =>
              onCourse.has(s.id) ? (
                <Tag>{t('training.onCourse')}</Tag>
              ) : !canEnrol(s) ? (
                <Typography.Text type="secondary">{t('training.enrolWithdrawn')}</Typography.Text>
              ) : s.status === 'placed' ? (
                <Tag color="blue">{t('training.enrolEmployed')}</Tag>
              ) : s.status === 'inactive' ? (
                <Tag>{t('options.status.inactive')}</Tag>
              ) : null,
          },
        ]}
      />
    </Modal>
  );
}
