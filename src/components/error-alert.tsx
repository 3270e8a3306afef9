import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { isApiError } from '@/api/api-error';
import { useI18n } from '@/i18n/i18n';
import { describeError } from './describe-error';

interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

/** A failed load or action, in words, with a retry where one makes sense. */
export function ErrorAlert({ error, onRetry, title }: ErrorAlertProps) {
  const { t } = useI18n();
  const technical = isApiError(error)
    ? `${error.operation}: ${error.kind}${error.status ? ` ${error.status}` : ''}`
    : null;
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title ?? t('error.title')}</AlertTitle>
      {describeError(error, t)}
      {technical ? (
        <details>
          <summary>{t('error.technical')}</summary>
          <code>{technical}</code>
        </details>
      ) : null}
    </Alert>
  );
}
