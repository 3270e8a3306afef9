/**
 * Issue 4: "each endpoint answers within 100 ms on 100,000 decisions in the mock". Timed over HTTP
 * from Node, as the dashboard calls them (session cookie, JSON read to the end), against the world
 * the bench built: 100,000 past decisions and 100,000 waiting requests.
 */
export const metricsEndpoints = [
  'summary',
  'throughput',
  'backlog',
  'reviewers',
  'rejection-reasons',
  'handling-time',
  'machine-agreement',
] as const;

/** The dashboard's two usual questions: the last 30 days everywhere, and today by the hour in a region. */
const queries = [
  { label: '30 days', search: range('2026-10-28', '2026-11-27') },
  {
    label: 'today, one region, hourly',
    search: `${range('2026-11-26', '2026-11-27')}&region=310115&bucket=hour`,
  },
];

function range(from: string, to: string): string {
  return `from=${encodeURIComponent(`${from}T00:00:00+08:00`)}&to=${encodeURIComponent(`${to}T00:00:00+08:00`)}`;
}

export interface MetricsApiRun {
  /** Every timed call, in ms. */
  samples: number[];
  /** Per endpoint and query: the median of its timed calls. */
  medians: Array<{ endpoint: string; query: string; ms: number }>;
}

export async function measureMetricsApi(origin: string, callsEach: number): Promise<MetricsApiRun> {
  const signIn = await fetch(new URL('/api/session', origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'supervisor1', password: 'demo' }),
  });
  if (!signIn.ok) throw new Error(`sign-in as supervisor1 answered ${signIn.status}`);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const timed = async (url: URL): Promise<number> => {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie, accept: 'application/json' } });
    await response.json();
    const ms = performance.now() - started;
    if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
    return ms;
  };

  const samples: number[] = [];
  const medians: MetricsApiRun['medians'] = [];
  for (const query of queries) {
    for (const endpoint of metricsEndpoints) {
      const url = new URL(`/api/metrics/${endpoint}?${query.search}`, origin);
      await timed(url); // warm-up: the first call after a reset builds the metrics index
      const runs: number[] = [];
      for (let i = 0; i < callsEach; i++) runs.push(await timed(url));
      samples.push(...runs);
      const sorted = [...runs].sort((a, b) => a - b);
      medians.push({ endpoint, query: query.label, ms: sorted[Math.floor(sorted.length / 2)] ?? 0 });
    }
  }
  return { samples, medians };
}
