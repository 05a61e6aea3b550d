import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime/create-runtime.js';
import type { MessageRecord } from '../../core/ports/message.js';
import { createGraphApiClient, GraphApiError, type GraphApiClient } from './graph-api-client.js';
import { replyToWhatsApp } from './reply-to-whatsapp.js';
import type { RetryPolicy } from './retry-with-backoff.js';
import { createWhatsAppSender, sendMessages } from './whatsapp-sender.js';
import type { WhatsAppSettings } from './whatsapp-settings.js';
import { whatsAppWebhookRoutes } from './whatsapp-webhook-routes.js';
import {
  isIgnoredMessage, recordableStatus, whatsAppMessageToInbound, type WhatsAppChangeValue, type WhatsAppInboundMessage, type WhatsAppWebhookBody,
} from './whatsapp-webhook-to-inbound.js';

export interface WhatsAppChannel {
  client: GraphApiClient;
  sender: ReturnType<typeof createWhatsAppSender>;
  /** For createWebServer({ routes }): GET and POST /whatsapp/webhook on the app's port. */
  routes: Array<(server: FastifyInstance) => Promise<void>>;
  /** Checks the token and the number (GET /{phone-number-id}), registers the sender and opens the webhook. */
  start(): Promise<{ displayPhoneNumber: string | null }>;
  /** Resolves when every accepted webhook has been handled (tests, and stop). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export interface WhatsAppChannelOptions {
  retry?: RetryPolicy;
}

/**
 * The WhatsApp channel on Meta's Cloud API: webhook in, Graph API out. It only translates: a
 * message becomes the core's InboundMessage, the core's replies become send calls, and a worker's
 * messages go through the sender registered with the desk.
 */
export function createWhatsAppChannel(runtime: Runtime, settings: WhatsAppSettings, options: WhatsAppChannelOptions = {}): WhatsAppChannel {
  const { assistant, logger, store, clock, metrics } = runtime;
  const client = createGraphApiClient({ apiUrl: settings.apiUrl, phoneNumberId: settings.phoneNumberId, accessToken: settings.accessToken, retry: options.retry });
  const sender = createWhatsAppSender({ client, conversations: store, clock, replyTemplate: settings.replyTemplate, satisfactionTemplate: settings.satisfactionTemplate });
  let accepting = false;
  const pending = new Set<Promise<void>>();
  // One chain per resident: a resident's messages are answered in the order they were sent.
  const chains = new Map<string, Promise<void>>();

  function logFailure(error: unknown, what: string) {
    if (error instanceof GraphApiError && error.isAuthError) {
      // Status and Meta's code only: the answer's text is never logged (serialize-error.ts).
      logger.error({ err: error, channel: 'whatsapp' }, 'whatsapp access token refused; check WHATSAPP_ACCESS_TOKEN');
      return;
    }
    logger.error({ err: error, channel: 'whatsapp' }, what);
  }

  /** The time WhatsApp gives the message, never later than now: the 24-hour window counts from it. */
  function receivedAt(message: WhatsAppInboundMessage): Date {
    const now = clock.now();
    const seconds = Number(message.timestamp);
    return Number.isFinite(seconds) && seconds > 0 && seconds * 1000 < now.getTime() ? new Date(seconds * 1000) : now;
  }

  async function answer(message: WhatsAppInboundMessage): Promise<void> {
    if (isIgnoredMessage(message)) return;
    const inbound = whatsAppMessageToInbound(message, receivedAt(message));
    let stored: MessageRecord[] = [];
    // A message delivered twice is stored once and answered once: the store knows its id (externalId).
    const replies = await assistant.handle(inbound, { onRepliesStored: (messages) => (stored = messages) });
    for (const [index, reply] of replies.entries()) {
      await sendMessages(client, message.from, replyToWhatsApp(reply), stored[index]?.id).catch((error: unknown) => {
        metrics.sendFailed({ channel: 'whatsapp' });
        throw error;
      });
    }
  }

  async function recordStatuses(value: WhatsAppChangeValue) {
    for (const status of value.statuses ?? []) {
      const recordable = recordableStatus(status);
      if (status.status === 'failed') {
        metrics.sendFailed({ channel: 'whatsapp' });
        logger.warn({ channel: 'whatsapp', codes: (status.errors ?? []).map((error) => error.code).filter((code) => typeof code === 'number') }, 'whatsapp message not delivered');
      }
      if (recordable) await store.recordDeliveryStatus(recordable.ref, recordable.messageId, recordable.status);
    }
  }

  function track(work: Promise<void>) {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  }

  function handle(body: WhatsAppWebhookBody) {
    for (const entry of body.entry ?? []) {
      for (const change of entry.changes ?? []) {
        const value = change.value;
        // One app may serve several numbers: only this channel's number is answered from here.
        if (change.field !== 'messages' || !value || value.metadata?.phone_number_id !== settings.phoneNumberId) continue;
        if (value.statuses?.length) track(recordStatuses(value).catch((error: unknown) => logFailure(error, 'whatsapp status not recorded')));
        for (const message of value.messages ?? []) {
          if (typeof message?.from !== 'string' || typeof message.id !== 'string') continue;
          const previous = chains.get(message.from) ?? Promise.resolve();
          const next = previous.then(() => answer(message)).catch((error: unknown) => logFailure(error, 'whatsapp message failed'));
          chains.set(message.from, next);
          void next.finally(() => {
            if (chains.get(message.from) === next) chains.delete(message.from);
          });
          track(next);
        }
      }
    }
  }

  const routes = [whatsAppWebhookRoutes({ appSecret: settings.appSecret, verifyToken: settings.verifyToken, logger, accepting: () => accepting, handle })];

  let unregister = () => {};

  async function idle() {
    while (pending.size) await Promise.allSettled([...pending]);
  }

  return {
    client, sender, routes, idle,
    async start() {
      const number = await client.describePhoneNumber();
      unregister = runtime.desk.registerSender('whatsapp', sender);
      accepting = true;
      logger.info({ channel: 'whatsapp' }, 'whatsapp webhook open');
      return { displayPhoneNumber: number.displayPhoneNumber };
    },
    async stop() {
      accepting = false;
      await idle();
      unregister();
    },
  };
}
