/**
 * The server's clock as seen from here. Leases expire by the server's clock, so countdowns use
 * `serverNow()`: local time corrected by the offset learned from each response's Date header.
 */
let offsetMs = 0;

export function observeServerDate(dateHeader: string | null, receivedAt = Date.now()): void {
  if (!dateHeader) return;
  const serverTime = Date.parse(dateHeader);
  // Date has one-second resolution; ignore differences below it to avoid jitter.
  if (!Number.isNaN(serverTime) && Math.abs(serverTime - receivedAt - offsetMs) >= 1000) {
    offsetMs = serverTime - receivedAt;
  }
}

export function serverNow(): number {
  return Date.now() + offsetMs;
}

export function resetServerClock(): void {
  offsetMs = 0;
}
