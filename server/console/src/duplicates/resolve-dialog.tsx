import { App, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client';
import { refusalText } from '../api/refusal-text';
import type { LedgerRow, SummaryFigures } from '../api/types';

/** The pair's two stations: their ids from the row when it carries them, else found by name among the county's. */
export function pairStations(row: LedgerRow, stations: SummaryFigures['stations']): { id: string; name: string }[] {
  const out: { id: string; name: string }[] = [];
  for (const side of ['A', 'B']) {
    const name = row[`station${side}`];
    const given = row[`station${side}Id`];
    const id = typeof given === 'string' && given !== '' ? given : stations.find((s) => s.name === name)?.stationId;
    if (id && !out.some((s) => s.id === id)) out.push({ id, name: typeof name === 'string' ? name : id });
  }
  return out;
}

interface Props {
  readonly row: LedgerRow | null;
  readonly stations: SummaryFigures['stations'];
  readonly onClose: () => void;
  readonly onResolved: () => void;
}

/** Resolves a pair: the same person (one station keeps the record) or different people. */
export function ResolveDialog({ row, stations, onClose, onResolved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const resolve = async (decision: { decision: 'same'; keepStationId: string } | { decision: 'different' }) => {
    const id = row?.['pairId'] ?? row?.['id'];
    if (typeof id !== 'string') return;
    setBusy(true);
    const answer = await postJson(`/duplicates/${encodeURIComponent(id)}/resolve`, decision);
    setBusy(false);
    if (answer.ok) {
      void message.success(t('duplicates.resolvedOk'));
      onResolved();
    } else void message.error(t('common.failed', { message: refusalText(answer.error) }));
  };
  return (
    <Modal open={row !== null} title={t('duplicates.resolveTitle')} onCancel={onClose} footer={null} destroyOnHidden>
      {row && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text>{t('duplicates.samePerson')}</Typography.Text>
          {pairStations(row, stations).map((station) => (
            <Button
              key={station.id}
              block
              size="large"
              loading={busy}
              onClick={() => void resolve({ decision: 'same', keepStationId: station.id })}
            >
              {t('duplicates.keep', { station: station.name })}
            </Button>
          ))}
          <Button block size="large" danger loading={busy} onClick={() => void resolve({ decision: 'different' })}>
            {t('duplicates.different')}
          </Button>
        </Space>
      )}
    </Modal>
  );
}
