import type { Translate } from '@/i18n/i18n';
import { splitDuration } from '@/lib/time';

/** A waiting time in words: "35 min", "3 h 5 min", "2 d 4 h". */
export function formatAge(ms: number, t: Translate): string {
  const { days, hours, minutes } = splitDuration(ms);
  if (days > 0) return t('time.ageDays', { days, hours });
  if (hours > 0) return t('time.ageHours', { hours, minutes });
  return t('time.ageMinutes', { minutes });
}
