import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { plannedHours } from '#shared/entities/course';
import { useStation } from '../../db/queries';
import { useCourses, type CourseListRow } from '../../db/training-queries';
import { useSession } from '../../state/session-store';
import { dateRange } from './labels';
import { skillName } from '../../ui/skill-name';

const STATUS_COLOR = { planned: 'default', open: 'green', finished: 'blue', cancelled: 'red' } as const;

/** The courses: all of them for staff, the ones they teach for a trainer. */
export function CoursesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const isTrainer = user?.role === 'trainer';
  const rows = useCourses(isTrainer ? (user?.id ?? '') : null);
  const station = useStation();
  const stationId = station && station !== 'loading' ? station.id : null;

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('training.title')}</Typography.Title>
        {!isTrainer && (
          <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => void navigate('/courses/new')}>
            {t('training.newCourse')}
          </Button>
        )}
      </Space>
      <Table<CourseListRow>
        rowKey="id"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={isTrainer ? t('training.noneTrainer') : t('training.none')} /> }}
        onRow={(c) => ({ onClick: () => void navigate(`/courses/${c.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('training.col.title'),
            dataIndex: 'title',
            render: (title: string, c) => (
              <Space size={4} wrap>
                <Typography.Link>{title}</Typography.Link>
                {stationId && c.stationId !== stationId && <Tag>{t('training.otherStation')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('training.col.skill'),
            dataIndex: 'skillCode',
            width: 160,
            render: (code: string) => skillName(code, i18n.language),
          },
          {
            title: t('training.col.dates'),
            key: 'dates',
            width: 220,
            render: (_v, c) => t('training.datesLine', { dates: dateRange(c), hours: plannedHours(c) }),
          },
          { title: t('training.col.trainer'), dataIndex: 'trainerName', width: 110, render: (n: string) => n || '—' },
          {
            title: t('training.col.seats'),
            key: 'seats',
            width: 150,
            render: (_v, c) => (
              <Space size={4}>
                {stationId && c.stationId !== stationId
                  ? t('training.seatsOther', { capacity: c.capacity })
                  : t('training.seats', { seated: c.seated, capacity: c.capacity })}
                {c.waiting > 0 && <Tag color="orange">{t('training.waitingCount', { count: c.waiting })}</Tag>}
              </Space>
            ),
          },
          {
            title: t('training.col.status'),
            dataIndex: 'status',
            width: 140,
            render: (s: CourseListRow['status']) => <Tag color={STATUS_COLOR[s]}>{t(`training.status.${s}`)}</Tag>,
          },
        ]}
      />
    </div>
  );
}
