import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Metrics } from '../../core/ports/metrics.js';
import type { Logger } from '../../core/ports/logger.js';
import { channelIds } from '../../core/ports/conversation-ref.js';
import { urgencies } from '../../core/taxonomy/crisis.js';
import type { OpenCaseCount } from '../../prisma/store/case-count-operations.js';

/** Counted where the language model is called (bots/language-model/): attempts, and guarded calls that ended in the offline answer. */
export interface LanguageModelMetrics {
  languageModelCalled(call: { operation: string }): void;
  languageModelFellBack(fallBack: { operation: string }): void;
}

/** Every metric an instance exposes at GET /metrics (docs/operators/metrics.md). */
export interface RuntimeMetrics extends Metrics, LanguageModelMetrics {
  /** Seconds from an event's publication on another instance to its arrival here (shared buses only). */
  eventBusLag(seconds: number): void;
  readonly contentType: string;
  /** The Prometheus text exposition: Node's defaults and the inloop_ series. */
  render(): Promise<string>;
}

export interface PrometheusMetricsOptions {
  /** Read on every scrape for the open-cases gauge: one grouped query. */
  countOpenCases: () => Promise<OpenCaseCount[]>;
  logger: Logger;
}

const turnOutcomes = ['answered', 'duplicate', 'failed', 'busy'] as const;

let processRegistry: Registry | null = null;
/** Node's defaults describe the process, so they are collected once per process however many runtimes it holds. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * The runtime's metrics on a registry of its own (not prom-client's global one), so several
 * runtimes in one process (the tests) each count their own.
 */
export function createPrometheusMetrics(options: PrometheusMetricsOptions): RuntimeMetrics {
  const registry = new Registry();
  const registers = [registry];

  const turns = new Counter({ name: 'inloop_resident_turns_total', help: 'Resident messages handled, by channel and outcome.', labelNames: ['channel', 'outcome'] as const, registers });
  const turnSeconds = new Histogram({
    name: 'inloop_turn_duration_seconds', help: 'Time from a resident message to its replies, by channel.', labelNames: ['channel'] as const, registers,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
  });
  const safetySignals = new Counter({ name: 'inloop_safety_signals_total', help: 'Resident messages in which the safety check found a crisis or a concern, by tier.', labelNames: ['tier'] as const, registers });
  const pickUpSeconds = new Histogram({
    name: 'inloop_case_pickup_seconds', help: 'Time from a case opening to a worker claiming it, by urgency.', labelNames: ['urgency'] as const, registers,
    buckets: [60, 300, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400, 172_800, 604_800],
  });
  const sendFailures = new Counter({ name: 'inloop_channel_send_failures_total', help: 'Messages to residents a channel failed to deliver, by channel.', labelNames: ['channel'] as const, registers });
  const modelCalls = new Counter({ name: 'inloop_language_model_calls_total', help: 'Calls to the language model (each attempt), by operation.', labelNames: ['operation'] as const, registers });
  const modelFallBacks = new Counter({
    name: 'inloop_language_model_fallbacks_total', help: 'Model readings that ended in the offline answer (failure, time-out, refused answer or open circuit), by operation.',
    labelNames: ['operation'] as const, registers,
  });
  const busLag = new Histogram({
    name: 'inloop_event_bus_lag_seconds', help: 'Time from an event published on another instance to its arrival on this one (shared event bus only).', registers,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  });
  new Gauge({
    name: 'inloop_cases_open', help: 'Open cases in the database (the same on every instance), by status (waiting, claimed) and urgency.', labelNames: ['status', 'urgency'] as const, registers,
    async collect() {
      this.reset();
      try {
        const counts = await options.countOpenCases();
        // Zero where no case is, so an empty queue reads 0 rather than no data.
        for (const status of ['waiting', 'claimed'] as const) {
          for (const urgency of urgencies) this.set({ status, urgency }, counts.find((count) => count.status === status && count.urgency === urgency)?.count ?? 0);
        }
      } catch (error) {
        // A scrape still answers; the gauge is absent until the database answers again.
        options.logger.warn({ err: error }, 'metrics: open cases could not be counted');
      }
    },
  });
  // Zero from the start, so a rate over the first increase is right and dashboards show the series.
  for (const channel of channelIds) {
    for (const outcome of turnOutcomes) turns.inc({ channel, outcome }, 0);
    sendFailures.inc({ channel }, 0);
  }
  for (const tier of ['crisis', 'concern'] as const) safetySignals.inc({ tier }, 0);

  return {
    turnFinished: ({ channel, outcome, seconds }) => {
      turns.inc({ channel, outcome });
      if (outcome !== 'busy') turnSeconds.observe({ channel }, seconds);
    },
    safetySignalled: ({ tier }) => safetySignals.inc({ tier }),
    casePickedUp: ({ urgency, seconds }) => pickUpSeconds.observe({ urgency }, seconds),
    sendFailed: ({ channel }) => sendFailures.inc({ channel }),
    languageModelCalled: ({ operation }) => modelCalls.inc({ operation }),
    languageModelFellBack: ({ operation }) => modelFallBacks.inc({ operation }),
    eventBusLag: (seconds) => busLag.observe(Math.max(0, seconds)),
    contentType: registry.contentType,
    render: () => Registry.merge([processMetrics(), registry]).metrics(),
  };
}
