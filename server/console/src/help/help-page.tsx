import { Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { zhCN } from '../i18n/zh-CN';

const FIGURES = Object.keys(zhCN.help.figures) as (keyof typeof zhCN.help.figures)[];
const SCREENS = Object.keys(zhCN.help.screens) as (keyof typeof zhCN.help.screens)[];

/** 帮助: what each figure counts, and what each screen does. */
export function HelpPage() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1} className="page-title">
        {t('help.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('help.intro')}</Typography.Paragraph>
      <Card title={t('help.figuresTitle')}>
        <Typography.Paragraph>{t('help.nowNote')}</Typography.Paragraph>
        <Descriptions
          column={1}
          bordered
          styles={{ label: { width: 220, fontWeight: 600 } }}
          items={FIGURES.map((key) => ({
            key,
            label: figureTitle(t, key),
            children: t(`help.figures.${key}`),
          }))}
        />
      </Card>
      <Card title={t('help.screensTitle')}>
        {SCREENS.map((key) => (
          <Typography.Paragraph key={key}>{t(`help.screens.${key}`)}</Typography.Paragraph>
        ))}
      </Card>
    </Space>
  );
}

/** The figure's name as the dashboard shows it. */
function figureTitle(t: ReturnType<typeof useTranslation>['t'], key: (typeof FIGURES)[number]): string {
  switch (key) {
    case 'seekers.byPriorityGroup':
      return t('dashboard.groups.byGroup');
    case 'rights.openFindings':
      return t('dashboard.groups.rights');
    case 'area':
      return t('filters.area');
    default:
      return t(`figures.${key}`);
  }
}
