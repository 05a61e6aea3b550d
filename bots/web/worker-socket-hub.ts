import type { Clock } from '../../core/ports/clock.js';
import type { EventBus } from '../../core/ports/event-bus.js';
import { toCaseView } from './case-view.js';
import { toMessageView } from './message-view.js';

type Send = (frame: object) => void;

/** Fans case and message events out to every signed-in inbox; each inbox decides what it shows. */
export function createWorkerSocketHub(events: EventBus, clock: Clock) {
  const clients = new Set<Send>();
  const broadcast = (frame: object) => {
    for (const send of clients) send(frame);
  };

  const unsubscribe = events.subscribe((event) => {
    if (event.type === 'case-opened') broadcast({ type: 'case-opened', case: toCaseView(event.case, clock.now()) });
    if (event.type === 'case-updated') broadcast({ type: 'case-updated', action: event.action, case: toCaseView(event.case, clock.now()) });
    // Messages of a conversation without a case are the intake itself: no worker needs them live.
    if (event.type === 'message-stored' && event.caseId) {
      broadcast({ type: 'message', caseId: event.caseId, conversationId: event.conversationId, message: toMessageView(event.message) });
    }
  });

  return {
    add(send: Send): () => void {
      clients.add(send);
      return () => clients.delete(send);
    },
    close: unsubscribe,
  };
}

export type WorkerSocketHub = ReturnType<typeof createWorkerSocketHub>;
