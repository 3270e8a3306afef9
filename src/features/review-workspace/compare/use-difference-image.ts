import { useEffect, useState } from 'react';
import type { DifferenceResult } from './difference';
import { readDifference, type PhotoSource } from './read-difference';

export type DifferenceStatus =
  | { status: 'idle' }
  | { status: 'computing' }
  | { status: 'ready'; result: DifferenceResult }
  | { status: 'unavailable' };

type Outcome = { status: 'ready'; result: DifferenceResult } | { status: 'unavailable' };

/**
 * The difference image of two photos, computed only while `enabled` (the difference mode is shown) and
 * memoised for the current pair of sources: switching modes back and forth costs nothing, a new pair
 * (the next request) replaces it. Kept in component state, not a module cache, so a citizen's photo data
 * goes when the workspace closes.
 */
export function useDifferenceImage(
  enabled: boolean,
  newPhoto: PhotoSource,
  cardPhoto: PhotoSource,
): DifferenceStatus {
  const key = pairKey(newPhoto, cardPhoto);
  const [done, setDone] = useState<{ key: string; outcome: Outcome } | null>(null);
  const current = done?.key === key ? done.outcome : null;

  // The pieces are the effect's inputs; the objects themselves may be new on every render.
  const { src: newSrc, width: newWidth, height: newHeight } = newPhoto;
  const { src: cardSrc, width: cardWidth, height: cardHeight } = cardPhoto;
  const needed = enabled && !current;

  useEffect(() => {
    if (!needed) return;
    let cancelled = false;
    readDifference(
      { src: newSrc, width: newWidth, height: newHeight },
      { src: cardSrc, width: cardWidth, height: cardHeight },
    ).then(
      (result) => {
        if (!cancelled) setDone({ key, outcome: { status: 'ready', result } });
      },
      () => {
        if (!cancelled) setDone({ key, outcome: { status: 'unavailable' } });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [needed, key, newSrc, newWidth, newHeight, cardSrc, cardWidth, cardHeight]);

  // Constants rather than fresh objects, so memoised consumers do not re-render for nothing.
  if (current) return current;
  return enabled ? COMPUTING : IDLE;
}

const IDLE: DifferenceStatus = { status: 'idle' };
const COMPUTING: DifferenceStatus = { status: 'computing' };

function pairKey(a: PhotoSource, b: PhotoSource): string {
  return JSON.stringify([a.src, a.width, a.height, b.src, b.width, b.height]);
}
