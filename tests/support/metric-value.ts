import type { Runtime } from '../../bots/runtime/create-runtime.js';

/** The value of one series in a Prometheus text exposition, e.g. `inloop_resident_turns_total{channel="web",outcome="answered"}`; null when absent. */
export function metricValue(exposition: string, series: string): number | null {
  const line = exposition.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
}

/** The series' value as the runtime's GET /metrics would show it now. */
export async function readMetric(runtime: Pick<Runtime, 'metrics'>, series: string): Promise<number | null> {
  return metricValue(await runtime.metrics.render(), series);
}
