import { useSyncExternalStore } from 'react';
import { ApiError, isApiError, type ApiErrorKind } from '@/api/api-error';
import { decideRequest } from '@/api/endpoints/decisions';
import type { Decision, DecisionInput, Problem } from '@/api/generated/zod';
import { tabStorage } from '@/lib/tab-storage';
import { clearDraft } from './draft-storage';

/**
 * Decisions on their way to the server. A decision is written here first, then sent; it stays until
 * the server confirms it (or refuses it for good), across retries, offline spells and reloads of the
 * tab. Every send of one entry carries the same Idempotency-Key, so a retry after a lost answer can
 * never record it twice: the server replays its first answer.
 *
 * Kept in sessionStorage per reviewer (the tab's own storage, gone with the tab), holding only what the
 * decision itself says: request id and number, version, the checks, reasons and the reviewer's note.
 */
export interface OutboxEntry {
  requestId: string;
  number: string;
  /** The version the reviewer saw (If-Match). */
  version: number;
  key: string;
  input: DecisionInput;
  queuedAt: number;
  /** sending: on its way, or waiting to be tried again; failed: refused for good, the reviewer must act. */
  state: 'sending' | 'failed';
  attempts: number;
  lastError: StoredError | null;
}

/** An ApiError as plain data, so that a failure survives a reload and can still be described. */
export interface StoredError {
  kind: ApiErrorKind;
  operation: string;
  status: number | null;
  problem: Problem | null;
}

export interface OutboxEvents {
  /** The server has the decision. */
  confirmed(entry: OutboxEntry, decision: Decision): void;
  /** The server refused it for good (lease lost, taken away, changed meanwhile, invalid). */
  failed(entry: OutboxEntry, error: ApiError): void;
  /** The session is gone: sending waits until the reviewer has signed in again. */
  unauthorized(): void;
}

export interface OutboxDeps {
  send(entry: OutboxEntry): Promise<Decision>;
  storage(): Storage | null;
  online(): boolean;
  now(): number;
  /** Wait before try number `attempt` (1 = the first retry). */
  backoffMs(attempt: number): number;
  /**
   * Runs the first send of a new decision. In the app: in the next task, so that the key press that
   * decided shows the next request first (sending sooner by a task would not make the server answer
   * sooner). Tests leave it out: sent at once.
   */
  defer?(send: () => void): void;
}

const PREFIX = 'photo-review.outbox.';

export function toStoredError(error: unknown): StoredError {
  if (isApiError(error)) {
    return { kind: error.kind, operation: error.operation, status: error.status, problem: error.problem };
  }
  return { kind: 'network', operation: 'decideRequest', status: null, problem: null };
}

export function fromStoredError(stored: StoredError): ApiError {
  return new ApiError(stored);
}

/** 1 s, 2 s, 4 s … up to 30 s, with a fifth either way so that many tabs do not retry in step. */
export function defaultBackoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as Partial<OutboxEntry> | null;
  return (
    typeof entry?.requestId === 'string' &&
    typeof entry.number === 'string' &&
    Number.isInteger(entry.version) &&
    typeof entry.key === 'string' &&
    typeof entry.input === 'object' &&
    entry.input !== null &&
    (entry.state === 'sending' || entry.state === 'failed') &&
    Number.isInteger(entry.attempts)
  );
}

export class DecisionOutbox {
  private entries: readonly OutboxEntry[] = [];
  private userId: string | null = null;
  private events: OutboxEvents | null = null;
  private readonly inFlight = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private authPaused = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: OutboxDeps) {}

  /** Starts work for a signed-in reviewer: picks up what an earlier page of this tab left unsent. */
  attach(userId: string, events: OutboxEvents): () => void {
    if (this.userId !== userId) {
      this.stopTimers();
      this.userId = userId;
      this.entries = this.load(userId);
      this.emit();
    }
    this.events = events;
    this.authPaused = false;
    this.pumpAll();
    return () => {
      if (this.events === events) this.events = null;
      this.stopTimers();
    };
  }

  /** Puts a decision on its way. A newer decision on the same request replaces an older one. */
  enqueue(entry: Omit<OutboxEntry, 'queuedAt' | 'state' | 'attempts' | 'lastError'>): void {
    const full: OutboxEntry = {
      ...entry,
      queuedAt: this.deps.now(),
      state: 'sending',
      attempts: 0,
      lastError: null,
    };
    this.clearTimer(entry.requestId);
    this.set([...this.entries.filter((e) => e.requestId !== entry.requestId), full]);
    const send = () => this.pump(entry.requestId);
    if (this.deps.defer) this.deps.defer(send);
    else send();
  }

  /** The reviewer has seen a refused decision (or decided again): it goes. */
  dismiss(requestId: string): void {
    this.clearTimer(requestId);
    this.set(this.entries.filter((e) => e.requestId !== requestId));
  }

  /** The network is back, or the reviewer has signed in again: send everything waiting, now. */
  resume(): void {
    this.authPaused = false;
    this.stopTimers();
    this.pumpAll();
  }

  /** Sign-out: nothing of this reviewer's stays in the tab. */
  clear(): void {
    this.stopTimers();
    const store = this.deps.storage();
    if (store) for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
    this.entries = [];
    this.userId = null;
    this.emit();
  }

  get(requestId: string): OutboxEntry | undefined {
    return this.entries.find((e) => e.requestId === requestId);
  }

  snapshot(): readonly OutboxEntry[] {
    return this.entries;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private pumpAll(): void {
    for (const entry of this.entries) this.pump(entry.requestId);
  }

  private pump(requestId: string): void {
    const entry = this.get(requestId);
    if (!entry || entry.state !== 'sending' || this.inFlight.has(requestId) || this.timers.has(requestId))
      return;
    if (this.authPaused || !this.deps.online() || !this.events) return;
    const userId = this.userId;
    this.inFlight.add(requestId);
    this.deps.send(entry).then(
      (decision) => {
        this.inFlight.delete(requestId);
        if (this.userId !== userId) return;
        const current = this.get(requestId);
        if (current?.key === entry.key) this.set(this.entries.filter((e) => e.requestId !== requestId));
        else this.pump(requestId);
        this.events?.confirmed(entry, decision);
      },
      (error: unknown) => {
        this.inFlight.delete(requestId);
        if (this.userId !== userId) return;
        const current = this.get(requestId);
        // Replaced or dismissed while on its way: the newer intent decides what happens.
        if (!current || current.key !== entry.key) {
          this.pump(requestId);
          return;
        }
        const attempts = current.attempts + 1;
        const lastError = toStoredError(error);
        if (isApiError(error) && error.status === 401) {
          this.update(requestId, { attempts, lastError });
          this.authPaused = true;
          this.events?.unauthorized();
        } else if (!isApiError(error) || error.retryable) {
          this.update(requestId, { attempts, lastError });
          this.timers.set(
            requestId,
            setTimeout(() => {
              this.timers.delete(requestId);
              this.pump(requestId);
            }, this.deps.backoffMs(attempts)),
          );
        } else {
          const failed = { ...current, attempts, lastError, state: 'failed' as const };
          this.update(requestId, failed);
          this.events?.failed(failed, error);
        }
      },
    );
  }

  private update(requestId: string, patch: Partial<OutboxEntry>): void {
    this.set(this.entries.map((e) => (e.requestId === requestId ? { ...e, ...patch } : e)));
  }

  private set(entries: readonly OutboxEntry[]): void {
    this.entries = entries;
    this.save();
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private load(userId: string): OutboxEntry[] {
    try {
      const raw = this.deps.storage()?.getItem(PREFIX + userId);
      const parsed = raw ? (JSON.parse(raw) as unknown) : [];
      return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    const store = this.deps.storage();
    if (!store || this.userId === null) return;
    try {
      if (this.entries.length === 0) store.removeItem(PREFIX + this.userId);
      else store.setItem(PREFIX + this.userId, JSON.stringify(this.entries));
    } catch {
      // A full or disabled storage costs only the survival of a reload; sending goes on.
    }
  }

  private clearTimer(requestId: string): void {
    clearTimeout(this.timers.get(requestId));
    this.timers.delete(requestId);
  }

  private stopTimers(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

/** The tab's one outbox. */
export const decisionOutbox = new DecisionOutbox({
  send: (entry) => decideRequest(entry.requestId, entry.version, entry.key, entry.input),
  storage: tabStorage,
  online: () => globalThis.navigator?.onLine ?? true,
  now: () => Date.now(),
  defer: (send) => setTimeout(send, 0),
  backoffMs: (attempt) => defaultBackoffMs(attempt),
});

/**
 * A request a supervisor took away: nothing entered for it may be sent later by mistake, nor come
 * back if the reviewer claims it again. Its draft (with any pending idempotency key) and its decision
 * waiting here go; other requests' work stays.
 */
export function forgetTakenRequest(userId: string, requestId: string): void {
  clearDraft(userId, requestId);
  if (decisionOutbox.get(requestId)) decisionOutbox.dismiss(requestId);
}

/** Every decision not yet confirmed, for the page to show. */
export function useOutbox(): readonly OutboxEntry[] {
  return useSyncExternalStore(
    (listener) => decisionOutbox.subscribe(listener),
    () => decisionOutbox.snapshot(),
  );
}
