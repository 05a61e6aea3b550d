import { App, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { FastifyInstance } from 'fastify';
import type { Configuration } from '../runtime/configuration.js';
import type { Runtime } from '../runtime/create-runtime.js';
import type { Logger } from '../../core/ports/logger.js';
import type { LeaderElection } from '../runtime/leader-election.js';
import { whileLeading } from '../runtime/while-leading.js';
import { serializeError, type LoggedError } from '../runtime/serialize-error.js';
import { FastifySlackReceiver } from './fastify-slack-receiver.js';
import { createSlackCardDirectory } from './slack-card-directory.js';
import { createSlackCaseMirror } from './slack-case-mirror.js';
import { registerSlackDeskListeners } from './slack-desk-listeners.js';

export interface SlackSettings {
  token: string;
  channel: string;
  signingSecret: string | null;
  appToken: string | null;
  apiUrl: string | null;
}

/** The Slack settings when complete; `missing` names what is lacking when only some are set. */
export function slackSettings(configuration: Configuration): { settings: SlackSettings | null; missing: string[] } {
  const { SLACK_BOT_TOKEN: token, SLACK_CHANNEL_ID: channel, SLACK_SIGNING_SECRET: signingSecret, SLACK_APP_TOKEN: appToken } = configuration;
  if (!token && !channel && !signingSecret && !appToken) return { settings: null, missing: [] };
  const missing = [
    ...(token ? [] : ['SLACK_BOT_TOKEN']),
    ...(channel ? [] : ['SLACK_CHANNEL_ID']),
    ...(signingSecret || appToken ? [] : ['SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)']),
  ];
  if (missing.length || !token || !channel) return { settings: null, missing };
  return { settings: { token, channel, signingSecret: signingSecret ?? null, appToken: appToken ?? null, apiUrl: configuration.SLACK_API_URL ?? null }, missing: [] };
}

export interface SlackDeskOptions {
  /** The inbox's public base (PUBLIC_URL, or http://HOST:PORT once the server listens). */
  publicBaseUrl(): string;
  command?: string;
  /**
   * How often the leader posts the cards that are missing (cases whose event it did not hear: a
   * bus that reconnected, a lost NOTIFY or PUBLISH); 60 s unless set (tests set less).
   */
  catchUpMilliseconds?: number;
}

export interface SlackDesk {
  app: App;
  mode: 'events' | 'socket';
  /** For createWebServer({ routes }): POST /slack/events on the app's port (empty in Socket Mode). */
  routes: Array<(server: FastifyInstance) => Promise<void>>;
  /** Checks the token (auth.test), opens the door, and while this instance leads the desk: loads the card map and follows the cases. */
  start(): Promise<void>;
  /** Whether this instance posts the cards and thread messages (it leads the `slack-desk` election). */
  isPostingCards(): boolean;
  /** Waits for queued Slack work (tests use it too). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const errorWords = (error: LoggedError) => [error.type, error.method, error.status, error.code].filter((part) => part !== undefined).join(' ');

function sdkSentence(sentence: string): string {
  const fromSlack = /^\s*\[(ERROR|WARN)\]/.exec(sentence);
  if (fromSlack) return `[${fromSlack[1]}] (left out)${/\[json-pointer:[^\]\s]{1,100}\]/.exec(sentence)?.[0] ?? ''}`;
  const words = sentence.split(/["'`{[]/, 1)[0].slice(0, 160);
  return words.length < sentence.length ? `${words}(…)` : words;
}

function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  // Bolt and the Web API client log their own sentences (method names, codes) with an error or an
  // object beside them: an error becomes its class and code, objects are left out, and a sentence
  // keeps its words up to the first quote or brace. What Slack itself says in an answer ("[ERROR] …"
  // in response_metadata) keeps only its level and its json-pointer: Slack may quote what it was sent.
  const line = (parts: unknown[]) =>
    parts
      .map((part) => (typeof part === 'string' ? sdkSentence(part) : part instanceof Error ? errorWords(serializeError(part)) : typeof part === 'number' ? String(part) : '(…)'))
      .join(' ');
  return {
    debug: () => {},
    info: (...parts) => logger.info({ channel: 'slack' }, line(parts)),
    warn: (...parts) => logger.warn({ channel: 'slack' }, line(parts)),
    error: (...parts) => logger.error({ channel: 'slack' }, line(parts)),
    setLevel: (next) => (level = next),
    getLevel: () => level,
    setName: () => {},
  };
}

/**
 * Slack as a worker desk (docs/operators/slack.md). HTTP events come through the web server's port via a
 * custom receiver; with SLACK_APP_TOKEN Bolt's Socket Mode receiver is used instead.
 */
export function createSlackDesk(runtime: Runtime, settings: SlackSettings, options: SlackDeskOptions): SlackDesk {
  const { store, desk, events, clock, logger } = runtime;
  const socketMode = Boolean(settings.appToken);
  const receiver = socketMode ? undefined : new FastifySlackReceiver({ signingSecret: settings.signingSecret ?? '', logger });
  const app = new App({
    token: settings.token,
    ...(receiver ? { receiver } : { socketMode: true, appToken: settings.appToken ?? undefined }),
    clientOptions: { ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}), retryConfig: { retries: 3 }, timeout: 10_000 },
    logger: boltLogger(logger),
    deferInitialization: true,
  });
  app.error(async (error) => logger.error({ err: error, channel: 'slack' }, 'slack listener failed'));

  const inboxUrl = (caseId: string) => `${options.publicBaseUrl().replace(/\/+$/, '')}/inbox#case=${encodeURIComponent(caseId)}`;
  const directory = createSlackCardDirectory(store, clock);
  const mirror = createSlackCaseMirror({
    client: app.client, channel: settings.channel, directory, cases: store, workers: store, satisfaction: store, events, clock, logger, inboxUrl,
  });
  registerSlackDeskListeners(app, { desk, cases: store, workers: store, directory, clock, logger, inboxUrl, command: options.command ?? '/inloop' });

  // Every instance answers Slack (the card map is in the store); only the leader mirrors the cases into the channel.
  let election: LeaderElection | null = null;
  let leading: { stop(): Promise<void> } | null = null;
  const catchUpMilliseconds = options.catchUpMilliseconds ?? 60_000;
  const mirrorWhileLeading = async () => {
    const withoutCard = await directory.load();
    const unsubscribe = mirror.subscribe();
    let leads = true;
    // One catch-up at a time; the stop below waits for the running one, so no card is posted after a step-down.
    let running: Promise<void> | null = null;
    const catchUp = (caseIds?: string[]) => {
      running ??= (async () => {
        const missing = caseIds ?? (await directory.load());
        if (leads) await mirror.catchUp(missing, () => leads);
      })()
        .catch((error: unknown) => logger.error({ err: error, channel: 'slack' }, 'slack desk: posting the missing cards failed'))
        .finally(() => (running = null));
      return running;
    };
    void catchUp(withoutCard);
    // The bus may have dropped a case-opened from another instance (a reconnect, a failed send): look again now and then.
    const timer = setInterval(() => void catchUp(), catchUpMilliseconds);
    timer.unref();
    logger.info({ channel: 'slack', cardsToPost: withoutCard.length }, 'slack desk: posting cards on this instance');
    return async () => {
      leads = false;
      clearInterval(timer);
      unsubscribe();
      await running;
      await mirror.idle();
    };
  };
  return {
    app,
    mode: socketMode ? 'socket' : 'events',
    routes: receiver ? [receiver.register] : [],
    async start() {
      await app.init();
      election = await runtime.elect('slack-desk');
      leading = await whileLeading(election, logger, mirrorWhileLeading);
      await app.start();
      logger.info({ channel: 'slack', mode: socketMode ? 'socket' : 'events', postingCards: election.isLeader() }, 'slack desk started');
    },
    isPostingCards: () => election?.isLeader() ?? false,
    idle: () => mirror.idle(),
    async stop() {
      // The mirror's work is done before the election is released, so the next leader starts after it.
      await leading?.stop();
      await election?.close();
      leading = null;
      await app.stop().catch((error: unknown) => logger.warn({ err: error, channel: 'slack' }, 'slack stop failed'));
      await mirror.idle();
    },
  };
}
