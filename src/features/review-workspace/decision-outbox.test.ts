import { ApiError } from '@/api/api-error';
import { claimNext } from '@/api/endpoints/claims';
import { decideRequest } from '@/api/endpoints/decisions';
import type { Decision, DecisionInput } from '@/api/generated/zod';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { DecisionOutbox, defaultBackoffMs, type OutboxEntry, type OutboxEvents } from './decision-outbox';

const mock = setupMockServer({ pendingCount: 10 });

const approval: DecisionInput = {
  outcome: 'approved',
  checks: { background: 'pass', clarity: 'pass', facialFeatures: 'pass', noOrnaments: 'pass' },
  reasonCodes: [],
  note: '',
};

/** sessionStorage stand-in that two outboxes (a page and the page after a reload) can share. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
    ...Object.fromEntries(data),
  } as Storage;
}

function recorder() {
  const log = { confirmed: [] as string[], failed: [] as ApiError[], unauthorized: 0 };
  const events: OutboxEvents = {
    confirmed: (entry) => log.confirmed.push(entry.requestId),
    failed: (_entry, error) => log.failed.push(error),
    unauthorized: () => log.unauthorized++,
  };
  return { log, events };
}

function entry(requestId: string, key = `key-${requestId}`) {
  return { requestId, number: `PR-${requestId}`, version: 2, key, input: approval };
}

const networkError = () => new ApiError({ kind: 'network', operation: 'decideRequest' });
const problemError = (status: number, slug: string) =>
  new ApiError({
    kind: 'problem',
    operation: 'decideRequest',
    status,
    problem: { type: `urn:photo-review:problem:${slug}`, title: slug, status },
  });

/** An outbox whose sends are answered by the test, one scripted answer per send. */
function scripted(answers: Array<Decision | ApiError>, options: { online?: () => boolean } = {}) {
  const sent: OutboxEntry[] = [];
  const storage = memoryStorage();
  const outbox = new DecisionOutbox({
    send: (e) => {
      sent.push(e);
      const answer = answers.shift();
      if (!answer) return Promise.reject(new Error('no scripted answer'));
      return answer instanceof ApiError ? Promise.reject(answer) : Promise.resolve(answer);
    },
    storage: () => storage,
    online: options.online ?? (() => true),
    now: () => 1000,
    backoffMs: (attempt) => attempt * 100,
  });
  return { outbox, sent, storage };
}

const decision = { id: 'd1' } as Decision;

describe('the decision outbox', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps a decision until the server confirms it, and retries lost answers with the same key', async () => {
    vi.useFakeTimers();
    const { outbox, sent, storage } = scripted([networkError(), problemError(503, 'unavailable'), decision]);
    const { log, events } = recorder();
    outbox.attach('u1', events);
    outbox.enqueue(entry('r1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.get('r1')).toMatchObject({ state: 'sending', attempts: 1 });
    expect(storage.getItem('photo-review.outbox.u1')).toContain('key-r1');
    await vi.advanceTimersByTimeAsync(100);
    expect(outbox.get('r1')).toMatchObject({ state: 'sending', attempts: 2 });
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.map((e) => e.key)).toEqual(['key-r1', 'key-r1', 'key-r1']);
    expect(log.confirmed).toEqual(['r1']);
    expect(outbox.snapshot()).toEqual([]);
    expect(storage.getItem('photo-review.outbox.u1')).toBeNull();
  });

  it('a refusal for good keeps the decision as failed, says so once, and goes when dismissed', async () => {
    const { outbox, sent } = scripted([problemError(409, 'lease-lost')]);
    const { log, events } = recorder();
    outbox.attach('u1', events);
    outbox.enqueue(entry('r1'));
    await vi.waitFor(() => expect(log.failed).toHaveLength(1));
    expect(log.failed[0]?.is('lease-lost')).toBe(true);
    expect(outbox.get('r1')).toMatchObject({ state: 'failed', lastError: { status: 409 } });
    outbox.resume();
    expect(sent).toHaveLength(1);
    outbox.dismiss('r1');
    expect(outbox.snapshot()).toEqual([]);
  });

  it('sends nothing while offline and everything once the network is back', async () => {
    let online = false;
    const { outbox, sent } = scripted([decision, decision], { online: () => online });
    const { log, events } = recorder();
    outbox.attach('u1', events);
    outbox.enqueue(entry('r1'));
    outbox.enqueue(entry('r2'));
    expect(sent).toEqual([]);
    expect(outbox.snapshot()).toHaveLength(2);
    online = true;
    outbox.resume();
    await vi.waitFor(() => expect(log.confirmed.sort()).toEqual(['r1', 'r2']));
    expect(sent).toHaveLength(2);
  });

  it('waits for a new sign-in after a 401, then sends with the same key', async () => {
    const { outbox, sent } = scripted([problemError(401, 'unauthenticated'), decision]);
    const { log, events } = recorder();
    outbox.attach('u1', events);
    outbox.enqueue(entry('r1'));
    await vi.waitFor(() => expect(log.unauthorized).toBe(1));
    expect(outbox.get('r1')?.state).toBe('sending');
    outbox.resume();
    await vi.waitFor(() => expect(log.confirmed).toEqual(['r1']));
    expect(sent.map((e) => e.key)).toEqual(['key-r1', 'key-r1']);
  });

  it('picks up after a reload what the earlier page left unsent, for the same reviewer only', async () => {
    const first = scripted([], { online: () => false });
    first.outbox.attach('u1', recorder().events);
    first.outbox.enqueue(entry('r1'));
    const storage = first.storage;
    const sent: string[] = [];
    const reloaded = new DecisionOutbox({
      send: (e) => {
        sent.push(`${e.requestId}:${e.key}`);
        return Promise.resolve(decision);
      },
      storage: () => storage,
      online: () => true,
      now: () => 2000,
      backoffMs: () => 10,
    });
    reloaded.attach('u2', recorder().events);
    expect(reloaded.snapshot()).toEqual([]);
    const { log, events } = recorder();
    reloaded.attach('u1', events);
    await vi.waitFor(() => expect(log.confirmed).toEqual(['r1']));
    expect(sent).toEqual(['r1:key-r1']);
  });

  it('ignores a stored outbox it cannot read', () => {
    const { outbox, storage } = scripted([], { online: () => false });
    storage.setItem('photo-review.outbox.u1', '{"not": "a list"');
    outbox.attach('u1', recorder().events);
    expect(outbox.snapshot()).toEqual([]);
    storage.setItem('photo-review.outbox.u2', JSON.stringify([{ requestId: 5 }, entry('ok')]));
    outbox.attach('u2', recorder().events);
    expect(outbox.snapshot()).toEqual([]);
  });

  it('backs off 1, 2, 4 … 30 seconds, spread by a fifth either way', () => {
    expect(defaultBackoffMs(1, () => 0.5)).toBe(1000);
    expect(defaultBackoffMs(3, () => 0.5)).toBe(4000);
    expect(defaultBackoffMs(20, () => 0.5)).toBe(30_000);
    expect(defaultBackoffMs(1, () => 0)).toBe(800);
    expect(defaultBackoffMs(1, () => 1)).toBe(1200);
  });

  it('against the mock: dropped answers and failures end in exactly one recorded decision each', async () => {
    await signInAs('reviewer1');
    const requests = [];
    for (let i = 0; i < 5; i++) {
      const request = await claimNext();
      if (!request) throw new Error('nothing to claim');
      requests.push(request);
    }
    mock.backend.updateSettings({ dropRate: 0.5, failureRate: 0.5 });
    const storage = memoryStorage();
    let sends = 0;
    const outbox = new DecisionOutbox({
      send: (e) => {
        sends++;
        return decideRequest(e.requestId, e.version, e.key, e.input);
      },
      storage: () => storage,
      online: () => true,
      now: () => Date.now(),
      backoffMs: () => 1,
    });
    const { log, events } = recorder();
    outbox.attach('u-reviewer1', events);
    for (const [index, request] of requests.entries()) {
      outbox.enqueue({
        requestId: request.id,
        number: request.number,
        version: request.version,
        key: `fault-run-${index}`,
        input: approval,
      });
    }
    await vi.waitFor(() => expect(log.confirmed).toHaveLength(5), { timeout: 5000 });
    mock.backend.updateSettings({ dropRate: 0, failureRate: 0 });
    for (const request of requests) {
      const recorded = mock.backend.world.audit.filter(
        (event) => event.requestId === request.id && event.action === 'decision',
      );
      expect(recorded).toHaveLength(1);
    }
    // The faults really happened: some sends were lost or refused and sent again.
    expect(sends).toBeGreaterThan(5);
    expect(log.failed).toEqual([]);
  });
});
