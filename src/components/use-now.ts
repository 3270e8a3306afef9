import { useEffect, useState } from 'react';
import { serverNow } from '@/api/server-clock';

/** The server's current time, re-rendering every `intervalMs`. For countdowns and ages. */
export function useServerNow(intervalMs = 1000): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
