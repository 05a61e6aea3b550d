import type { MessageRecord, Reply } from '../../core/ports/message.js';

/** A stored message as the widget and the inbox receive it: no worker id, no external id. */
export interface MessageView {
  id: string;
  author: MessageRecord['author'];
  text: string;
  quickReplies: Array<{ id: string; label: string }>;
  /** crisis: a crisis answer or the safety question, shown with emphasis and tappable numbers. */
  tone: 'normal' | 'crisis';
  createdAt: string;
  /** Only when the channel reported one (WhatsApp): sent, delivered, read or failed. */
  deliveryStatus?: NonNullable<MessageRecord['deliveryStatus']>;
}

export function toMessageView(message: MessageRecord): MessageView {
  return {
    id: message.id,
    author: message.author,
    text: message.text,
    quickReplies: message.quickReplies.map(({ id, label }) => ({ id, label })),
    tone: message.tone,
    createdAt: message.createdAt.toISOString(),
    ...(message.deliveryStatus ? { deliveryStatus: message.deliveryStatus } : {}),
  };
}

export interface ReplyView {
  author: 'assistant' | 'worker';
  text: string;
  quickReplies: Array<{ id: string; label: string }>;
  tone: 'normal' | 'crisis';
}

export function toReplyView(reply: Reply): ReplyView {
  return {
    author: reply.author ?? 'assistant',
    text: reply.text,
    quickReplies: (reply.quickReplies ?? []).map(({ id, label }) => ({ id, label })),
    tone: reply.tone ?? 'normal',
  };
}
