import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SkillGapRow } from '#shared/training/skills-gap';
import { useVillages } from '../../db/queries';
import { MatchPreparing } from '../../ui/matching/preparing';
import { useMatch } from '../../ui/matching/use-match';
import { skillName } from '../../ui/skill-name';

/** 技能缺口: skills open postings ask for against the people who have them or lack only them → courses to run next. */
export function SkillsGapPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  // Computed in the matching worker (it runs the matcher once per posting): the page stays responsive.
  const state = useMatch({ kind: 'skills-gap' });
  const villages = useVillages();
  const [area, setArea] = useState('');
  const names = useMemo(() => new Map(villages.map((v) => [v.code, v.name])), [villages]);
  if (state.status === 'error')
    return <Alert type="error" showIcon message={t('matching.failed')} description={state.message} />;
  const gap = state.status === 'done' && state.answer.kind === 'skills-gap' ? state.answer.gap : null;
  if (!gap)
    return state.status === 'loading' && state.progress ? (
      <MatchPreparing progress={state.progress} />
    ) : (
      <Spin size="large" tip={t('training.gap.computing')} />
    );

  const rows: readonly SkillGapRow[] = area
    ? (gap.areas.find((a) => `${a.level}:${a.code}` === area)?.rows ?? [])
    : gap.county;
  const areaLabel = (level: 'village' | 'township', code: string) =>
    level === 'township'
      ? (names.get(code) ?? t('training.gap.township', { code }))
      : t('training.gap.village', { name: names.get(code) ?? code });

  return (
    <div className="page">
      <Typography.Title level={2}>{t('training.gap.title')}</Typography.Title>
      <Typography.Paragraph style={{ maxWidth: 900 }}>{t('training.gap.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text>{t('training.gap.area')}</Typography.Text>
        <Select
          size="large"
          showSearch={{ optionFilterProp: 'label' }}
          value={area}
          onChange={setArea}
          style={{ width: 320 }}
          aria-label={t('training.gap.area')}
          options={[
            { value: '', label: t('training.gap.county') },
            ...gap.areas
              .filter((a) => a.level === 'township')
              .map((a) => ({ value: `township:${a.code}`, label: areaLabel('township', a.code) })),
            ...gap.areas
              .filter((a) => a.level === 'village')
              .map((a) => ({ value: `village:${a.code}`, label: areaLabel('village', a.code) })),
          ]}
        />
      </Space>
      <Table<SkillGapRow>
        rowKey="skillCode"
        dataSource={[...rows]}
        pagination={false}
        locale={{ emptyText: <Empty description={t('training.gap.none')} /> }}
        columns={[
          { title: t('training.gap.rank'), key: 'rank', width: 70, render: (_v, _r, i) => i + 1 },
          {
            title: t('training.gap.skill'),
            dataIndex: 'skillCode',
            render: (code: string) => <Typography.Text strong>{skillName(code, i18n.language)}</Typography.Text>,
          },
          { title: t('training.gap.demand'), dataIndex: 'demandPositions', width: 120 },
          { title: t('training.gap.holders'), dataIndex: 'holders', width: 100 },
          { title: t('training.gap.nearMiss'), dataIndex: 'nearMissSeekers', width: 150 },
          { title: t('training.gap.unmet'), dataIndex: 'unmet', width: 100 },
          {
            title: t('training.gap.placeable'),
            dataIndex: 'placeable',
            width: 150,
            render: (n: number) => (
              <Tag color={n > 0 ? 'green' : 'default'} style={{ fontSize: 16, padding: '2px 10px' }}>
                {n}
              </Tag>
            ),
          },
          {
            title: t('training.gap.courses'),
            key: 'courses',
            width: 150,
            render: (_v, r) =>
              r.courses > 0 ? (
                <Tag color="blue">{r.courses}</Tag>
              ) : (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => void navigate(`/courses/new?skill=${encodeURIComponent(r.skillCode)}`)}
                  aria-label={`${t('training.gap.startCourse')} ${skillName(r.skillCode, i18n.language)}`}
                >
                  {t('training.gap.startCourse')}
                </Button>
              ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('training.gap.help')}
      </Typography.Paragraph>
    </div>
  );
}
