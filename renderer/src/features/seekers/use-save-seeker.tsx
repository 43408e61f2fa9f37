import { App as AntApp, Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Seeker } from '#shared/entities/seeker';
import { appEnv } from '../../db/commands/env';
import { saveSeeker, type SeekerInput } from '../../db/commands/seekers';
import { seekerNames } from '../../db/queries';
import { useSession } from '../../state/session-store';
import { applyFieldErrors, errorText } from '../../ui/forms';
import type { SeekerFormValues } from './seeker-values';

const FIELD_MAP = { consent: 'consentMatching' } as const;

/**
 * Saving a seeker: field errors land under their fields; the same ID number stops with a link to the person
 * already registered; a likely duplicate asks for a reason and saves with it.
 */
interface Pending {
  readonly input: SeekerInput;
  readonly text: string;
}

export function useSaveSeeker(form: FormInstance<SeekerFormValues>): {
  save: (input: SeekerInput, reason?: string) => Promise<void>;
  dialog: ReactNode;
  /** What the last save refused, in words, kept on screen until the next save. */
  problems: readonly string[];
} {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const [pending, setPending] = useState<Pending | null>(null);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<readonly string[]>([]);

  const done = (s: Seeker) => {
    void message.success(t('seekers.saved', { name: s.name }));
    void navigate('/seekers');
  };

  async function save(input: SeekerInput, withReason?: string): Promise<void> {
    if (!user) return;
    const result = await saveSeeker(appEnv(), user, input, withReason);
    setProblems([]);
    if (result.ok) return done(result.value);
    const { error } = result;
    if (error.code === 'seeker.duplicateId') {
      const { existingId } = error.params;
      const [name] = await seekerNames([existingId]);
      modal.confirm({
        title: t('seekers.duplicateTitle'),
        content: t('seekers.duplicateId', { name: name ?? '' }),
        okText: t('seekers.openExisting'),
        cancelText: t('common.back'),
        onOk: () => void navigate(`/seekers/${existingId}`),
      });
      form.setFields([{ name: 'idNumber', errors: [errorText(t, 'seeker.duplicateId')] }]);
      return;
    }
    if (error.code === 'seeker.duplicateWarn') {
      const names = await seekerNames(error.params.existingIds);
      const reasons = error.params.reasons
        .map((r) => t(r === 'phone' ? 'seekers.reasonPhone' : 'seekers.reasonNameAndBirthDate'))
        .join('、');
      setReason('');
      setPending({ input, text: t('seekers.duplicateWarn', { names: names.join('、'), reasons }) });
      return;
    }
    applyFieldErrors(form, error, t, FIELD_MAP);
    setProblems(Object.values(error.fields ?? {}).map((code) => errorText(t, code)));
    void message.error(errorText(t, error.code));
  }

  const dialog = (
    <Modal
      open={pending !== null}
      title={t('seekers.duplicateTitle')}
      okText={t('seekers.continueSave')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: reason.trim().length < 2 }}
      onCancel={() => setPending(null)}
      onOk={async () => {
        if (!pending) return;
        const { input } = pending;
        setPending(null);
        await save(input, reason.trim());
      }}
      destroyOnHidden
    >
      <p>{pending?.text}</p>
      <Form layout="vertical">
        <Form.Item label={t('seekers.duplicateReason')}>
          <Input.TextArea
            rows={2}
            maxLength={300}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-label={t('seekers.duplicateReason')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );

  return { save, dialog, problems };
}
