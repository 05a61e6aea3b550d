import type { ConversationRef } from './conversation-ref.js';
import type { Reply } from './message.js';

/** Delivers a message to a resident outside of a turn: a worker's reply, for instance. */
export interface ChannelSender {
  deliver(ref: ConversationRef, reply: Reply): Promise<void>;
}
