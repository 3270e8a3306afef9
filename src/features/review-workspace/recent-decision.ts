import { useSyncExternalStore } from 'react';
import type { Decision } from '@/api/generated/zod';

/**
 * The reviewer's last decision while it can still be undone, shared by the request pages that follow
 * it (the Undo banner and the U key live on the next request's page).
 */
export interface RecentDecision {
  decision: Decision;
  number: string;
  /** Local time until which Undo is offered (shorter than the server's window). */
  offerUntil: number;
}

export const UNDO_OFFER_MS = 8000;

let current: RecentDecision | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function setRecentDecision(decision: Decision, number: string): void {
  current = { decision, number, offerUntil: Date.now() + UNDO_OFFER_MS };
  clearTimeout(timer);
  timer = setTimeout(clearRecentDecision, UNDO_OFFER_MS);
  emit();
}

export function clearRecentDecision(): void {
  clearTimeout(timer);
  if (current === null) return;
  current = null;
  emit();
}

export function getRecentDecision(): RecentDecision | null {
  return current !== null && current.offerUntil > Date.now() ? current : null;
}

export function useRecentDecision(): RecentDecision | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/**
 * Moving on to the next request and undoing race each other; the newer intent wins. Each of them
 * takes a ticket, and a move-on finding a newer ticket gives back what it claimed.
 */
let generation = 0;
export const nextGeneration = (): number => ++generation;
export const isCurrentGeneration = (ticket: number): boolean => ticket === generation;
