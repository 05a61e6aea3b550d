import type { ConversationRef } from './conversation-ref.js';
import type { Reply } from './message.js';

/** What the sender may know about the message it delivers. */
export interface DeliveryContext {
  /** The stored message this delivery carries, so a channel's delivery statuses can be recorded on it. */
  messageId?: string;
  /**
   * What the message is, when a channel treats it apart: `satisfaction-question` is the one
   * question after closing ("Is je vraag opgelost?"), which WhatsApp sends after its 24-hour
   * window only as its own approved template (docs/operators/whatsapp.md).
   */
  purpose?: 'satisfaction-question';
}

/** Delivers a message to a resident outside of a turn: a worker's reply, for instance. */
export interface ChannelSender {
  deliver(ref: ConversationRef, reply: Reply, context?: DeliveryContext): Promise<void>;
  /**
   * Throws DeliveryWindowClosedError when the channel would refuse a worker's message now (WhatsApp
   * after 24 hours without a template): asked before the message is stored, so a refused message
   * never looks sent. Channels without such a rule leave it out.
   */
  checkDeliverable?(ref: ConversationRef, context?: DeliveryContext): Promise<void>;
}
