import { App as AntApp, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maternityOf, updateMaternity } from '../../db/commands/maternity';
import { appEnv } from '../../db/commands/env';
import type { PlacementView } from '../../db/rights-queries';
import { useSession } from '../../state/session-store';
import { errorText } from '../../ui/forms';
import { MaternityInputs } from './maternity-inputs';

/** On a woman's placement: what staff learnt about pregnancy and breastfeeding, saved onto the seeker. */
export function MaternityCard({ view, today }: { readonly view: PlacementView; readonly today: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const [value, setValue] = useState(() => maternityOf(view.seeker));
  const [saving, setSaving] = useState(false);
  const seeker = view.seeker;
  if (!seeker || seeker.sex !== 'female') return null;
  const save = async () => {
    if (!user) return;
    setSaving(true);
    try {
      const r = await updateMaternity(appEnv(), user, seeker.id, value);
      if (r.ok) void message.success(t('rights.maternity.saved'));
      else void message.error(errorText(t, r.error.code));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card className="form-card" title={t('rights.maternity.title')} data-testid="maternity-card">
      <MaternityInputs value={value} onChange={setValue} on={today} />
      <Button type="primary" size="large" style={{ marginTop: 12 }} loading={saving} onClick={() => void save()}>
        {t('rights.maternity.save')}
      </Button>
    </Card>
  );
}
