import { useEffect, useEffectEvent, useState } from 'react';
import type { Photo } from '@/api/generated/zod';
import {
  PhotoChecksError,
  photoChecksSupported,
  photoSourceOf,
  runPhotoChecks,
  sourceKey,
  type PhotoSource,
} from './run-photo-checks';
import type { PhotoCheckReport, PhotoRules } from './types';

/** A photo as the API describes it, or a source built by hand (a URL, or a decoded bitmap). */
export type PhotoInput = Photo | PhotoSource;

export type PhotoChecksState =
  /** Nothing to check yet (no photo or no rules). */
  | { status: 'idle'; report: null; error: null }
  | { status: 'running'; report: null; error: null }
  | { status: 'ready'; report: PhotoCheckReport; error: null }
  /** This browser cannot run the checks off the page's thread (no Worker / OffscreenCanvas): say so. */
  | { status: 'unavailable'; report: null; error: null }
  | { status: 'error'; report: null; error: PhotoChecksError };

type Outcome = Extract<PhotoChecksState, { status: 'ready' | 'error' | 'unavailable' }>;

const IDLE = { status: 'idle', report: null, error: null } as const satisfies PhotoChecksState;
const RUNNING = { status: 'running', report: null, error: null } as const satisfies PhotoChecksState;
const UNAVAILABLE = { status: 'unavailable', report: null, error: null } as const satisfies PhotoChecksState;

function isApiPhoto(input: PhotoInput): input is Photo {
  return 'url' in input && 'bytes' in input && 'format' in input;
}

function toSource(input: PhotoInput): PhotoSource {
  return isApiPhoto(input) ? photoSourceOf(input) : input;
}

/**
 * The machine's pre-checks for a new photo against the card photo, under a region's rules. Runs in a
 * worker and never blocks the page; the result is kept for the current pair only (in component state,
 * not a module cache, so it goes when the workspace closes; the worker keeps derived figures only).
 *
 * `usePhotoChecks(request.newPhoto, request.cardPhoto, photoRulesFor(region))`
 */
export function usePhotoChecks(
  newPhoto: PhotoInput | null,
  cardPhoto: PhotoInput | null,
  rules: PhotoRules | null,
): PhotoChecksState {
  const supported = photoChecksSupported();
  const newSource = newPhoto ? toSource(newPhoto) : null;
  const cardSource = cardPhoto ? toSource(cardPhoto) : null;
  // Objects may be new on every render; the key says when the inputs really changed.
  const key =
    newSource && rules
      ? JSON.stringify([sourceKey(newSource), cardSource ? sourceKey(cardSource) : null, rules])
      : null;
  const [done, setDone] = useState<{ key: string; outcome: Outcome } | null>(null);
  const current = key !== null && done?.key === key ? done.outcome : null;
  const needed = supported && key !== null && current === null;

  // Reads the latest inputs when the run starts, without restarting it on every render.
  const start = useEffectEvent((signal: AbortSignal) => {
    if (!newSource || !rules) return Promise.reject(new PhotoChecksError('internal', 'Nothing to check'));
    return runPhotoChecks({ newPhoto: newSource, cardPhoto: cardSource, rules }, { signal });
  });

  useEffect(() => {
    if (!needed || key === null) return;
    const controller = new AbortController();
    start(controller.signal).then(
      (report) => setDone({ key, outcome: { status: 'ready', report, error: null } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure =
          error instanceof PhotoChecksError
            ? error
            : new PhotoChecksError('internal', 'The photo checks failed', { cause: error });
        setDone({
          key,
          outcome:
            failure.code === 'unavailable' ? UNAVAILABLE : { status: 'error', report: null, error: failure },
        });
      },
    );
    return () => controller.abort();
  }, [needed, key]);

  if (!supported) return UNAVAILABLE;
  if (key === null) return IDLE;
  return current ?? RUNNING;
}
