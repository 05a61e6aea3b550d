import type { EventBus } from '../../core/ports/event-bus.js';
import type { DialogueState } from '../../core/dialogue/dialogue-state.js';
import { toMessageView } from './message-view.js';

/** One open widget connection. */
export interface ResidentClient {
  send(frame: object): void;
  /** Open turns of this connection; while > 0 its own resident message is not echoed back. */
  turnsInProgress: number;
  /** Messages for the resident delivered during the current turn (to tell whether the core stored its replies). */
  deliveredDuringTurn: number;
}

/**
 * Delivery rule: whatever is stored for a web conversation (assistant replies of a turn, a
 * worker's message, the claim notice) reaches every open connection of that conversation
 * through the event bus, once. Only what the core answers without storing it (after an
 * erasure, or when the store is down) goes straight back to the connection that asked.
 */
export function createResidentSocketHub(events: EventBus, conversationStateOf: (conversationId: string) => Promise<DialogueState | null> = async () => null) {
  const clientsByChat = new Map<string, Set<ResidentClient>>();
  /** Per chat, the frames still waiting for their conversation's language: they leave in the order stored. */
  const sendingByChat = new Map<string, Promise<void>>();

  const unsubscribe = events.subscribe((event) => {
    if (event.type !== 'message-stored' || event.ref.channel !== 'web') return;
    const clients = clientsByChat.get(event.ref.chatId);
    if (!clients) return;
    // Who gets the frame is decided now (a turn's counters are read when it ends); the frame leaves once the language is known.
    const receivers: ResidentClient[] = [];
    for (const client of clients) {
      if (event.message.author === 'resident') {
        if (client.turnsInProgress === 0) receivers.push(client); // another tab of the same resident
        continue;
      }
      if (client.turnsInProgress > 0) client.deliveredDuringTurn += 1;
      receivers.push(client);
    }
    if (receivers.length === 0) return;
    const chatId = event.ref.chatId;
    const previous = sendingByChat.get(chatId) ?? Promise.resolve();
    const sending = previous
      .then(() => conversationStateOf(event.conversationId).catch(() => null))
      .then((state) => {
        const frame = { type: 'message', ...toMessageView(event.message, state) };
        for (const client of receivers) client.send(frame);
      });
    sendingByChat.set(chatId, sending);
    void sending.finally(() => {
      if (sendingByChat.get(chatId) === sending) sendingByChat.delete(chatId);
    });
  });

  return {
    add(chatId: string, client: ResidentClient): () => void {
      const clients = clientsByChat.get(chatId) ?? new Set<ResidentClient>();
      clients.add(client);
      clientsByChat.set(chatId, clients);
      return () => {
        clients.delete(client);
        if (clients.size === 0) clientsByChat.delete(chatId);
      };
    },
    close: unsubscribe,
  };
}

export type ResidentSocketHub = ReturnType<typeof createResidentSocketHub>;
