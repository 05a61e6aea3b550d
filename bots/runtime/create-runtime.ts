import { createOfflineClassifier } from '../../core/classification/offline-classifier.js';
import type { Classifier } from '../../core/classification/classification.js';
import { createAssistant, type Assistant } from '../../core/assistant.js';
import type { EventBus } from '../../core/ports/event-bus.js';
import type { Logger } from '../../core/ports/logger.js';
import { systemClock, type Clock } from '../../core/ports/clock.js';
import { createWorkerDesk, type WorkerDesk } from '../../core/worker-desk.js';
import { readCannedReplyDefaults } from './canned-reply-defaults.js';
import { createPrismaStore, type PrismaStore } from '../../prisma/store/create-prisma-store.js';
import type { Configuration } from './configuration.js';
import { createLogger } from './create-logger.js';
import { createEventBus } from './create-event-bus.js';
import { createLeaderElections, type LeaderElections } from './create-leader-election.js';
import { createRateLimiters, type RateLimiters } from './create-rate-limiter.js';
import { createPrometheusMetrics, type RuntimeMetrics } from './prometheus-metrics.js';
import { createModelAssistFromEnvironment } from '../language-model/language-model-configuration.js';
import type { ModelAssist } from '../../core/language-model/model-assist.js';
import type { LanguageModel } from '../../core/language-model/language-model.js';

export interface Runtime {
  configuration: Configuration;
  store: PrismaStore;
  classifier: Classifier;
  events: EventBus;
  assistant: Assistant;
  desk: WorkerDesk;
  logger: Logger;
  clock: Clock;
  /** The language model on top of the offline classifier, when OPENAI_API_KEY is set. */
  model: ModelAssist | null;
  /** An election for work that runs on one instance only (docs/operators/postgresql-and-instances.md "Several instances"); chosen like the event bus. */
  elect: LeaderElections['elect'];
  /** Rate limits shared by the instances (Redis, else PostgreSQL, else in process), chosen like the event bus. */
  rateLimiters: RateLimiters;
  /** What GET /metrics shows (docs/operators/metrics.md); channels count their failed sends here. */
  metrics: RuntimeMetrics;
  close(): Promise<void>;
}

export interface RuntimeOverrides {
  clock?: Clock;
  logger?: Logger;
  classifier?: Classifier;
  /** Another implementation of the language-model port (used when OPENAI_API_KEY is set). */
  languageModel?: LanguageModel;
}

/** The composition root: the one place where the core meets its adapters. */
export async function createRuntime(configuration: Configuration, overrides: RuntimeOverrides = {}): Promise<Runtime> {
  const logger = overrides.logger ?? createLogger(configuration.LOG_LEVEL);
  const clock = overrides.clock ?? systemClock;
  const store = await createPrismaStore(configuration.DATABASE_URL, { logger });
  const metrics = createPrometheusMetrics({ countOpenCases: () => store.countOpenCases(), logger });
  const classifier = overrides.classifier ?? createOfflineClassifier();
  // REDIS_URL: a Redis pub/sub bus shared by every instance; else PostgreSQL: LISTEN/NOTIFY; SQLite: in process.
  // A bus that cannot start (Redis unreachable) closes the store before the error goes up.
  const bus = await createEventBus(configuration, store, logger, metrics.eventBusLag).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  const events = bus.events;
  const elections = createLeaderElections(configuration, bus.kind, logger);
  const rateLimiters = await createRateLimiters(configuration, logger);
  const settings = {
    maximumQuestions: configuration.INTAKE_MAXIMUM_QUESTIONS,
    officeHours: configuration.organisation.officeHours,
    socialMap: configuration.socialMap,
    crisisNumbers: configuration.organisation.crisisNumbers,
    retentionDays: configuration.RETENTION_DAYS,
    roles: configuration.organisation.roles,
    neighbourhoods: configuration.organisation.neighbourhoods,
    maximumMessageLength: configuration.MAXIMUM_MESSAGE_LENGTH,
    maximumQueuedTurnsPerConversation: configuration.MAXIMUM_QUEUED_TURNS_PER_CONVERSATION,
    maximumTurnsInFlight: configuration.MAXIMUM_TURNS_IN_FLIGHT,
  };
  const model = createModelAssistFromEnvironment(configuration, { logger, model: overrides.languageModel, metrics });
  if (model) logger.info({ model: model.description }, 'language model on, offline classifier and templates as fallback');
  const satisfactionAfterDays = configuration.organisation.satisfaction.afterDays;
  const assistant = createAssistant({ conversations: store, cases: store, classifier, events, clock, logger, settings, model, metrics, satisfaction: store });
  const desk = createWorkerDesk({
    conversations: store, cases: store, workers: store, events, clock, logger, rules: { teamScopedInbox: configuration.TEAM_SCOPED_INBOX },
    followUp: { store, socialMap: configuration.socialMap, officeHours: configuration.organisation.officeHours, cannedReplyDefaults: readCannedReplyDefaults(), satisfactionAfterDays },
    assignment: configuration.organisation.assignment,
    metrics,
  });
  // Automatic assignment (off unless configured): every instance hears the case; the store's conditional write lets one win.
  if (configuration.organisation.assignment.automatic) {
    events.subscribe((event) => {
      if (event.type === 'case-opened') void desk.roles.assignAutomatically(event.case.id);
    });
  }
  return {
    configuration, store, classifier, events, assistant, desk, logger, clock, model, elect: elections.elect, rateLimiters, metrics,
    close: async () => {
      await elections.close();
      await rateLimiters.close();
      await bus.close();
      await store.close();
    },
  };
}
