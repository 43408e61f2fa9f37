import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, List, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fromStored } from '#shared/rights/stored';
import { SEVERITIES } from '#shared/rights/types';
import { useEmployerRights } from '../../db/rights-queries';
import { useCurrentOf } from './use-current-of';
import { employerHistory, storedFor, summaryOf, type EmployerHistoryItem } from './employer-evaluations';
import { FindingTags, ResultTag, SEVERITY_COLOR, questionOf, useLocalText } from '../../ui/findings-list';

/** 用工权益情况 on the employer's page: open findings by severity, their history, and the printables. */
export function EmployerRightsCard({ employerId }: { readonly employerId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const local = useLocalText();
  const data = useEmployerRights(employerId);
  const currentOf = useCurrentOf();
  if (!data || !currentOf) return null;
  const history = employerHistory(data.jobs, data.placements, currentOf);
  const summary = summaryOf(history);
  const subjectName = (id: string) =>
    data.jobs.find((j) => j.id === id)?.title ??
    data.placements.find((p) => p.placement.id === id)?.seeker?.name ??
    '—';
  const historyLabel = (h: EmployerHistoryItem) =>
    h.kind === 'posting'
      ? t('rights.employer.posting', { title: h.label.title })
      : h.kind === 'current'
        ? t('rights.employer.current', { name: h.label.name })
        : t('rights.employer.visit', {
            kind: h.label.visitKind ? t(`rights.visits.kinds.${h.label.visitKind}`) : '',
            name: h.label.name,
          });

  return (
    <Card title={t('rights.employer.title')} style={{ maxWidth: 960, marginTop: 16 }} data-testid="employer-rights">
      <Row gutter={[16, 16]}>
        {SEVERITIES.map((s) => (
          <Col key={s} xs={12} md={6}>
            <Statistic
              title={<Tag color={SEVERITY_COLOR[s]}>{t(`rights.severity.${s}`)}</Tag>}
              value={summary.bySeverity[s].fail + summary.bySeverity[s].warn}
            />
          </Col>
        ))}
      </Row>
      {summary.lastEvaluated && (
        <Typography.Paragraph type="secondary">
          {t('rights.employer.lastChecked', { date: summary.lastEvaluated, count: summary.evaluations })}
        </Typography.Paragraph>
      )}
      <Typography.Title level={4}>{t('rights.employer.open')}</Typography.Title>
      {summary.open.length === 0 ? (
        <Typography.Paragraph>{t('rights.employer.noOpen')}</Typography.Paragraph>
      ) : (
        <List
          dataSource={[...summary.open]}
          renderItem={(o) => {
            const stored = storedFor(history, o.subject.id, o.checkId, o.date);
            const finding = stored ? fromStored(stored) : null;
            const q = questionOf(o.checkId);
            return (
              <List.Item>
                <div>
                  <Space wrap>
                    <FindingTags finding={o} />
                    <Typography.Text strong>{q ? local(q) : o.checkId}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t('rights.employer.subject')}
                      {subjectName(o.subject.id)} · {t('rights.employer.since', { date: o.since })}
                    </Typography.Text>
                  </Space>
                  {finding && <div className="finding-text">{local(finding.explanation)}</div>}
                </div>
              </List.Item>
            );
          }}
        />
      )}
      <Space wrap style={{ margin: '8px 0 16px' }}>
        <Button
          size="large"
          icon={<PrinterOutlined />}
          onClick={() => void navigate(`/employers/employer/${employerId}/rights/checklist`)}
        >
          {t('rights.employer.printChecklist')}
        </Button>
        <Button
          size="large"
          icon={<PrinterOutlined />}
          onClick={() => void navigate(`/employers/employer/${employerId}/rights/letter`)}
        >
          {t('rights.employer.printLetter')}
        </Button>
      </Space>
      <Typography.Title level={4}>{t('rights.employer.history')}</Typography.Title>
      <Table<EmployerHistoryItem>
        rowKey="key"
        size="middle"
        dataSource={history}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('rights.employer.noHistory') }}
        columns={[
          { title: t('rights.employer.date'), key: 'date', width: 120, render: (_v, h) => h.date },
          { title: t('rights.employer.what'), key: 'what', render: (_v, h) => historyLabel(h) },
          {
            title: t('rights.employer.result'),
            key: 'result',
            render: (_v, h) => <ResultTag findings={h.findings} />,
          },
        ]}
      />
    </Card>
  );
}
