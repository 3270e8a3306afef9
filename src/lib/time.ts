/** Splits a duration into whole days, hours, minutes and seconds (negative durations count as zero). */
export function splitDuration(ms: number): { days: number; hours: number; minutes: number; seconds: number } {
  const total = Math.max(0, Math.floor(ms / 1000));
  return {
    days: Math.floor(total / 86400),
    hours: Math.floor((total % 86400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

/** A countdown as m:ss, or h:mm:ss from an hour up. */
export function formatCountdown(ms: number): string {
  const { days, hours, minutes, seconds } = splitDuration(ms);
  const totalHours = days * 24 + hours;
  const ss = String(seconds).padStart(2, '0');
  if (totalHours > 0) return `${totalHours}:${String(minutes).padStart(2, '0')}:${ss}`;
  return `${minutes}:${ss}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Local calendar date (yyyy-mm-dd) in a time zone, for date inputs and day boundaries. */
export function dateInZone(instant: number, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // Made once per zone: an Intl formatter costs far more to make than to use.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

/** The instant a local calendar date (yyyy-mm-dd) starts in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiDayStart(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const instant = Date.parse(`${date}T00:00:00+08:00`);
  if (Number.isNaN(instant)) return null;
  // Date.parse rolls 2026-02-30 over to March: accept only dates that exist.
  return dateInZone(instant, 'Asia/Shanghai') === date ? new Date(instant).toISOString() : null;
}
