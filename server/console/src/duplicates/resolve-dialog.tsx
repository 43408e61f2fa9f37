import { App, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client';
import { refusalText } from '../api/refusal-text';
import type { LedgerRow } from '../api/types';

/** The two stations of a pair, as the duplicates ledger's row names them. */
function stationsOf(row: LedgerRow): { id: string; name: string }[] {
  const pairs: { id: string; name: string }[] = [];
  for (const side of ['A', 'B', '1', '2']) {
    const id = row[`station${side}`] ?? row[`station${side}Id`];
    const name = row[`station${side}Name`] ?? id;
    if (typeof id === 'string' && id !== '') pairs.push({ id, name: String(name) });
  }
  return pairs;
}

interface Props {
  readonly row: LedgerRow | null;
  readonly onClose: () => void;
  readonly onResolved: () => void;
}

/** Resolves a pair: the same person (one station keeps the record) or different people. */
export function ResolveDialog({ row, onClose, onResolved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const resolve = async (decision: { decision: 'same'; keep: string } | { decision: 'different' }) => {
    if (!row) return;
    setBusy(true);
    const answer = await postJson(`/duplicates/${encodeURIComponent(String(row['id']))}/resolve`, decision);
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
          {stationsOf(row).map((station) => (
            <Button
              key={station.id}
              block
              size="large"
              loading={busy}
              onClick={() => void resolve({ decision: 'same', keep: station.id })}
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
