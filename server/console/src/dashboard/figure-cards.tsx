import { Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsoleSummary } from '../api/types';
import { groupLabel } from '../i18n/labels';
import { drillHref, figureValue, FIGURE_GROUPS, FIGURE_LABEL, type FigureKey } from './figures';

const SEVERITY_COLOUR: Readonly<Record<string, string>> = {
  'rights.openFindings.critical': '#a8071a',
  'rights.openFindings.high': '#d4380d',
  'rights.openFindings.medium': '#d48806',
  'rights.openFindings.low': '#595959',
};

/** One figure: its name and number; the number opens the list behind it. */
function Figure({ summary, figure }: { readonly summary: ConsoleSummary; readonly figure: FigureKey }) {
  const { t } = useTranslation();
  const label = t(FIGURE_LABEL[figure]);
  const value = figureValue(summary, figure);
  const href = drillHref(summary, figure);
  const shown = (
    <Statistic title={label} value={value} styles={{ content: { color: SEVERITY_COLOUR[figure], fontSize: 30 } }} />
  );
  if (!href) return <div className="figure">{shown}</div>;
  return (
    <Link to={href} className="figure figure-link" data-testid={`figure-${figure}`} aria-label={`${label} ${value}`}>
      {shown}
    </Link>
  );
}

/** Every summary figure, in cards by theme, and the registrations by priority group. */
export function FigureCards({ summary }: { readonly summary: ConsoleSummary }) {
  const { t } = useTranslation();
  const groups = Object.entries(summary.seekers.byPriorityGroup).filter(([, n]) => n > 0);
  return (
    <Row gutter={[16, 16]}>
      {FIGURE_GROUPS.map(({ group, figures }) => (
        <Col key={group} xs={24} md={12} xl={8}>
          <Card title={t(`dashboard.groups.${group}`)} className="figure-card">
            <div className="figure-row">
              {figures.map((figure) => (
                <Figure key={figure} summary={summary} figure={figure} />
              ))}
            </div>
          </Card>
        </Col>
      ))}
      <Col xs={24} md={12} xl={16}>
        <Card title={t('dashboard.groups.byGroup')} className="figure-card">
          {groups.length === 0 && <Typography.Text type="secondary">{t('dashboard.noGroups')}</Typography.Text>}
          <div className="group-tags">
            {groups.map(([group, count]) => {
              const key = `seekers.byPriorityGroup.${group}`;
              const href = drillHref(summary, key);
              const text = `${groupLabel(t, group)} ${count}`;
              return (
                <Tag key={group} className="group-tag">
                  {href ? <Link to={href}>{text}</Link> : text}
                </Tag>
              );
            })}
          </div>
        </Card>
      </Col>
    </Row>
  );
}
