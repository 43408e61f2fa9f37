import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { refusalText } from '../api/refusal-text';
import type { Refusal } from '../api/types';

/** A request that failed, in words, with a way to try again. */
export function ApiProblem({ refusal, onRetry }: { readonly refusal: Refusal; readonly onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={refusalText(refusal)}
      action={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}
