import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDuplicateNoticeRows, useDuplicateNotices, type NoticeRow } from '../db/notice-queries';
import { stationDay } from '../state/station-day';

/**
 * The county's word that one of this station's people is also registered at another station (the pull answer's
 * notices): on the person's page as a warning, and on 同步 as a list. The ID number comes masked from the county.
 */
export function DuplicateNoticeAlerts({ seekerId }: { readonly seekerId: string }) {
  const { t } = useTranslation();
  const notices = useDuplicateNotices(seekerId);
  if (notices.length === 0) return null;
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
      {notices.map((n) => (
        <Alert
          key={n.id}
          type="warning"
          showIcon
          data-testid="duplicate-notice"
          title={t('sync.duplicates.alertTitle', { station: n.otherStation.name })}
          description={t('sync.duplicates.alertText', {
            station: n.otherStation.name,
            area: n.otherStation.areaCode,
            id: n.idNumberMasked,
            date: stationDay(n.foundAt),
          })}
        />
      ))}
    </Space>
  );
}

/** Every notice, for the 同步 page; nothing at all while there is none. */
export function DuplicateNoticesCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rows = useDuplicateNoticeRows();
  if (rows.length === 0) return null;
  return (
    <Card title={t('sync.duplicates.title')} style={{ maxWidth: 960, marginTop: 16 }} data-testid="duplicate-notices">
      <Typography.Paragraph>{t('sync.duplicates.help')}</Typography.Paragraph>
      <Table<NoticeRow>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('sync.duplicates.person'), render: (_, r) => r.name ?? t('sync.duplicates.gone') },
          { title: t('sync.duplicates.idNumber'), dataIndex: 'idNumberMasked' },
          {
            title: t('sync.duplicates.otherStation'),
            render: (_, r) => `${r.otherStation.name}（${r.otherStation.areaCode}）`,
          },
          {
            title: t('sync.duplicates.foundAt'),
            render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{stationDay(r.foundAt)}</span>,
          },
          { title: t('sync.duplicates.whatToDo'), render: () => t('sync.duplicates.whatToDoText') },
          {
            title: '',
            render: (_, r) =>
              r.name === null ? null : (
                <Button size="small" onClick={() => void navigate(`/seekers/${r.recordId}`)}>
                  {t('sync.duplicates.open')}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
