import type { ConversationRef } from './conversation-ref.js';

export const messageKinds = ['text', 'photo', 'voice', 'sticker', 'location', 'document', 'video', 'other'] as const;
export type MessageKind = (typeof messageKinds)[number];

/** A resident's message as an adapter hands it to the core. */
export interface InboundMessage {
  ref: ConversationRef;
  /** Plain text as typed; for non-text kinds a caption or empty. */
  text: string;
  kind: MessageKind;
  /** Set when the resident pressed a quick reply; the id the core gave it. */
  quickReplyId?: string;
  /** The channel's message id, for idempotency and edits. */
  externalId?: string;
  /** True when the resident edited an earlier message. */
  edited?: boolean;
  receivedAt?: Date;
}

export interface QuickReply {
  id: string;
  label: string;
}

/** What the core wants said to a resident; adapters render it. */
export interface Reply {
  text: string;
  quickReplies?: QuickReply[];
  /** crisis replies may be rendered with emphasis. */
  tone?: 'normal' | 'crisis';
  author?: 'assistant' | 'worker';
}

export type MessageDirection = 'inbound' | 'outbound';
export type MessageAuthor = 'resident' | 'assistant' | 'worker' | 'system';

export interface NewMessage {
  direction: MessageDirection;
  author: MessageAuthor;
  text: string;
  kind: MessageKind;
  quickReplies?: QuickReply[];
  workerId?: string | null;
  externalId?: string | null;
  /** crisis: a crisis answer or the safety question, shown with emphasis after a reload too. */
  tone?: 'normal' | 'crisis';
  createdAt?: Date;
}

/** How far a channel got delivering an outbound message (WhatsApp's statuses); `failed` overrides the others. */
export const deliveryStatuses = ['sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export interface MessageRecord extends Required<Omit<NewMessage, 'quickReplies' | 'createdAt'>> {
  id: string;
  conversationId: string;
  quickReplies: QuickReply[];
  createdAt: Date;
  /** The channel's last delivery status for an outbound message; null (or absent) when none was reported. */
  deliveryStatus?: DeliveryStatus | null;
}
