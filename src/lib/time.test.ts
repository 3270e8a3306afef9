import { formatCountdown, shanghaiDayStart, splitDuration } from './time';

describe('time helpers', () => {
  it('splits durations and treats negative ones as zero', () => {
    expect(splitDuration(90_061_000)).toEqual({ days: 1, hours: 1, minutes: 1, seconds: 1 });
    expect(splitDuration(-5000)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
  it('formats countdowns as m:ss under an hour and h:mm:ss above', () => {
    expect(formatCountdown(65_000)).toBe('1:05');
    expect(formatCountdown(3_725_000)).toBe('1:02:05');
    expect(formatCountdown(-1)).toBe('0:00');
  });
  it('starts a Shanghai calendar day at 16:00 UTC the day before', () => {
    expect(shanghaiDayStart('2026-11-26')).toBe('2026-11-25T16:00:00.000Z');
    expect(shanghaiDayStart('2026-13-01')).toBeNull();
    expect(shanghaiDayStart('yesterday')).toBeNull();
  });
});

describe('calendar dates', () => {
  it('refuses dates that do not exist', () => {
    expect(shanghaiDayStart('2026-02-30')).toBeNull();
    expect(shanghaiDayStart('2028-02-29')).toBe('2028-02-28T16:00:00.000Z');
  });
});

describe('calendar dates', () => {
  it('refuses dates that do not exist', () => {
    expect(shanghaiDayStart('2026-02-30')).toBeNull();
    expect(shanghaiDayStart('2028-02-29')).toBe('2028-02-28T16:00:00.000Z');
  });
});
