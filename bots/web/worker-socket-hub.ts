import type { CaseRecord } from '../../core/ports/case-record.js';
import type { Clock } from '../../core/ports/clock.js';
import type { EventBus, InloopEvent } from '../../core/ports/event-bus.js';
import type { DeskWorker } from '../../core/desk-permissions.js';
import type { WorkerDesk } from '../../core/worker-desk.js';
import { toCaseView } from './case-view.js';
import { toMessageView } from './message-view.js';

type Send = (frame: object) => void;
interface Client {
  worker: DeskWorker;
  send: Send;
}

export interface WorkerSocketHubOptions {
  desk: Pick<WorkerDesk, 'caseFor' | 'rules'>;
  /** Reads a message's case, only when team scoping needs it to know who may hear the message. */
  findCase(caseId: string): Promise<CaseRecord | null>;
}

/**
 * Fans case and message events out to every signed-in inbox, each as its worker may see it (the
 * desk's rules: contact details, team scoping); a take-over notice goes to the worker it concerns.
 */
export function createWorkerSocketHub(events: EventBus, clock: Clock, options: WorkerSocketHubOptions) {
  const clients = new Set<Client>();
  const { desk } = options;

  function sendCase(frame: (record: CaseRecord) => object, record: CaseRecord) {
    for (const client of clients) {
      const visible = desk.caseFor(client.worker, record);
      // A case that left this worker's view (a crisis case a colleague of another team claimed) is dropped from their list.
      client.send(visible ? frame(visible) : { type: 'case-hidden', caseId: record.id });
    }
  }

  function sendMessage(event: Extract<InloopEvent, { type: 'message-stored' }>, record: CaseRecord | null) {
    const frame = { type: 'message', caseId: event.caseId, conversationId: event.conversationId, message: toMessageView(event.message) };
    for (const client of clients) {
      if (!record || desk.caseFor(client.worker, record)) client.send(frame);
    }
  }

  // With team scoping a message goes only to those who may see its case, which is read first; one
  // read after another, so messages keep their order. A failed read leaves the message to the card.
  let scopedMessages = Promise.resolve();
  function sendScopedMessage(event: Extract<InloopEvent, { type: 'message-stored' }>) {
    scopedMessages = scopedMessages
      .then(async () => {
        const record = clients.size > 0 ? await options.findCase(event.caseId!) : null;
        if (record) sendMessage(event, record);
      })
      .catch(() => {});
  }

  const unsubscribe = events.subscribe((event) => {
    if (event.type === 'case-opened') sendCase((record) => ({ type: 'case-opened', case: toCaseView(record, clock.now()) }), event.case);
    if (event.type === 'case-updated') sendCase((record) => ({ type: 'case-updated', action: event.action, case: toCaseView(record, clock.now()) }), event.case);
    if (event.type === 'case-taken-over') {
      for (const client of clients) {
        if (client.worker.id === event.fromWorkerId) client.send({ type: 'case-taken-over', caseId: event.caseId, byWorkerId: event.byWorkerId, action: event.action });
      }
    }
    // Messages of a conversation without a case are the intake itself: no worker needs them live.
    if (event.type === 'message-stored' && event.caseId) {
      if (desk.rules.teamScopedInbox) sendScopedMessage(event);
      else sendMessage(event, null);
    }
  });

  return {
    add(worker: DeskWorker, send: Send): () => void {
      const client = { worker, send };
      clients.add(client);
      return () => clients.delete(client);
    },
    close: unsubscribe,
  };
}

export type WorkerSocketHub = ReturnType<typeof createWorkerSocketHub>;
