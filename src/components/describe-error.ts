import { isApiError } from '@/api/api-error';
import { TIME_ZONE, type Translate } from '@/i18n/i18n';

const clockTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * When a locked sign-in may be tried again, as the sign-in form says it: the time on the office's
 * clock (HH:MM, Asia/Shanghai) and the minutes left, rounded up. `from` is when the answer came.
 */
export function lockedMessage(retryAfterSeconds: number, t: Translate, from = Date.now()): string {
  return t('signIn.locked', {
    time: clockTime.format(new Date(from + retryAfterSeconds * 1000)),
    minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)),
  });
}

/** A localized, plain-language sentence for any error the app can meet. */
export function describeError(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('error.unknown');
  switch (error.kind) {
    case 'network':
      return t('error.network');
    case 'timeout':
      return t('error.timeout');
    case 'bad-response':
      return t('error.badResponse', { status: String(error.status ?? '?') });
    case 'contract':
      return t('error.contract');
    case 'problem':
      break;
  }
  switch (error.problemType) {
    case 'unauthenticated':
      return t('error.unauthenticated');
    case 'invalid-credentials':
      return t('signIn.invalidCredentials');
    case 'account-locked':
      return lockedMessage(error.problem?.retryAfterSeconds ?? 60, t);
    case 'forbidden':
      return t('error.forbidden');
    case 'claim-revoked': {
      const by = (error.problem?.revokedBy as { displayName?: unknown } | undefined)?.displayName;
      return t('claim.revoked', {
        name: typeof by === 'string' ? by : '?',
        reason: error.problem?.detail ?? '',
      });
    }
    case 'not-found':
      return t('error.notFound');
    case 'claim-conflict':
      return t('claim.conflict', { holder: error.problem?.holder?.displayName ?? '?' });
    case 'not-claimable':
      return t('claim.notClaimable');
    case 'claim-limit':
      return t('claim.limit');
    case 'lease-lost':
      return t('claim.leaseLost');
    case 'version-mismatch':
      return t('error.versionMismatch');
    case 'undo-unavailable':
      return t('error.undoUnavailable');
    case 'idempotency-key-reused':
    case 'idempotency-key-missing':
      return t('error.idempotency');
    case 'service-unavailable':
      return t('error.serviceUnavailable');
    case 'validation-failed':
      return t('error.validation', {
        details:
          (error.problem?.errors ?? []).map((e) => e.field).join(', ') || (error.problem?.detail ?? ''),
      });
    default:
      return error.status !== null && error.status >= 500
        ? t('error.serviceUnavailable')
        : t('error.unknown');
  }
}
