import { describeBudget, specFor, verdictFor, type MeasureId, type Unit, type Verdict } from './budgets';
import { summarize, type Summary } from './stats';

/** One measure's outcome, as printed in the table and written to the JSON file. */
export interface MeasureResult {
  id: MeasureId;
  label: string;
  unit: Unit;
  budget: string;
  samples: number[];
  summary: Summary | null;
  verdict: Verdict;
  /** Conditions and side facts (mock latency, what a sample is, why there is no data). */
  note?: string;
}

export function resultFor(id: MeasureId, samples: readonly number[], note?: string): MeasureResult {
  const spec = specFor(id);
  const summary = samples.length > 0 ? summarize(samples) : null;
  return {
    id,
    label: spec.label,
    unit: spec.unit,
    budget: describeBudget(spec),
    // A tenth of a unit is finer than any of these measures can resolve.
    samples: samples.map((sample) => Math.round(sample * 10) / 10),
    summary,
    verdict: verdictFor(summary, spec.limits),
    ...(note ? { note } : {}),
  };
}

/** A measure that could not run: reported as "no data" with the reason, never left out. */
export function failedResult(id: MeasureId, error: unknown): MeasureResult {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return resultFor(id, [], `not measured: ${reason}`);
}
