import type { Translate } from '@/i18n/i18n';
import { splitDuration } from '@/lib/time';

/** A waiting time in words: "35 min", "3 h 5 min", "2 d 4 h". */
export function formatAge(ms: number, t: Translate): string {
  const { days, hours, minutes } = splitDuration(ms);
  if (days > 0) return t('time.ageDays', { days, hours });
  if (hours > 0) return t('time.ageHours', { hours, minutes });
  return t('time.ageMinutes', { minutes });
}

/** A duration in seconds in words: "45 s", "3 min 5 s", "2 h 10 min", "3 d 4 h". */
export function formatDuration(seconds: number, t: Translate): string {
  const { days, hours, minutes, seconds: s } = splitDuration(seconds * 1000);
  if (days > 0) return t('duration.days', { d: days, h: hours });
  if (hours > 0) return t('duration.hours', { h: hours, m: minutes });
  if (minutes > 0)
    return s === 0 ? t('duration.minutesOnly', { m: minutes }) : t('duration.minutes', { m: minutes, s });
  return t('duration.seconds', { n: s });
}
